#!/usr/bin/env bash
# blogflow public read benchmark: seeds N published posts (default 10,000; filed in 10 categories, 2 tags each)
# straight into the app's database, then measures, with the in-process public cache off ("cold": every request reads
# PostgreSQL and renders) and on ("cached"), in one run: a trivial endpoint of the same app, by-slug over all posts,
# by-slug over a hot set of 1,000 posts, the 304 revalidation path, and the public list (page 1, a deep page, a
# category filter). Ends with EXPLAIN ANALYZE of the main queries.
# Needs: a JDK, wrk, curl and psql (Debian: apt-get install wrk curl postgresql-client). Environment: POSTS (default
# 10000), DURATION (default 15s), CONNECTIONS (default 32). Only loopback is ever targeted.
source "$(dirname "$0")/lib.sh"

POSTS=${POSTS:-10000}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
command -v psql >/dev/null || { echo "psql is required (apt-get install postgresql-client)" >&2; exit 1; }

pg_port() { grep -o 'embedded PostgreSQL on port [0-9]*' "$DATA_DIR/app.log" | tail -1 | grep -o '[0-9]*$'; }
sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt -c "$1"; }

log "blogflow public-read benchmark $(date -u +%FT%TZ) on $(nproc) cores, ${POSTS} published posts"
BLOGFLOW_PUBLIC_CACHE_ENABLED=false start_app
PG_PORT=$(pg_port)
[ -n "$PG_PORT" ] || { echo "this benchmark seeds the embedded database: unset DB_URL" >&2; exit 1; }

sql "INSERT INTO categories (id, name, slug)
     SELECT gen_random_uuid(), 'Bench category ' || c, 'bench-category-' || c FROM generate_series(0, 9) AS c"
sql "INSERT INTO tags (id, name, slug, created_at)
     SELECT gen_random_uuid(), 'Bench tag ' || t, 'bench-tag-' || t, now() FROM generate_series(0, 49) AS t"
sql "INSERT INTO posts (id, title, slug, content_markdown, content_html, excerpt, word_count, reading_time_minutes,
       meta_description, status, published_at, version, created_at, updated_at, category_id)
     SELECT gen_random_uuid(), 'Benchmark post ' || i, 'bench-post-' || i,
            repeat('Some words about tea and brewing. ', 60),
            '<h2 id=\"intro\">Intro</h2><p>' || repeat('Some words about tea and brewing. ', 60) || '</p>',
            'Some words about tea and brewing.', 360, 2, 'About post ' || i, 'PUBLISHED',
            now() - i * interval '1 minute', 0, now() - i * interval '1 minute', now() - i * interval '1 minute',
            (SELECT id FROM categories WHERE slug = 'bench-category-' || (i % 10))
     FROM generate_series(1, ${POSTS}) AS i"
seed_views bench-post- "(n * 7919) % 100000"
# The usage-count trigger updates a tag row per link: fine for editors, quadratic for 200,000 links in one
# transaction. Seeding counts once instead.
sql "ALTER TABLE post_tags DISABLE TRIGGER tr_post_tags_count"
sql "INSERT INTO post_tags (post_id, tag_id)
     SELECT p.id, t.id FROM posts p JOIN tags t
       ON t.slug IN ('bench-tag-' || (substring(p.slug from 12)::int % 50), 'bench-tag-' || ((substring(p.slug from 12)::int + 1) % 50))
     WHERE p.slug LIKE 'bench-post-%'"
sql "UPDATE tags t SET usage_count = (SELECT count(*) FROM post_tags pt WHERE pt.tag_id = t.id)"
sql "ALTER TABLE post_tags ENABLE TRIGGER tr_post_tags_count"
sql "VACUUM ANALYZE"
log "seeded: $(sql "SELECT count(*) FROM posts WHERE status = 'PUBLISHED'") published posts, $(sql "SELECT count(*) FROM post_tags") tag links"

cat > "$DATA_DIR/random-slug.lua" <<LUA
math.randomseed(42)
request = function()
  return wrk.format("GET", "/api/v1/public/posts/by-slug/bench-post-" .. math.random(1, ${POSTS}))
