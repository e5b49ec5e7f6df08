#!/usr/bin/env bash
# The whole test suite: starts the Neo4j test server, runs every test project, stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
export KG_TEST_NEO4J_HTTP_PORT="${KG_TEST_NEO4J_HTTP_PORT:-17474}"
export KG_TEST_NEO4J_PASSWORD="${KG_TEST_NEO4J_PASSWORD:-kg-test-password}"
export KG_TEST_NEO4J_URI="http://127.0.0.1:${KG_TEST_NEO4J_HTTP_PORT}"
# Stop the server only if this run started it (a developer may keep one running between runs).
started=0
if ! scripts/neo4j-test-server.sh status >/dev/null 2>&1; then
  scripts/neo4j-test-server.sh start
  started=1
fi
trap 'if [ "${started}" = 1 ]; then scripts/neo4j-test-server.sh stop; fi' EXIT
log="$(mktemp)"
set +e
dotnet test KnowledgeGraph.sln -c Release 2>&1 | tee "${log}"
status=${PIPESTATUS[0]}
set -e
# One closing line for the whole suite, summed over the test projects.
awk '/(Passed|Failed)! +- Failed:/ { gsub(",", ""); f += $4; p += $6; s += $8 }
     END { printf "Total: %d passed, %d failed, %d skipped\n", p, f, s }' "${log}"
rm -f "${log}"
exit "${status}"
