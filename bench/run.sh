#!/usr/bin/env bash
# blogflow benchmark: startup time, resident memory after start, and GET /api/v1/posts/{id} throughput.
# Not a test: it prints numbers to compare against the targets (start < 2.5 s, RSS < 250 MB after start).
#
# Needs: a JDK, wrk and curl (Debian: apt-get install wrk curl). Builds the jar if it is missing.
# Environment:
#   JAVA_OPTS   extra JVM flags for the measured app (default: none; try "-XX:+UseSerialGC -XX:TieredStopAtLevel=1")
#   DB_URL      measure against this PostgreSQL (with DB_USER/DB_PASSWORD); default: the embedded one
#   STARTS      number of restarts measured (default 5)
#   DURATION    wrk duration per run (default 20s); CONNECTIONS (default 32); THREADS (default 2)
# Only loopback is ever targeted.
set -euo pipefail
cd "$(dirname "$0")/.."

STARTS=${STARTS:-5}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
BASE="http://127.0.0.1:${PORT}"
JAR=bootstrap/target/quarkus-app/quarkus-run.jar
DATA_DIR=$(mktemp -d /tmp/blogflow-bench.XXXXXX)
mkdir -p bench/results
REPORT="bench/results/$(date -u +%Y%m%dT%H%M%SZ).txt"
APP_PID=""

command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)" >&2; exit 1; }
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  rm -rf "$DATA_DIR"
}
trap cleanup EXIT

log() { echo "$*" | tee -a "$REPORT"; }

# Starts the app and waits (bounded) until ready; sets READY (s), STARTED (Quarkus' own figure, s) and RSS (MB).
start_app() {
  local begin end
  begin=$(date +%s.%N)
  BLOGFLOW_DATA_DIR="$DATA_DIR" QUARKUS_HTTP_PORT="$PORT" LOG_JSON=false \
    java ${JAVA_OPTS:-} -jar "$JAR" > "$DATA_DIR/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 600); do
    curl -sf "$BASE/q/health/ready" >/dev/null 2>&1 && break
    sleep 0.05
  done
  curl -sf "$BASE/q/health/ready" >/dev/null || { cat "$DATA_DIR/app.log" >&2; exit 1; }
  end=$(date +%s.%N)
  sleep 2 # let start-up work settle before reading memory
  READY=$(echo "$end - $begin" | bc)
  STARTED=$(grep -o 'started in [0-9.]*s' "$DATA_DIR/app.log" | grep -o '[0-9.]*' || echo "?")
  RSS=$(( $(ps -o rss= -p "$APP_PID") / 1024 ))
}

stop_app() {
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

log "blogflow benchmark $(date -u +%FT%TZ) on $(nproc) cores, $(java -version 2>&1 | head -1)"
log "JAVA_OPTS='${JAVA_OPTS:-}' database: ${DB_URL:-embedded PostgreSQL}"

start_app
log "first start (creates the embedded cluster unless DB_URL is set): ready after ${READY}s, Quarkus started in ${STARTED}s, RSS ${RSS} MB"
stop_app

for i in $(seq 1 "$STARTS"); do
  start_app
  log "restart $i: ready after ${READY}s, Quarkus started in ${STARTED}s, RSS after start ${RSS} MB"
  [ "$i" -lt "$STARTS" ] && stop_app
done

location=$(curl -sf -D - -o /dev/null -X POST "$BASE/api/v1/posts" -H 'Content-Type: application/json' \
  -d '{"title": "Benchmark post", "contentMarkdown": "# Benchmark\n\nA few words of body text."}' \
  | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
log "target: GET $location"

wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "$location" > /dev/null # warm-up (JIT)
log "$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$location")"
log "RSS after load: $(( $(ps -o rss= -p "$APP_PID") / 1024 )) MB"
log "report: $REPORT"