end
LUA
cat > "$DATA_DIR/hot-slug.lua" <<LUA
math.randomseed(7)
request = function()
  return wrk.format("GET", "/api/v1/public/posts/by-slug/bench-post-" .. math.random(1, 1000))
end
LUA

measure() {
  local etag
  etag=$(curl -s -D - -o /dev/null "$BASE/api/v1/public/posts/by-slug/bench-post-1" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
  run "trivial GET /q/health/live" "$BASE/q/health/live"
  run "by-slug, random over all ${POSTS} posts" -s "$DATA_DIR/random-slug.lua" "$BASE"
  run "by-slug, random over a hot set of 1,000 posts" -s "$DATA_DIR/hot-slug.lua" "$BASE"
  run "by-slug, revalidated (If-None-Match → 304)" -H "If-None-Match: $etag" "$BASE/api/v1/public/posts/by-slug/bench-post-1"
  run "public list, page 1 of 20" "$BASE/api/v1/public/posts?size=20"
  run "public list, page 200 of 20" "$BASE/api/v1/public/posts?size=20&page=200"
  run "public list, category filter, page 1" "$BASE/api/v1/public/posts?size=20&category=bench-category-3"
}

log "cold: public cache off (every request reads the database and serialises)"
measure
stop_app
start_app
PG_PORT=$(pg_port)
log "cached: public cache on (default)"
measure

explain() { log "EXPLAIN ANALYZE $1:"; log "$(sql "EXPLAIN ANALYZE $2")"; }
SUMMARY="p.id, p.author_id, p.title, p.slug, p.excerpt, p.word_count, p.reading_time_minutes, p.featured_image,
         p.featured_image_alt, p.category_id, p.topic_cluster_id, p.content_language, coalesce(pv.views, 0), p.published_at,
         p.updated_at"
POSTS="posts p LEFT JOIN post_view_counts pv ON pv.post_id = p.id"
PUBLISHED="p.status = 'PUBLISHED' AND p.deleted_at IS NULL"
explain "by slug" "SELECT * FROM posts WHERE slug = 'bench-post-4242'"
explain "public list, page 1" "SELECT $SUMMARY FROM $POSTS WHERE $PUBLISHED
         ORDER BY p.published_at DESC, p.id DESC LIMIT 20 OFFSET 0"
explain "public list, page 200" "SELECT $SUMMARY FROM $POSTS WHERE $PUBLISHED
         ORDER BY p.published_at DESC, p.id DESC LIMIT 20 OFFSET 3980"
explain "public list total" "SELECT count(*) FROM posts p WHERE $PUBLISHED"
CATEGORY=$(sql "SELECT id FROM categories WHERE slug = 'bench-category-3'")
explain "public list by category (the app resolves the slug to ids first)" "SELECT $SUMMARY FROM $POSTS
         WHERE $PUBLISHED AND p.category_id IN ('$CATEGORY') ORDER BY p.published_at DESC, p.id DESC LIMIT 20"
explain "public list by tag" "SELECT $SUMMARY FROM $POSTS WHERE $PUBLISHED AND EXISTS (SELECT 1 FROM post_tags pt
         JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = p.id AND t.slug = 'bench-tag-7')
         ORDER BY p.published_at DESC, p.id DESC LIMIT 20"
explain "public list, popular" "SELECT $SUMMARY FROM $POSTS
         WHERE $PUBLISHED ORDER BY coalesce(pv.views, 0) DESC, p.id DESC LIMIT 20"
explain "search (a selective term)" "SELECT id, ts_rank_cd(search_vector, query) AS rank
         FROM posts, websearch_to_tsquery(blogflow_search_config('en'), '4242') query
         WHERE status = 'PUBLISHED' AND deleted_at IS NULL AND search_vector @@ query
         ORDER BY rank DESC, published_at DESC, id LIMIT 20"
explain "sitemap page" "SELECT p.slug, p.updated_at FROM posts p WHERE $PUBLISHED
         ORDER BY p.published_at, p.id LIMIT 50000"
log "report: $REPORT"
