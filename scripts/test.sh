#!/usr/bin/env bash
# The whole test suite: starts the Neo4j test server, runs every test project, stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet test KnowledgeGraph.sln -c Release
