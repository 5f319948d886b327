#!/usr/bin/env bash
# What a flood of public searches refused by the search bulkhead costs the application: the bulkhead is held full
# (one search at a time, BLOGFLOW_PUBLIC_READS_MAX_CONCURRENT_SEARCHES=1, kept waiting by a lock on the posts table),
# then wrk sends new common-word searches (a new query each time, so no cached answer serves them) at c32: every one
# is refused 503 search-busy. Reported: the refusals per second, their latency, the status codes, and the app's CPU
# (user + system, from /proc) per refusal, after a warm-up of the same requests. The public cache is off (below).
#
# The database is a scratch one (BUSY_DB, default blogflow_search_busy) on the PostgreSQL server on PGHOST:PGPORT
# (default 127.0.0.1:5432, trust auth), created if missing (migrations run at app start; no posts are needed), kept.
# Needs: a JDK, wrk, curl, psql. Environment: DURATION (20s), WARMUP (10s), PGHOST, PGPORT, BUSY_DB, JAR.
source "$(dirname "$0")/lib.sh"

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
BUSY_DB=${BUSY_DB:-blogflow_search_busy}
command -v psql >/dev/null || { echo "psql is required (apt-get install postgresql-client)" >&2; exit 1; }
pg() { psql -h "$PGHOST" -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
pg -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$BUSY_DB'" | grep -q 1 \
  || pg -d postgres -c "CREATE DATABASE $BUSY_DB"
use_external_database "jdbc:postgresql://$PGHOST:$PGPORT/$BUSY_DB"

log "blogflow refused-search benchmark $(date -u +%FT%TZ) on $(nproc) cores (load $(cut -d' ' -f1-3 /proc/loadavg)), commit $(git rev-parse --short HEAD), jar $JAR"
# The public cache is off: a search being rendered holds its cache entry's computation, which holds up the other keys
# of its hash bin; held for minutes here, it would stall the refused searches that land in that bin.
BLOGFLOW_PUBLIC_READS_MAX_CONCURRENT_SEARCHES=1 BLOGFLOW_PUBLIC_READS_SEARCH_STATEMENT_TIMEOUT=600s \
  BLOGFLOW_PUBLIC_CACHE_ENABLED=false start_app
log "started: ready in ${READY} s, RSS ${RSS} MB"

# The held search: the lock (taken first) keeps it waiting, with its place in the bulkhead, until the lock goes (its
# session is ended on exit: a backend in pg_sleep would not notice its client leave).
release_lock() {
  pg -d postgres -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '$BUSY_DB'
                     AND application_name = 'blogflow-bench-lock'" >/dev/null || true
  cleanup
}
trap release_lock EXIT
PGAPPNAME=blogflow-bench-lock pg -d "$BUSY_DB" \
  -c "BEGIN; LOCK TABLE posts IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(600); ROLLBACK" >/dev/null 2>&1 &
BACKGROUND_PIDS+=("$!")
for _ in $(seq 1 100); do
  [ "$(pg -d postgres -c "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database
                         WHERE d.datname = '$BUSY_DB' AND l.mode = 'AccessExclusiveLock' AND l.granted
                         AND l.relation = (SELECT oid FROM pg_class WHERE relname = 'posts' LIMIT 1)")" != 0 ] && break
  sleep 0.1
done
curl -s -o /dev/null "$BASE/api/v1/public/posts/search?q=held" &
BACKGROUND_PIDS+=("$!")
for _ in $(seq 1 100); do
  [ "$(pg -d postgres -c "SELECT count(*) FROM pg_stat_activity WHERE datname = '$BUSY_DB'
                         AND application_name = 'blogflow-search' AND wait_event_type = 'Lock'")" = 1 ] && break
  sleep 0.1
done
log "the bulkhead is held: $(curl -s "$BASE/api/v1/public/posts/search?q=probe" | grep -o '"code":"[a-z-]*"')"

cat bench/status-codes.lua bench/distinct-search.lua > "$DATA_DIR/refused.lua"
app_ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
wrk -t2 -c32 -d"$WARMUP" -s "$DATA_DIR/refused.lua" "$BASE" >/dev/null
before=$(app_ticks)
out=$(wrk -t2 -c32 -d"$DURATION" --timeout 30s --latency -s "$DATA_DIR/refused.lua" "$BASE")
ticks=$(( $(app_ticks) - before ))
requests=$(echo "$out" | awk '/requests in/{print $1}')
log "refused searches at c32 for $DURATION: $(echo "$out" | grep 'Requests/sec' | awk '{print $2}') req/s, p50 $(echo "$out" | awk '$1=="50%"{print $2}'), p99 $(echo "$out" | awk '$1=="99%"{print $2}'), $(echo "$out" | grep '^codes:')"
log "  app CPU: $(echo "scale=1; $ticks / 100" | bc) s for $requests requests: $(echo "scale=1; $ticks * 10000 / $requests" | bc) µs per refusal (load $(cut -d' ' -f1-3 /proc/loadavg))"
log "report: $REPORT"
