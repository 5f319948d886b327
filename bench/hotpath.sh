#!/usr/bin/env bash
# blogflow hot read path: cached public reads against the trivial endpoint of the same app, in one run. Seeds POSTS
# published posts (default 100) into the embedded database, warms the public cache, then measures with wrk, ROUNDS
# times interleaved (default 2): the trivial GET /q/health/live, a cached by-slug read (random over the posts), the
# 304 revalidation of one post, and a cached list page; reports each one's best round and its ratio to the trivial
# endpoint's (the goal: a cached read ≥ 0.7×).
# Needs: a JDK, wrk, curl and psql. Environment: POSTS, ROUNDS, DURATION (10s), CONNECTIONS (32), PORT (18080),
# JAVA_OPTS. Only loopback is ever targeted.
source "$(dirname "$0")/lib.sh"

POSTS=${POSTS:-100}
ROUNDS=${ROUNDS:-2}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
command -v psql >/dev/null || { echo "psql is required (apt-get install postgresql-client)" >&2; exit 1; }
if curl -s -o /dev/null "$BASE/q/health/live" 2>/dev/null; then
  echo "something already answers on port $PORT: set PORT to a free one" >&2; exit 1
fi

log "blogflow hot-path benchmark $(date -u +%FT%TZ) on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
log "JAVA_OPTS='${JAVA_OPTS:-}' posts: $POSTS rounds: $ROUNDS duration: $DURATION connections: $CONNECTIONS"
start_app
PG_PORT=$(grep -o 'embedded PostgreSQL on port [0-9]*' "$DATA_DIR/app.log" | tail -1 | grep -o '[0-9]*$')
[ -n "$PG_PORT" ] || { echo "this benchmark seeds the embedded database: unset DB_URL" >&2; exit 1; }
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt -c "
  INSERT INTO posts (id, title, slug, content_markdown, content_html, excerpt, word_count, reading_time_minutes,
    meta_description, status, published_at, version, created_at, updated_at)
  SELECT gen_random_uuid(), 'Hot post ' || i, 'hot-post-' || i, repeat('Some words about tea. ', 300),
         '<p>' || repeat('Some words about tea. ', 300) || '</p>', 'Some words about tea.', 1200, 6, 'About ' || i,
         'PUBLISHED', now() - i * interval '1 minute', 0, now(), now()
  FROM generate_series(1, ${POSTS}) AS i"
seed_views hot-post- "n"

for i in $(seq 1 "$POSTS"); do curl -s -o /dev/null "$BASE/api/v1/public/posts/by-slug/hot-post-$i"; done
curl -s -o /dev/null "$BASE/api/v1/public/posts?size=20"
ETAG=$(curl -s -D - -o /dev/null "$BASE/api/v1/public/posts/by-slug/hot-post-1" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')

# Echoes req/s of one wrk run (after a short warm-up).
rate() {
  wrk -t2 -c"$CONNECTIONS" -d3s "$@" > /dev/null
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" "$@" | awk '/Requests\/sec/{print $2}'
}
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
ratio() { echo "scale=2; $1 / $2" | bc; }
declare -A RATIOS
for round in $(seq 1 "$ROUNDS"); do
  t=$(rate "$BASE/q/health/live")
  c=$(rate "$BASE/api/v1/public/posts/by-slug/hot-post-2")
  n=$(rate -H "If-None-Match: $ETAG" "$BASE/api/v1/public/posts/by-slug/hot-post-1")
  l=$(rate "$BASE/api/v1/public/posts?size=20")
  t2=$(rate "$BASE/q/health/live")
  # each round's ratios against the mean of the trivial runs before and after it
  trivial=$(echo "scale=2; ($t + $t2) / 2" | bc)
  RATIOS[cached]+="$(ratio "$c" "$trivial") "; RATIOS[revalidated]+="$(ratio "$n" "$trivial") "
  RATIOS[list]+="$(ratio "$l" "$trivial") "
  log "  round $round: trivial $t / $t2, cached by-slug $c ($(ratio "$c" "$trivial")×), 304 $n ($(ratio "$n" "$trivial")×), cached list $l ($(ratio "$l" "$trivial")×) req/s"
done
for name in cached revalidated list; do
  log "$name: median $(echo "${RATIOS[$name]}" | tr ' ' '\n' | grep . | median)× the trivial endpoint (GET /q/health/live) over $ROUNDS rounds"
done
log "RSS after the runs: $(( $(awk '/VmRSS/{print $2}' "/proc/$APP_PID/status") / 1024 )) MB"
log "report: $REPORT"
