#!/usr/bin/env bash
# Installs the system packages the tests need (root on a fresh machine of this kind).
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v npm >/dev/null || need+=(nodejs npm) # builds the explorer (src/KnowledgeGraph.Web)
command -v java >/dev/null || need+=(openjdk-17-jre-headless)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
