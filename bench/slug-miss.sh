#!/usr/bin/env bash
# Two builds side by side on by-slug cache misses: seeds POSTS (10,000) published posts of ~1,500 words into one
# embedded database, then alternates the builds (ROUNDS, default 2, of before then after), each run with the public
# cache off and random slugs at c8 for DURATION (15s) after a 5 s warm-up, and reports req/s, p50, p99 and the app's
# CPU time per request (from /proc: the steadiest figure on a busy machine). Usage: bench/slug-miss.sh BEFORE.jar
# AFTER.jar (two quarkus-run.jar of copied quarkus-app directories). Needs wrk, curl, psql, bc. Loopback only.
source "$(dirname "$0")/lib.sh"
POSTS=${POSTS:-10000}
BEFORE=${1:?usage: bench/slug-miss.sh BEFORE.jar AFTER.jar}; AFTER=${2:?usage: bench/slug-miss.sh BEFORE.jar AFTER.jar}
pg_port() { grep -o 'embedded PostgreSQL on port [0-9]*' "$DATA_DIR/app.log" | tail -1 | grep -o '[0-9]*$'; }
sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt -c "$1"; }
start() {
  JAR=$1
  BLOGFLOW_DATA_DIR="$DATA_DIR" QUARKUS_HTTP_PORT="$PORT" LOG_JSON=false BLOGFLOW_PUBLIC_CACHE_ENABLED=false \
    BLOGFLOW_ADMIN_EMAIL="$ADMIN_EMAIL" BLOGFLOW_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    BLOGFLOW_RATE_LIMIT_API_CAPACITY=1000000000 BLOGFLOW_RATE_LIMIT_CREDENTIALS_CAPACITY=1000000000 \
    java -jar "$JAR" > "$DATA_DIR/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 1200); do curl -sf "$BASE/q/health/ready" >/dev/null 2>&1 && break; sleep 0.25; done
  curl -sf "$BASE/q/health/ready" >/dev/null || { tail -50 "$DATA_DIR/app.log" >&2; exit 1; }
  PG_PORT=$(pg_port)
}
log "by-slug cold, side by side $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
start "$BEFORE"
sql "INSERT INTO posts (id, title, slug, content_markdown, content_html, excerpt, word_count, reading_time_minutes,
       meta_description, status, published_at, version, created_at, updated_at)
     SELECT gen_random_uuid(), 'Benchmark post ' || i, 'bench-post-' || i,
            repeat('Some words about tea and brewing. ', 250),
            '<h2 id=\"intro\">Intro</h2><p>' || repeat('Some words about tea and brewing. ', 250) || '</p>',
            'Some words about tea and brewing.', 1500, 7, 'About post ' || i, 'PUBLISHED',
            now() - i * interval '1 minute', 0, now() - i * interval '1 minute', now() - i * interval '1 minute'
     FROM generate_series(1, ${POSTS}) AS i"
seed_views bench-post- "n"
sql "VACUUM ANALYZE posts"
cat > "$DATA_DIR/random-slug.lua" <<LUA
math.randomseed(42)
request = function()
  return wrk.format("GET", "/api/v1/public/posts/by-slug/bench-post-" .. math.random(1, ${POSTS}))
end
LUA
stop_app
for round in $(seq 1 "${ROUNDS:-2}"); do
  for which in before after; do
    jar=$BEFORE; [ "$which" = after ] && jar=$AFTER
    start "$jar"
    wrk -t2 -c8 -d5s -s "$DATA_DIR/random-slug.lua" "$BASE" >/dev/null # warm-up
    cpu0=$(awk '{print $14 + $15}' /proc/$APP_PID/stat)
    out=$(wrk -t2 -c8 -d${DURATION:-15s} --latency -s "$DATA_DIR/random-slug.lua" "$BASE")
    cpu1=$(awk '{print $14 + $15}' /proc/$APP_PID/stat)
    requests=$(echo "$out" | awk '/requests in/{print $1}')
    cpu_us=$(echo "($cpu1 - $cpu0) * 1000000 / $(getconf CLK_TCK) / $requests" | bc)
    log "round $round $which: $(echo "$out" | grep 'Requests/sec') | p50 $(echo "$out" | awk '/ 50%/{print $2}') p99 $(echo "$out" | awk '/ 99%/{print $2}') | app CPU per request ${cpu_us} us over $requests requests | non-2xx: $(echo "$out" | grep -c 'Non-2xx' || true) | load $(cut -d' ' -f1-3 /proc/loadavg)"
    stop_app
  done
done
log "report: $REPORT"
