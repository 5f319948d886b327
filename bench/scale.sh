#!/usr/bin/env bash
# blogflow at scale: 100,000 published posts of ~1,500 words, seeded straight into PostgreSQL with generate_series
# (no HTTP), then measured with wrk: by slug (public cache on: hot set and random; cache off: random), the public list
# (page 1, page 5000 and, when the app offers cursors, its cursor equivalent), search for a rare and for a common word
# (one in every post), and the overload case: the common-word search hammered at c32 while by-slug reads run at c4,
# with the status codes of both counted (the goal: no 5xx other than 503) and the by-slug p99 beside its p99 alone,
# twice: the same query each time (what a cache of search answers serves), then a new common-word query each time
# (what only the bulkhead bounds), each with the CPU seconds PostgreSQL spent meanwhile and per search answered.
# OVERLOAD_ONLY=true skips the read measurements before it.
#
# The database is the PostgreSQL server on PGHOST:PGPORT (default 127.0.0.1:5432, trust auth), database SCALE_DB
# (default blogflow_scale): created and seeded on the first run, kept and reused by the next ones (seeding computes
# 100,000 weighted tsvectors: minutes on a busy 2-core machine) unless RESEED=true. Migrations run at app start.
# Needs: a JDK, wrk, curl and psql. Environment: POSTS (100000), DURATION (15s), HAMMER_DURATION (30s), PGHOST, PGPORT,
# SCALE_DB, RESEED, JAR. Only loopback is targeted.
source "$(dirname "$0")/lib.sh"

POSTS=${POSTS:-100000}
DURATION=${DURATION:-15s}
HAMMER_DURATION=${HAMMER_DURATION:-30s}
PAGE_SIZE=15
DEEP_PAGE=5000
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
SCALE_DB=${SCALE_DB:-blogflow_scale}
command -v psql >/dev/null || { echo "psql is required (apt-get install postgresql-client)" >&2; exit 1; }

sql() { psql -h "$PGHOST" -p "$PGPORT" -U postgres -d "$SCALE_DB" -v ON_ERROR_STOP=1 -qAt -c "$1"; }
if [ "${RESEED:-false}" = true ]; then
  psql -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -qAt -c "DROP DATABASE IF EXISTS $SCALE_DB"
fi
psql -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -qAt -c "SELECT 1 FROM pg_database WHERE datname = '$SCALE_DB'" \
  | grep -q 1 || psql -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -qAt -c "CREATE DATABASE $SCALE_DB"
use_external_database "jdbc:postgresql://$PGHOST:$PGPORT/$SCALE_DB"

log "blogflow scale benchmark $(date -u +%FT%TZ) on $(nproc) cores (load $(cut -d' ' -f1-3 /proc/loadavg)), ${POSTS} published posts, commit $(git rev-parse --short HEAD)"
start_app # runs the migrations on a new database

SEEDED=$(sql "SELECT count(*) FROM posts WHERE slug LIKE 'scale-post-%'")
if [ "$SEEDED" -lt "$POSTS" ]; then
  begin=$(date +%s)
  sql "DELETE FROM post_tags WHERE post_id IN (SELECT id FROM posts WHERE slug LIKE 'scale-post-%')"
  sql "DELETE FROM posts WHERE slug LIKE 'scale-post-%'"
  sql "INSERT INTO categories (id, name, slug)
       SELECT gen_random_uuid(), 'Scale category ' || c, 'scale-category-' || c FROM generate_series(0, 9) AS c
       ON CONFLICT DO NOTHING"
  # 64 paragraphs of 30 pseudo-words each ('tea' opens every one: the common word), 100 bodies of 8 paragraphs
  # repeated 6 times (1,440 words, ~9 KB of HTML); post i gets body i % 100. 'xylophone' is in 20 posts only.
  sql "DROP TABLE IF EXISTS scale_bodies"
  sql "CREATE TABLE scale_bodies AS
       WITH paragraphs AS (
         SELECT p AS n, string_agg(CASE WHEN w = 0 THEN 'tea' ELSE translate(substr(md5((p * 31 + w)::text), 1,
                3 + (p + w) % 6), '0123456789', 'ghijklmnop') END, ' ' ORDER BY w) AS text
         FROM generate_series(0, 63) p, generate_series(0, 29) w GROUP BY p)
       SELECT v AS n, repeat(string_agg(b.text, ' ' ORDER BY k) || ' ', 6) AS text
       FROM generate_series(0, 99) v, generate_series(0, 7) k, paragraphs b WHERE b.n = (v * 7 + k * 13) % 64
       GROUP BY v"
  # The GIN index is built once after the load instead of maintained row by row.
  sql "DROP INDEX IF EXISTS ix_posts_search"
  # The published-post count is one row: two loaders would queue on it. It is recounted once instead.
  sql "ALTER TABLE posts DISABLE TRIGGER tr_posts_published_count"
  insert_range() { # from to: two of these run at once, one per core
    sql "INSERT INTO posts (id, title, slug, content_markdown, content_html, excerpt, word_count, reading_time_minutes,
           meta_description, status, published_at, version, created_at, updated_at, category_id)
         SELECT gen_random_uuid(), 'Scale post ' || i, 'scale-post-' || i,
                b.text || CASE WHEN i % 5000 = 0 THEN ' xylophone' ELSE '' END,
                '<h2 id=\"intro\">Intro</h2><p>' || b.text || CASE WHEN i % 5000 = 0 THEN ' xylophone' ELSE '' END || '</p>',
                left(b.text, 200), 1440, 7, 'About scale post ' || i, 'PUBLISHED',
                now() - i * interval '1 minute', 0, now() - i * interval '1 minute', now() - i * interval '1 minute',
                (SELECT id FROM categories WHERE slug = 'scale-category-' || (i % 10))
         FROM generate_series($1, $2) AS i JOIN scale_bodies b ON b.n = i % 100"
  }
  half=$((POSTS / 2))
  insert_range 1 "$half" & first=$!
  insert_range $((half + 1)) "$POSTS"
  wait "$first"
  seed_views scale-post- "(n * 7919) % 100000"
  sql "CREATE INDEX ix_posts_search ON posts USING gin (search_vector)"
  sql "ALTER TABLE posts ENABLE TRIGGER tr_posts_published_count"
  sql "UPDATE published_post_count SET total = (SELECT count(*) FROM posts WHERE status = 'PUBLISHED' AND deleted_at IS NULL)"
  sql "DROP TABLE scale_bodies"
  sql "VACUUM ANALYZE"
  log "seeded ${POSTS} posts in $(( $(date +%s) - begin )) s"
  stop_app
  start_app # a clean cache and a warm-up from zero
