#!/usr/bin/env bash
# Requests/s of the who-met-whom GraphQL query over HTTP (the api-latency benchmark's first query, sent by wrk):
# builds kg (Release), serves DB on loopback with logging at Warning and no rate limit, checks one answer, runs wrk
# with a Lua script that POSTs the query, prints wrk's figures and the server's CPU time per request, stops the server.
#
#   scripts/wrk-bench.sh DB [--name NAME] [--duration 10s] [--connections 16] [--threads 2] [--port 5097] [--no-build]
#
# e.g. scripts/wrk-bench.sh /work/data/synth-250k.db   or   scripts/wrk-bench.sh /tmp/kg-bench-api-20000.db
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:?usage: scripts/wrk-bench.sh DB [--name NAME] [--duration 10s] [--connections 16] [--threads 2] [--port 5097] [--no-build]}"
shift
name="Lavrov" duration="10s" connections=16 threads=2 port=5097 build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --name) name="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "wrk-bench: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -f "$db" ] || { echo "wrk-bench: no database at $db" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk-bench: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
[ "$build" = 1 ] && dotnet build src/KnowledgeGraph.Cli -c Release -v quiet -nologo >/dev/null
kg=src/KnowledgeGraph.Cli/bin/Release/net10.0/kg.dll

work="$(mktemp -d)"
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

query='query MetWith($name: String!) { person(name: $name) { id name metWith(first: 20) { person { id name } meetingCount topics { name } firstMet lastMet } } }'
printf '{"query":"%s","variables":{"name":"%s"}}' "${query//\"/\\\"}" "$name" >"$work/body.json"
cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
local f = io.open("$work/body.json", "r")
wrk.body = f:read("*a")
f:close()
LUA

url="http://127.0.0.1:${port}"
Logging__LogLevel__Default=Warning KG_RATE_LIMIT=0 \
  dotnet "$kg" serve --store "sqlite:$db" --urls "$url" --rate-limit 0 >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  curl -sf "$url/healthz" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 0.5
done

answer="$(curl -sf -X POST -H 'Content-Type: application/json' --data-binary "@$work/body.json" "$url/graphql")"
if [[ "$answer" == *'"errors"'* || "$answer" != *'"metWith":[{'* ]]; then
  echo "wrk-bench: the query did not answer with contacts: ${answer:0:300}" >&2
  exit 1
fi

# Warm up (JIT, SQLite page cache), then measure; the server's CPU time comes from /proc (user + system ticks).
wrk -t"$threads" -c"$connections" -d3s -s "$work/post.lua" "$url/graphql" >/dev/null
ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
before=$(ticks)
wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$work/post.lua" "$url/graphql" | tee "$work/wrk.txt"
after=$(ticks)
requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
hz=$(getconf CLK_TCK)
awk -v t=$((after - before)) -v hz="$hz" -v n="$requests" -v d="$duration" \
  'BEGIN { printf "server CPU: %.2f s for %d requests = %.3f ms CPU per request (%s run, %d connections)\n", t / hz, n, 1000 * t / hz / n, d, '"$connections"' }'
grep -q "Non-2xx" "$work/wrk.txt" && { echo "wrk-bench: some responses were not 2xx" >&2; exit 1; }
exit 0
