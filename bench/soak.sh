#!/usr/bin/env bash
# blogflow soak: resident memory under a steady mix of public reads. Seeds POSTS published posts (default 1,000)
# straight into the embedded database, then runs wrk for SOAK (default 10m) on a mix of reads (by slug over all
# posts, list pages, a category filter, search, tags, categories, an old ETag revalidated, the trivial health
# endpoint) and samples the JVM's VmRSS (from /proc) every SAMPLE seconds (30). Reports RSS after start, after
# seeding, each sample, the highest and the last, and wrk's totals.
# Needs: a JDK, wrk, curl and psql. Environment: POSTS, SOAK, SAMPLE, CONNECTIONS (32), PORT (18080), JAVA_OPTS (the
# project's memory defaults in bin/jvm-options unless set; "" for none), JAVA (java). Only loopback is targeted.
source "$(dirname "$0")/lib.sh"

POSTS=${POSTS:-1000}
SOAK=${SOAK:-10m}
SAMPLE=${SAMPLE:-30}
CONNECTIONS=${CONNECTIONS:-32}
JAVA=${JAVA:-java}
JAVA_OPTS=${JAVA_OPTS-$(cat bin/jvm-options 2>/dev/null || true)}
command -v psql >/dev/null || { echo "psql is required (apt-get install postgresql-client)" >&2; exit 1; }
if curl -s -o /dev/null "$BASE/q/health/live" 2>/dev/null; then
  echo "something already answers on port $PORT: set PORT to a free one" >&2; exit 1
fi

rss() { echo $(( $(awk '/VmRSS/{print $2}' "/proc/$APP_PID/status") / 1024 )); }
sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt -c "$1"; }

log "blogflow soak $(date -u +%FT%TZ) on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $($JAVA -version 2>&1 | head -1)"
log "JAVA_OPTS='${JAVA_OPTS}' posts: $POSTS soak: $SOAK connections: $CONNECTIONS"
BLOGFLOW_DATA_DIR="$DATA_DIR" QUARKUS_HTTP_PORT="$PORT" LOG_JSON=false \
  BLOGFLOW_ADMIN_EMAIL="$ADMIN_EMAIL" BLOGFLOW_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  BLOGFLOW_RATE_LIMIT_API_CAPACITY=1000000000 BLOGFLOW_RATE_LIMIT_CREDENTIALS_CAPACITY=1000000000 \
  "$JAVA" $JAVA_OPTS -jar "$JAR" > "$DATA_DIR/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 6000); do
  curl -sf -o /dev/null "$BASE/q/health/ready" 2>/dev/null && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$DATA_DIR/app.log" >&2; exit 1; }
  sleep 0.05
done
sleep 2
log "RSS after start: $(rss) MB"
PG_PORT=$(grep -o 'embedded PostgreSQL on port [0-9]*' "$DATA_DIR/app.log" | tail -1 | grep -o '[0-9]*$')
[ -n "$PG_PORT" ] || { echo "this soak seeds the embedded database: unset DB_URL" >&2; exit 1; }

sql "INSERT INTO categories (id, name, slug)
     SELECT gen_random_uuid(), 'Soak category ' || c, 'soak-category-' || c FROM generate_series(0, 9) AS c"
sql "INSERT INTO posts (id, title, slug, content_markdown, content_html, excerpt, word_count, reading_time_minutes,
       meta_description, status, published_at, version, created_at, updated_at, category_id)
     SELECT gen_random_uuid(), 'Soak post ' || i || ' on oolong', 'soak-post-' || i,
            repeat('Some words about tea and brewing. ', 200),
            '<h2 id=\"intro\">Intro</h2><p>' || repeat('Some words about tea and brewing. ', 200) || '</p>',
            'Some words about tea and brewing.', 1200, 6, 'About post ' || i, 'PUBLISHED',
            now() - i * interval '1 minute', 0, now() - i * interval '1 minute', now() - i * interval '1 minute',
            (SELECT id FROM categories WHERE slug = 'soak-category-' || (i % 10))
     FROM generate_series(1, ${POSTS}) AS i"