fi
log "database: $(sql "SELECT count(*) FROM posts WHERE status = 'PUBLISHED' AND deleted_at IS NULL") published posts, $(sql "SELECT pg_size_pretty(pg_database_size('$SCALE_DB'))")"
log "started: ready in ${READY} s, RSS ${RSS} MB"

cp bench/status-codes.lua "$DATA_DIR/codes.lua" # status codes per answer ("codes: 200=…, 503=…")
cat > "$DATA_DIR/random-slug.lua" <<LUA
$(cat "$DATA_DIR/codes.lua")
math.randomseed(42)
request = function()
  return wrk.format("GET", "/api/v1/public/posts/by-slug/scale-post-" .. math.random(1, ${POSTS}))
end
LUA
cat > "$DATA_DIR/hot-slug.lua" <<LUA
math.randomseed(7)
request = function()
  return wrk.format("GET", "/api/v1/public/posts/by-slug/scale-post-" .. math.random(1, 1000))
end
LUA

# Like lib.sh's run, plus the status codes; wrk waits up to 30 s for an answer (slow answers are measured, not lost).
run_codes() {
  local name=$1; shift
  local out
  out=$(wrk -t2 -c"${CONNECTIONS:-32}" -d"${DURATION}" --timeout 30s --latency -s "$DATA_DIR/codes.lua" "$@")
  log "  $name: $(echo "$out" | grep 'Requests/sec' | awk '{print $2}') req/s, p50 $(echo "$out" | awk '$1=="50%"{print $2}'), p99 $(echo "$out" | awk '$1=="99%"{print $2}'), $(echo "$out" | grep '^codes:')"
}

