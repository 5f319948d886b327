#!/usr/bin/env bash
# blogflow during a database outage: the app reaches PostgreSQL through a TCP forwarder (socat) that this script cuts
# (every forwarded connection closed, new ones refused: what the app sees when PostgreSQL stops) and restores.
# Measured while cut: how long requests that need the database take to be answered and with which status (503 with
# Retry-After expected, at once): one at a time (an uncached public read, a search, a write by session, a log-in),
# then uncached public reads and searches at c16 with wrk; a cached public read (200 expected, from memory); the
# connections the app tried to open meanwhile. After the restore: how long until an uncached read succeeds again.
# OUTAGE_MODE=refuse (default): nothing listens while cut, connections are refused (PostgreSQL stopped);
# OUTAGE_MODE=reset: a listener accepts each connection and closes it at once (a server that ends every session), so
# the attempts can be counted.
# Needs: a JDK, wrk, curl, psql, openssl and socat. Environment: PGHOST, PGPORT (127.0.0.1:5432, trust auth),
# OUTAGE_DB (blogflow_outage, created anew each run), PROXY_PORT (PORT + 1), OUTAGE_SECONDS (10), JAR.
source "$(dirname "$0")/lib.sh"

PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
OUTAGE_DB=${OUTAGE_DB:-blogflow_outage}
PROXY_PORT=${PROXY_PORT:-$((PORT + 1))}
OUTAGE_SECONDS=${OUTAGE_SECONDS:-10}
OUTAGE_MODE=${OUTAGE_MODE:-refuse}
for tool in psql socat; do
  command -v "$tool" >/dev/null || { echo "$tool is required (apt-get install postgresql-client socat)" >&2; exit 1; }
done

admin_sql() { psql -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt -c "$1"; }
admin_sql "DROP DATABASE IF EXISTS $OUTAGE_DB WITH (FORCE)"
admin_sql "CREATE DATABASE $OUTAGE_DB"

# The forwarder is the leader of its own process group: cutting it ends the forks that carry open connections too.
PROXY_PID=""
restore() {
  setsid socat -d -d "TCP-LISTEN:$PROXY_PORT,bind=127.0.0.1,fork,reuseaddr" "TCP:$PGHOST:$PGPORT" \
    2>> "$DATA_DIR/socat.log" &
  PROXY_PID=$!
  BACKGROUND_PIDS+=("$PROXY_PID")
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$PROXY_PORT") 2>/dev/null && return
    sleep 0.05
  done
  echo "the forwarder did not start" >&2; exit 1
}
cut_off() {
  kill -- "-$PROXY_PID"; wait "$PROXY_PID" 2>/dev/null || true
  if [ "$OUTAGE_MODE" = reset ]; then # accepts, reads nothing back: the client sees its connection closed
    setsid socat -d -d "TCP-LISTEN:$PROXY_PORT,bind=127.0.0.1,fork,reuseaddr" OPEN:/dev/null 2>> "$DATA_DIR/resets.log" &
    PROXY_PID=$!
    BACKGROUND_PIDS+=("$PROXY_PID")
  fi
}
attempts() { grep -c 'accepting connection' "$DATA_DIR/resets.log" 2>/dev/null || true; }

