#!/usr/bin/env bash
# blogflow public read benchmark: seeds N published posts (default 10,000) straight into the app's database, then
# measures GET /api/v1/public/posts/by-slug/{slug} (random slugs: every request renders a different post; and one
# slug revalidated with If-None-Match: the 304 path), the public list, and a trivial endpoint of the same app, and
# prints EXPLAIN ANALYZE of the main queries.
# Needs: a JDK, wrk, curl and psql (Debian: apt-get install wrk curl postgresql-client). Environment: POSTS (default
# 10000), DURATION (default 15s), CONNECTIONS (default 32). Only loopback is ever targeted.
source "$(dirname "$0")/lib.sh"

POSTS=${POSTS:-10000}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
command -v psql >/dev/null || { echo "psql is required (apt-get install postgresql-client)" >&2; exit 1; }

log "blogflow public-read benchmark $(date -u +%FT%TZ) on $(nproc) cores, ${POSTS} published posts"
start_app
PG_PORT=$(grep -o 'embedded PostgreSQL on port [0-9]*' "$DATA_DIR/app.log" | grep -o '[0-9]*$')
[ -n "$PG_PORT" ] || { echo "this benchmark seeds the embedded database: unset DB_URL" >&2; exit 1; }
sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt -c "$1"; }

sql "INSERT INTO posts (id, title, slug, content_markdown, content_html, excerpt, word_count, reading_time_minutes,
       meta_description, status, published_at, version, created_at, updated_at)
     SELECT gen_random_uuid(), 'Benchmark post ' || i, 'bench-post-' || i,
            repeat('Some words about tea and brewing. ', 60),
            '<h2 id=\"intro\">Intro</h2><p>' || repeat('Some words about tea and brewing. ', 60) || '</p>',
            'Some words about tea and brewing.', 360, 2, 'About post ' || i, 'PUBLISHED',
            now() - i * interval '1 minute', 0, now() - i * interval '1 minute', now() - i * interval '1 minute'
     FROM generate_series(1, ${POSTS}) AS i"
sql "ANALYZE posts"
log "seeded: $(sql "SELECT count(*) FROM posts WHERE status = 'PUBLISHED'") published posts"

cat > "$DATA_DIR/random-slug.lua" <<LUA
math.randomseed(42)
request = function()
  return wrk.format("GET", "/api/v1/public/posts/by-slug/bench-post-" .. math.random(1, ${POSTS}))
end
LUA

run() { # name, then wrk arguments
  local name=$1; shift
  wrk -t2 -c"$CONNECTIONS" -d5s "$@" > /dev/null # warm-up
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@")
  log "$name: $(echo "$out" | grep 'Requests/sec' | awk '{print $2}') req/s, p50 $(echo "$out" | awk '$1=="50%"{print $2}'), p99 $(echo "$out" | awk '$1=="99%"{print $2}'), non-2xx/3xx: $(echo "$out" | grep -o 'Non-2xx or 3xx responses: [0-9]*' | grep -o '[0-9]*$' || echo 0)"
}

ETAG=$(curl -s -D - -o /dev/null "$BASE/api/v1/public/posts/by-slug/bench-post-1" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
run "trivial GET /q/health/live" "$BASE/q/health/live"
run "by-slug, random post each request" -s "$DATA_DIR/random-slug.lua" "$BASE"
run "by-slug, revalidated (If-None-Match → 304)" -H "If-None-Match: $ETAG" "$BASE/api/v1/public/posts/by-slug/bench-post-1"
run "public list, page 1 of 20" "$BASE/api/v1/public/posts?size=20"
run "public list, page 200 of 20" "$BASE/api/v1/public/posts?size=20&page=200"

log "EXPLAIN ANALYZE by slug:"
log "$(sql "EXPLAIN ANALYZE SELECT * FROM posts WHERE slug = 'bench-post-4242'")"
log "EXPLAIN ANALYZE public list (page 1):"
log "$(sql "EXPLAIN ANALYZE SELECT * FROM posts WHERE status = 'PUBLISHED' AND deleted_at IS NULL
            ORDER BY published_at DESC, id DESC LIMIT 20")"
log "report: $REPORT"