LIST="$BASE/api/v1/public/posts?size=$PAGE_SIZE"
if [ "${OVERLOAD_ONLY:-false}" != true ]; then
log "reads (c${CONNECTIONS:-32}, ${DURATION} each after a 5 s warm-up where noted)"
run "trivial GET /q/health/live" "$BASE/q/health/live"
run "by-slug, cached (hot set of 1,000 posts)" -s "$DATA_DIR/hot-slug.lua" "$BASE"
run "by-slug, random over all ${POSTS} posts (mostly cache misses)" -s "$DATA_DIR/random-slug.lua" "$BASE"
run_codes "public list, page 1" "$LIST"
run_codes "public list, page ${DEEP_PAGE} (offset $(( (DEEP_PAGE - 1) * PAGE_SIZE )))" "$LIST&page=$DEEP_PAGE"
if curl -s "$LIST" | grep -q '"nextCursor"'; then
  # The cursor of the post before page 5000's first one: the keyset equivalent of that page (bench-side encoding of
  # the opaque cursor, see PublicCursor).
  row=$(sql "SELECT id, (extract(epoch FROM published_at) * 1000000)::bigint FROM posts
             WHERE status = 'PUBLISHED' AND deleted_at IS NULL ORDER BY published_at DESC, id DESC
             OFFSET $(( (DEEP_PAGE - 1) * PAGE_SIZE - 1 )) LIMIT 1")
  cursor=$(printf 'newest~%s~%s' "${row#*|}" "${row%|*}" | base64 -w0 | tr '+/' '-_' | tr -d '=')
  run_codes "public list, cursor at page ${DEEP_PAGE}" "$LIST&cursor=$cursor"
fi
run_codes "search, rare word (20 posts)" "$BASE/api/v1/public/posts/search?q=xylophone"
run_codes "search, common word (every post)" "$BASE/api/v1/public/posts/search?q=tea"

log "RSS after the cached reads: $(( $(ps -o rss= -p "$APP_PID") / 1024 )) MB"
log "cache off (every read by slug hits PostgreSQL)"
stop_app
BLOGFLOW_PUBLIC_CACHE_ENABLED=false start_app
run "by-slug uncached, random over all ${POSTS} posts" -s "$DATA_DIR/random-slug.lua" "$BASE"
fi

# CPU seconds (user + system, from /proc) of the PostgreSQL backends serving this database: the backends are local
# processes (PGHOST on loopback); those of the search pool carry the application name blogflow-search.
pg_cpu_ticks() { # [application name]
  local filter="" ticks=0 pid
  [ -n "${1:-}" ] && filter="AND application_name = '$1'"
  for pid in $(psql -h "$PGHOST" -p "$PGPORT" -U postgres -d postgres -qAt \
                 -c "SELECT pid FROM pg_stat_activity WHERE datname = '$SCALE_DB' $filter"); do
    [ -r "/proc/$pid/stat" ] && ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$ticks"
}
cat "$DATA_DIR/codes.lua" bench/distinct-search.lua > "$DATA_DIR/varied-search.lua"
# The search hammer (c32, HAMMER_DURATION) beside by-slug reads (uncached, c4), with PostgreSQL's CPU meanwhile.
hammer() { # name, wrk script or URL arguments
  local name=$1; shift
  log "overload: $name at c32 for ${HAMMER_DURATION} while by-slug reads (misses) run at c4"
  local out ticks_all ticks_search
  out=$(mktemp "$DATA_DIR/hammer.XXXX")
  ticks_all=$(pg_cpu_ticks); ticks_search=$(pg_cpu_ticks blogflow-search)
  wrk -t2 -c32 -d"$HAMMER_DURATION" --timeout 30s --latency "$@" > "$out" &
  local pid=$!
  CONNECTIONS=4 DURATION=$HAMMER_DURATION run_codes "by-slug under the search hammer, c4" -s "$DATA_DIR/random-slug.lua" "$BASE"
  wait "$pid"
  ticks_all=$(( $(pg_cpu_ticks) - ticks_all )); ticks_search=$(( $(pg_cpu_ticks blogflow-search) - ticks_search ))
  local ok
  ok=$(grep -o '200=[0-9]*' "$out" | cut -d= -f2); ok=${ok:-0}
  log "  the search hammer itself: $(grep 'Requests/sec' "$out" | awk '{print $2}') req/s, p99 $(awk '$1=="99%"{print $2}' "$out"), $(grep '^codes:' "$out")"
  local searching=$ticks_search # an app whose search pool has no name of its own: every backend's CPU
  [ "$searching" -gt 0 ] || searching=$ticks_all
  log "  PostgreSQL CPU meanwhile: $(echo "scale=1; $ticks_all / 100" | bc) s in all backends of $SCALE_DB, $(echo "scale=1; $ticks_search / 100" | bc) s in the search pool's; per search answered (200): $( [ "$ok" -gt 0 ] && echo "scale=2; $searching * 10 / $ok" | bc || echo '-') ms"
}
# A fresh app with the public cache on, as in production: by-slug reads at random over 100,000 posts are misses (a
# few hundred reads), every one of them reads PostgreSQL; search answers are kept when the app keeps them.
[ -n "$APP_PID" ] && stop_app
start_app
curl -s -o /dev/null "$BASE/api/v1/public/posts/search?q=tea" # the search pool's connections exist before counting
CONNECTIONS=4 DURATION=$HAMMER_DURATION run_codes "by-slug at random (misses) alone, c4" -s "$DATA_DIR/random-slug.lua" "$BASE"
hammer "the common-word search (one query, the same each time)" -s "$DATA_DIR/codes.lua" "$BASE/api/v1/public/posts/search?q=tea"
hammer "common-word searches (a new query each time)" -s "$DATA_DIR/varied-search.lua" "$BASE"
log "  ERROR lines in the app log: $(grep -c ' ERROR ' "$DATA_DIR/app.log" || true)"
RSS_AFTER=$(( $(ps -o rss= -p "$APP_PID") / 1024 ))
log "RSS after the run: ${RSS_AFTER} MB"
log "report: $REPORT"
