#!/usr/bin/env bash
# blogflow newsletter sending benchmark: imports SUBSCRIBERS active subscribers (default 10,000) through the admin
# CSV import, publishes a post, and measures the send through the job queue: the time until every subscriber has a
# delivery and a queued mail (the newsletter.send-post job), and until every mail.send job succeeded (mail goes to
# the file transport: one .eml per message). With RESTART=true (default) the app is killed (SIGKILL) once a quarter of
# the mails were written (its embedded PostgreSQL killed with it) and started again on the same data: the send must resume, and every subscriber must get the
# post exactly once (deliveries unique; .eml files per address counted).
# Needs: a JDK and curl. Only loopback is ever targeted.
NEEDS_WRK=false source "$(dirname "$0")/lib.sh"

SUBSCRIBERS=${SUBSCRIBERS:-10000}
RESTART=${RESTART:-true}
export BLOGFLOW_MAIL_DIR="$DATA_DIR/mail"
export BLOGFLOW_JOBS_THREADS=${BLOGFLOW_JOBS_THREADS:-8}
export BLOGFLOW_JOBS_LEASE=${BLOGFLOW_JOBS_LEASE:-10s}

log "blogflow newsletter send benchmark $(date -u +%FT%TZ) on $(nproc) cores, ${SUBSCRIBERS} subscribers, restart=${RESTART}"
start_app
TOKEN=$(access_token)
jobs_total() { # state type
  curl -sf "$BASE/api/v1/admin/jobs?state=$1&type=$2&size=1" -H "Authorization: Bearer $TOKEN" \
    | sed -E 's/.*"total":([0-9]+).*/\1/'
}

CSV="$DATA_DIR/subscribers.csv"
{ echo "email,name,topics,consent_at,consent_source,consent_text_version"
  for i in $(seq 1 "$SUBSCRIBERS"); do echo "reader-$i@bench.example,Reader $i,,2026-01-01T00:00:00Z,bench,1"; done
} > "$CSV"
IMPORT_START=$(date +%s.%N)
curl -s -X POST "$BASE/api/v1/admin/newsletter/subscribers/import" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: text/csv' --data-binary @"$CSV" > "$DATA_DIR/import.json"
grep -q '"imported"' "$DATA_DIR/import.json" || { log "  import refused: $(cut -c1-500 "$DATA_DIR/import.json")"; exit 1; }
log "  import: $(cat "$DATA_DIR/import.json") in $(echo "$(date +%s.%N) - $IMPORT_START" | bc | cut -c1-5)s"

LOCATION=$(curl -sf -D - -o /dev/null -X POST "$BASE/api/v1/posts" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' \
  -d '{"title": "Newsletter bench", "contentMarkdown": "Body", "metaDescription": "About"}' \
  | tr -d '\r' | awk 'tolower($1)=="location:"{print $2}')
START=$(date +%s.%N)
curl -sf -o /dev/null -X POST "$LOCATION/publish" -H "Authorization: Bearer $TOKEN" -H 'If-Match: "0"'

sent() { ls "$BLOGFLOW_MAIL_DIR" 2>/dev/null | wc -l; }
if [ "$RESTART" = true ]; then
  for _ in $(seq 1 6000); do [ "$(sent)" -ge $((SUBSCRIBERS / 4)) ] && break; sleep 0.05; done
  log "  killing the app with $(sent) mails written"
  # The instance and its embedded database die together (SIGKILL leaves no shutdown hook to stop PostgreSQL).
  PGPID=$(head -1 "$DATA_DIR/postgres/postmaster.pid" 2>/dev/null || true)
  kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
  if [ -n "$PGPID" ]; then
    kill -9 "$PGPID" 2>/dev/null || true
    for _ in $(seq 1 200); do kill -0 "$PGPID" 2>/dev/null || break; sleep 0.1; done
  fi
  start_app
  TOKEN=$(access_token)
  log "  started again in ${READY}s"
fi

for _ in $(seq 1 12000); do
  [ "$(jobs_total succeeded newsletter.send-post)" = 1 ] && [ "$(jobs_total pending mail.send)" = 0 ] \
    && [ "$(jobs_total running mail.send)" = 0 ] && break
  sleep 0.1
done
END=$(date +%s.%N)
ELAPSED=$(echo "$END - $START" | bc)
FILES=$(sent)
ADDRESSES=$(grep -h '^To: ' "$BLOGFLOW_MAIL_DIR"/*.eml | sort -u | wc -l)
DUPLICATES=$((FILES - ADDRESSES))
log "  sent: $FILES mails to $ADDRESSES distinct subscribers in ${ELAPSED}s ($(echo "$FILES / $ELAPSED" | bc) mails/s, queue, rendering and file writes included)"
log "  dead mail jobs: $(jobs_total dead mail.send); duplicates (a mail written but its job not yet recorded done when killed): $DUPLICATES"
[ "$ADDRESSES" = "$SUBSCRIBERS" ]