restore
use_external_database "jdbc:postgresql://127.0.0.1:$PROXY_PORT/$OUTAGE_DB"
log "blogflow outage benchmark $(date -u +%FT%TZ) on $(nproc) cores (load $(cut -d' ' -f1-3 /proc/loadavg)), commit $(git rev-parse --short HEAD)"
start_app
log "started: ready in ${READY} s"
TOKEN=$(access_token)
LOCATION=$(curl -sf -D - -o /dev/null -X POST "$BASE/api/v1/posts" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' \
  -d '{"title": "Outage bench", "slug": "outage-bench", "contentMarkdown": "Body", "metaDescription": "About"}' \
  | tr -d '\r' | awk 'tolower($1)=="location:"{print $2}')
curl -sf -o /dev/null -X POST "$LOCATION/publish" -H "Authorization: Bearer $TOKEN" -H 'If-Match: "0"'
CACHED="$BASE/api/v1/public/posts/by-slug/outage-bench"
curl -sf -o /dev/null "$CACHED"

# N requests one after the other (URL may hold {i}: a distinct URL each time, never cached); logs status codes and
# the median and slowest time to answer.
one_by_one() {
  local name=$1 count=$2 url=$3; shift 3
  local i
  for i in $(seq 1 "$count"); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$@" "${url//\{i\}/$i}"
  done | sort -k2 -n | awk -v name="$name" '
    { codes[$1]++; t[NR] = $2 }
    END { line = ""; for (c in codes) line = line c "=" codes[c] " ";
          printf "  %s: %sanswered in median %.0f ms, slowest %.0f ms\n", name, line, t[int((NR + 1) / 2)] * 1000, t[NR] * 1000 }' \
    | tee -a "$REPORT"
}
{ cat bench/status-codes.lua
  echo 'function request() n = (n or 0) + 1; return wrk.format("GET", string.format(PATH, n)) end'
} > "$DATA_DIR/miss.lua"
concurrently() { # name, path with one %d (a distinct path per request)
  local out
  out=$(sed "s|PATH|\"$2\"|" "$DATA_DIR/miss.lua" > "$DATA_DIR/this.lua" \
        && wrk -t2 -c16 -d5s --timeout 30s --latency -s "$DATA_DIR/this.lua" "$BASE")
  log "  $1 at c16: p50 $(echo "$out" | awk '$1=="50%"{print $2}'), p99 $(echo "$out" | awk '$1=="99%"{print $2}'), max $(echo "$out" | awk '$1=="Latency"{print $4}'), $(echo "$out" | grep '^codes:')"
}

log "before the outage"
one_by_one "uncached public read" 5 "$BASE/api/v1/public/posts/by-slug/missing-before-{i}"

cut_off
cut_at=$(date +%s)
log "the database cut off ($OUTAGE_MODE: open connections closed, new ones $([ "$OUTAGE_MODE" = reset ] && echo 'accepted and closed at once' || echo refused))"
one_by_one "uncached public read (by a missing slug)" 20 "$BASE/api/v1/public/posts/by-slug/missing-{i}"
one_by_one "search" 20 "$BASE/api/v1/public/posts/search?q=outage{i}"
one_by_one "write by session" 20 "$BASE/api/v1/posts" -X POST -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -d '{"title": "During the outage"}'
one_by_one "log-in" 10 "$BASE/api/v1/auth/login" -X POST -H 'Content-Type: application/json' \
  -d "{\"email\": \"$ADMIN_EMAIL\", \"password\": \"$ADMIN_PASSWORD\"}"
one_by_one "cached public read" 20 "$CACHED"
concurrently "uncached public reads" "/api/v1/public/posts/by-slug/missing-%d"
concurrently "searches" "/api/v1/public/posts/search?q=outage%d"
sleep "$OUTAGE_SECONDS"
log "  Retry-After of a refused read: $(curl -s -D - -o /dev/null "$BASE/api/v1/public/posts/by-slug/missing-last" | tr -d '\r' | awk 'tolower($1)=="retry-after:"{print $2}') s"

[ "$OUTAGE_MODE" = reset ] && log "  connections the app tried to open while cut: $(attempts) in $(( $(date +%s) - cut_at )) s"
if [ "$OUTAGE_MODE" = reset ]; then
  kill -- "-$PROXY_PID"; wait "$PROXY_PID" 2>/dev/null || true # (a killed process's status would end the script)
fi
restore
begin=$(date +%s.%N)
for i in $(seq 1 600); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/public/posts/by-slug/missing-after-$i")
  [ "$code" = 404 ] && break
  sleep 0.05
done
log "the database back: an uncached read succeeds $(echo "$(date +%s.%N) - $begin" | bc | xargs printf '%.2f') s after the restore"
posts=$(curl -sf "$BASE/api/v1/posts?size=50" -H "Authorization: Bearer $(access_token)" | grep -o '"total":[0-9]*')
log "  posts after the outage: $posts (1 written before it; every write during it refused)"
log "  ERROR lines in the app log: $(grep -c ' ERROR ' "$DATA_DIR/app.log" || true), 500 answers: none expected"
log "report: $REPORT"
