#!/usr/bin/env bash
# blogflow benchmark: startup time, resident memory after start, and GET /api/v1/posts/{id} throughput.
# Not a test: it prints numbers to compare against the targets (start < 2.5 s, RSS < 250 MB after start).
#
# Needs: a JDK, wrk and curl (Debian: apt-get install wrk curl). Builds the jar if it is missing.
# The post is read with an access token (posts are private to their author and editors).
# Environment:
#   JAVA_OPTS   extra JVM flags for the measured app (default: none; try "-XX:+UseSerialGC -XX:TieredStopAtLevel=1")
#   DB_URL      measure against this PostgreSQL (with DB_USER/DB_PASSWORD); default: the embedded one
#   STARTS      number of restarts measured (default 5)
#   DURATION    wrk duration per run (default 20s); CONNECTIONS (default 32); THREADS (default 2)
# Only loopback is ever targeted.
source "$(dirname "$0")/lib.sh"

STARTS=${STARTS:-5}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}

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

TOKEN=$(access_token)
location=$(curl -sf -D - -o /dev/null -X POST "$BASE/api/v1/posts" -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $TOKEN" \
  -d '{"title": "Benchmark post", "contentMarkdown": "# Benchmark\n\nA few words of body text."}' \
  | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
log "target: GET $location"

wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -H "Authorization: Bearer $TOKEN" "$location" > /dev/null # warm-up
log "$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$location")"
log "RSS after load: $(( $(ps -o rss= -p "$APP_PID") / 1024 )) MB"
log "report: $REPORT"