seed_views soak-post- "n"
sql "VACUUM ANALYZE"
log "seeded $(sql "SELECT count(*) FROM posts WHERE status = 'PUBLISHED'") published posts; RSS $(rss) MB"

cat > "$DATA_DIR/mix.lua" <<LUA
math.randomseed(11)
local n = 0
request = function()
  n = n + 1
  local r = n % 20
  if r < 10 then
    return wrk.format("GET", "/api/v1/public/posts/by-slug/soak-post-" .. math.random(1, ${POSTS}))
  elseif r < 13 then
    return wrk.format("GET", "/api/v1/public/posts?size=20&page=" .. math.random(1, math.max(1, math.floor(${POSTS} / 20))))
  elseif r < 14 then
    return wrk.format("GET", "/api/v1/public/posts?size=20&category=soak-category-" .. math.random(0, 9))
  elseif r < 15 then
    return wrk.format("GET", "/api/v1/public/posts/search?q=oolong+" .. math.random(1, ${POSTS}))
  elseif r < 16 then
    return wrk.format("GET", "/api/v1/public/tags")
  elseif r < 17 then
    return wrk.format("GET", "/api/v1/public/categories")
  elseif r < 18 then
    return wrk.format("GET", "/api/v1/public/posts/by-slug/soak-post-1", {["If-None-Match"] = '"p0"'})
  else
    return wrk.format("GET", "/q/health/live")
  end
end
-- The first refusals each thread sees are printed, so a soak that measured refusals says why.
local shown = 0
response = function(status, headers, body)
  if status >= 400 and shown < 3 then
    shown = shown + 1
    io.write("refused: " .. status .. " " .. string.sub(body or "", 1, 200) .. "\n")
  end
end
LUA

# Every kind of request in the mix must be answered as intended before the soak starts.
for path in "/api/v1/public/posts/by-slug/soak-post-1" "/api/v1/public/posts?size=20&page=2" \
    "/api/v1/public/posts?size=20&category=soak-category-1" "/api/v1/public/posts/search?q=oolong+1" \
    "/api/v1/public/tags" "/api/v1/public/categories" "/q/health/live"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
  [ "$code" = 200 ] || { log "preflight: $path answered $code"; tail -20 "$DATA_DIR/app.log" >&2; exit 1; }
done

wrk -t2 -c"$CONNECTIONS" -d"$SOAK" --latency -s "$DATA_DIR/mix.lua" "$BASE" > "$DATA_DIR/wrk.txt" 2>&1 &
WRK_PID=$!
BACKGROUND_PIDS+=("$WRK_PID")
sleep 1
# wrk runs a script it cannot load as plain "GET /" requests: refuse to measure those.
grep -q "^PANIC\|error" "$DATA_DIR/wrk.txt" && { log "wrk could not run the mix: $(cat "$DATA_DIR/wrk.txt")"; exit 1; }
highest=0
elapsed=0
while kill -0 "$WRK_PID" 2>/dev/null; do
  sleep "$SAMPLE"
  elapsed=$((elapsed + SAMPLE))
  kill -0 "$APP_PID" 2>/dev/null || { log "the app died"; tail -50 "$DATA_DIR/app.log" >&2; exit 1; }
  now=$(rss)
  [ "$now" -gt "$highest" ] && highest=$now
  log "  after ${elapsed}s: RSS ${now} MB"
done
wait "$WRK_PID" || true
log "$(grep -E 'Requests/sec|requests in|Non-2xx|Socket errors|99%|refused:' "$DATA_DIR/wrk.txt")"
sleep 5
log "RSS after the soak: $(rss) MB (highest sample ${highest} MB)"
log "report: $REPORT"
