#!/usr/bin/env bash
# blogflow memory breakdown: where the resident memory of a restarted app goes, with the JVM's Native Memory Tracking.
# Starts the app once on a new embedded database (it migrates), stops it, then restarts it on that data (what a
# restart costs) with -XX:NativeMemoryTracking=summary and reports, each time with VmRSS (from /proc) and NMT's
# committed memory per area (heap, class metadata, threads, code, GC, compiler, internal, other = direct buffers,
# symbols, …):
#   after start      2 s after ready
#   after parser     after one analytics event (the user-agent parser is loaded by then) and SETTLE seconds
#   after load       after LOAD seconds (default 60; 0 skips it) of wrk on public reads and analytics events with
#                    varied user agents
# Needs: a JDK with jcmd, curl, wrk. Environment: JAVA_OPTS (bin/jvm-options unless set), MALLOC_ARENA_MAX (2, as
# bin/blogflow: set by lib.sh for every benchmark), SETTLE (10), LOAD (60), CONNECTIONS (32), PORT (18080), plus any BLOGFLOW_* setting passed through
# (e.g. BLOGFLOW_ANALYTICS_USER_AGENT_PARSER). Only loopback is targeted.
source "$(dirname "$0")/lib.sh"

SETTLE=${SETTLE:-10}
LOAD=${LOAD:-60}
JAVA_OPTS=${JAVA_OPTS-$(cat bin/jvm-options 2>/dev/null || true)}
if curl -s -o /dev/null "$BASE/q/health/live" 2>/dev/null; then
  echo "something already answers on port $PORT: set PORT to a free one" >&2; exit 1
fi

rss() { echo $(( $(awk '/VmRSS/{print $2}' "/proc/$APP_PID/status") / 1024 )); }

# Starts the app with the given extra JVM flags and waits (bounded, generous: the first start migrates) for ready.
launch() {
  BLOGFLOW_DATA_DIR="$DATA_DIR" QUARKUS_HTTP_PORT="$PORT" LOG_JSON=false \
    BLOGFLOW_ADMIN_EMAIL="$ADMIN_EMAIL" BLOGFLOW_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    BLOGFLOW_RATE_LIMIT_API_CAPACITY=1000000000 BLOGFLOW_RATE_LIMIT_CREDENTIALS_CAPACITY=1000000000 \
    BLOGFLOW_ANALYTICS_RATE_LIMIT_CAPACITY=1000000000 \
    java $JAVA_OPTS "$@" -jar "$JAR" > "$DATA_DIR/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 6000); do
    curl -sf -o /dev/null "$BASE/q/health/ready" 2>/dev/null && return
    kill -0 "$APP_PID" 2>/dev/null || { cat "$DATA_DIR/app.log" >&2; exit 1; }
    sleep 0.05
  done
  cat "$DATA_DIR/app.log" >&2; exit 1
}

# RSS and NMT's committed MB per area, on one line each.
report() {
  log "$1: RSS $(rss) MB"
  jcmd "$APP_PID" VM.native_memory summary scale=MB | awk '
    /^Total:/ { match($0, /committed=[0-9]+MB/); print "  NMT total committed " substr($0, RSTART + 10, RLENGTH - 10) }
    /^-/ { name = $0; sub(/^- */, "", name); sub(/ *\(reserved.*/, "", name)
           match($0, /committed=[0-9]+MB/); if (RSTART) printf "  %-28s %s\n", name, substr($0, RSTART + 10, RLENGTH - 10) }' \
    | tee -a "$REPORT"
}

log "blogflow memory breakdown $(date -u +%FT%TZ) on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
log "JAVA_OPTS='${JAVA_OPTS}' MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX parser=${BLOGFLOW_ANALYTICS_USER_AGENT_PARSER:-default}"
launch
stop_app
launch -XX:NativeMemoryTracking=summary
sleep 2
report "after start"

curl -sf -o /dev/null -X POST "$BASE/api/v1/public/events" -H 'Content-Type: application/json' \
  -H 'User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0' \
  -d '{"name":"pageview","url":"https://blog.example/posts/tides"}'
sleep "$SETTLE"
report "after parser (+${SETTLE} s)"

if [ "$LOAD" -gt 0 ]; then
  cat > "$DATA_DIR/mix.lua" <<'LUA'
math.randomseed(7)
local n = 0
local agents = {
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_%d like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  "Mozilla/5.0 (X11; Linux x86_64; rv:%d.0) Gecko/20100101 Firefox/128.0",
  "Mozilla/5.0 (compatible; Googlebot/2.%d; +http://www.google.com/bot.html)",
}
request = function()
  n = n + 1
  if n % 4 == 0 then
    local ua = string.format(agents[math.floor(n % 16 / 4) + 1], math.random(1, 5000))
    return wrk.format("POST", "/api/v1/public/events", {["Content-Type"] = "application/json", ["User-Agent"] = ua},
      '{"name":"pageview","url":"https://blog.example/posts/p' .. math.random(1, 100) .. '"}')
  elseif n % 4 == 1 then
    return wrk.format("GET", "/api/v1/public/posts?size=20")
  elseif n % 4 == 2 then
    return wrk.format("GET", "/api/v1/public/tags")
  else
    return wrk.format("GET", "/api/v1/public/posts/by-slug/no-such-post")
  end
end
LUA
  out=$(wrk -t2 -c"${CONNECTIONS:-32}" -d"${LOAD}s" -s "$DATA_DIR/mix.lua" "$BASE")
  log "load: $(echo "$out" | grep 'Requests/sec' | awk '{print $2}') req/s for ${LOAD} s"
  sleep 2
  report "after load"
fi
