#!/usr/bin/env bash
# The main job on the embedded default: build kg, ingest the sample cables (and the ../shared corpus when it is
# beside the checkout) into ./kg.db, then serve the GraphQL API and the explorer on http://127.0.0.1:5080.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/KnowledgeGraph.Cli -c Release -o out/kg -v quiet -nologo
inputs=(samples)
[ -d ../shared/corpus/cablegate-html ] && inputs+=(../shared/corpus/cablegate-html)
store="${KG_STORE:-sqlite:kg.db}"
dotnet out/kg/kg.dll ingest "${inputs[@]}" --store "${store}"
exec dotnet out/kg/kg.dll serve --store "${store}" --urls "${KG_URLS:-http://127.0.0.1:5080}" "$@"
