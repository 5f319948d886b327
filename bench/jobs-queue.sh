#!/usr/bin/env bash
# The job queue with two app instances on one PostgreSQL (the server on 127.0.0.1:5432, a database created for the
# run and dropped after it):
#   1. throughput: JOBS no-op probe jobs enqueued through the admin API (batches of BATCH, alternating instances) and
#      run by both instances; jobs/s from the first enqueue to the last finish; none lost (all succeeded), none run
#      twice (no claim skipped, no attempt beyond the first);
#   2. latency from commit to start: SINGLES probes enqueued one per request (the enqueue transaction commits right
#      after the job's created_at), started_at - created_at percentiles.
# Environment: PORT (first instance; the second uses PORT+1), JOBS (5000), BATCH (500), SINGLES (300),
# PG_ADMIN_URL (postgresql://postgres@127.0.0.1:5432/postgres), JAVA_OPTS.
NEEDS_WRK=false
source "$(dirname "$0")/lib.sh" # PORT, JAR, DATA_DIR, REPORT, log, fresh_token; stops BACKGROUND_PIDS on exit

PORT2=$((PORT + 1))
JOBS=${JOBS:-5000}
BATCH=${BATCH:-500}
SINGLES=${SINGLES:-300}
PG_ADMIN_URL=${PG_ADMIN_URL:-postgresql://postgres@127.0.0.1:5432/postgres}
DB="blogflow_bench_jobs_$$"
DB_URL_PSQL="${PG_ADMIN_URL%/*}/$DB"
WORK=$DATA_DIR

command -v psql >/dev/null || { echo "psql is required (apt-get install postgresql-client)" >&2; exit 1; }
command -v openssl >/dev/null || { echo "openssl is required" >&2; exit 1; }

drop_database() {
  psql -q "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
}
trap 'cleanup; drop_database' EXIT # lib.sh's cleanup stops both instances first
sql() { psql -qtAX "$DB_URL_PSQL" -c "$1"; }

psql -q "$PG_ADMIN_URL" -c "CREATE DATABASE $DB" >/dev/null
# Both instances sign and verify tokens with one key pair, and seal secrets with one key.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
ENCRYPTION_KEY=$(openssl rand -base64 32)
JDBC_URL="jdbc:postgresql://${PG_ADMIN_URL#postgresql://*@}"
JDBC_URL="${JDBC_URL%/*}/$DB"

start() { # port, name
  mkdir -p "$WORK/$2"
  DB_URL="$JDBC_URL" DB_USER=postgres DB_PASSWORD= BLOGFLOW_DATA_DIR="$WORK/$2" QUARKUS_HTTP_PORT="$1" LOG_JSON=false \
    BLOGFLOW_JWT_PRIVATE_KEY_LOCATION="$WORK/private.pem" BLOGFLOW_JWT_PUBLIC_KEY_LOCATION="$WORK/public.pem" \
    BLOGFLOW_LLM_ENCRYPTION_KEY="$ENCRYPTION_KEY" \
    BLOGFLOW_ADMIN_EMAIL="$ADMIN_EMAIL" BLOGFLOW_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    BLOGFLOW_RATE_LIMIT_API_CAPACITY=1000000000 BLOGFLOW_RATE_LIMIT_CREDENTIALS_CAPACITY=1000000000 \
    java ${JAVA_OPTS:-} -jar "$JAR" > "$WORK/$2/app.log" 2>&1 &
  BACKGROUND_PIDS+=($!)
  for _ in $(seq 1 1200); do
    curl -sf "http://127.0.0.1:$1/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  cat "$WORK/$2/app.log" >&2
  exit 1
}
now() { date +%s.%N; }

start "$PORT" one   # migrates the schema first
start "$PORT2" two
probes() { # port, count
  fresh_token # a long run outlasts an access token (10 minutes)
  curl -sf -X POST "http://127.0.0.1:$1/api/v1/admin/jobs/probes" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d "{\"count\": $2}" > /dev/null
}
await_done() { # expected succeeded probes
  for _ in $(seq 1 3000); do
    [ "$(sql "SELECT count(*) FROM jobs WHERE type = 'jobs.probe' AND state IN ('SUCCEEDED', 'DEAD')")" -ge "$1" ] && return 0
    sleep 0.1
  done
  echo "timed out waiting for $1 probes" >&2
  exit 1
}
metric() { # port, meter name (sums the series)
  curl -sf "http://127.0.0.1:$1/q/metrics" | awk -v m="$2" 'index($0, m"{")==1 && index($0, "jobs.probe") {s+=$2} END {print s+0}'
}

log "Job queue benchmark, $(date -u +%FT%TZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
log "two instances (ports $PORT, $PORT2), ${BLOGFLOW_JOBS_THREADS:-4} worker threads each, PostgreSQL on 127.0.0.1:5432"

# 1. Throughput.
begin=$(now)
sent=0
i=0
while [ "$sent" -lt "$JOBS" ]; do
  n=$(( JOBS - sent < BATCH ? JOBS - sent : BATCH ))
  probes "$([ $((i % 2)) -eq 0 ] && echo "$PORT" || echo "$PORT2")" "$n"
  sent=$((sent + n)); i=$((i + 1))
done
enqueued=$(now)
await_done "$JOBS"
done_at=$(now)
succeeded=$(sql "SELECT count(*) FROM jobs WHERE type = 'jobs.probe' AND state = 'SUCCEEDED'")
dead=$(sql "SELECT count(*) FROM jobs WHERE type = 'jobs.probe' AND state = 'DEAD'")
extra=$(sql "SELECT coalesce(sum(attempts - 1), 0) FROM jobs WHERE type = 'jobs.probe'")
span=$(sql "SELECT extract(epoch FROM max(finished_at) - min(created_at)) FROM jobs WHERE type = 'jobs.probe'")
one=$(metric "$PORT" blogflow_jobs_succeeded_total)
two=$(metric "$PORT2" blogflow_jobs_succeeded_total)
skipped=$(( $(metric "$PORT" blogflow_jobs_skipped_total | cut -d. -f1) + $(metric "$PORT2" blogflow_jobs_skipped_total | cut -d. -f1) ))
log "throughput: $JOBS probes in batches of $BATCH: enqueued in $(printf '%.1f' "$(echo "$enqueued - $begin" | bc)") s, all done after $(printf '%.1f' "$(echo "$done_at - $begin" | bc)") s"
log "  $(printf '%.0f' "$(echo "$JOBS / $span" | bc -l)") jobs/s (first created_at to last finished_at: $(printf '%.2f' "$span") s)"
log "  succeeded $succeeded of $JOBS (lost: $((JOBS - succeeded - dead)), dead: $dead); extra attempts: $extra; claims skipped: $skipped"
log "  run by instance one: ${one%.*}, instance two: ${two%.*}"

# 2. Latency from commit to start, one probe per request and transaction.
sql "DELETE FROM jobs WHERE type = 'jobs.probe'" > /dev/null
for i in $(seq 1 "$SINGLES"); do
  probes "$([ $((i % 2)) -eq 0 ] && echo "$PORT" || echo "$PORT2")" 1
done
await_done "$SINGLES"
read -r p50 p95 p99 max <<< "$(sql "SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY ms)::numeric, 1),
    round(percentile_cont(0.95) WITHIN GROUP (ORDER BY ms)::numeric, 1),
    round(percentile_cont(0.99) WITHIN GROUP (ORDER BY ms)::numeric, 1), round(max(ms)::numeric, 1)
  FROM (SELECT extract(epoch FROM started_at - created_at) * 1000 AS ms FROM jobs WHERE type = 'jobs.probe') t" | tr '|' ' ')"
log "latency commit -> start ($SINGLES single probes, alternating instances): p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms, max ${max} ms"
log "report: $REPORT"
