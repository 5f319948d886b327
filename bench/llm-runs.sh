#!/usr/bin/env bash
# blogflow benchmark: running LLM actions end to end through the HTTP API (POST /api/v1/posts/{id}/actions/{id}/runs)
# against a WireMock provider (a separate JVM) answering chat completions after a fixed delay. Measures blogflow's own
# share of a run (sequential runs against the same sequential calls made to WireMock directly) and concurrent runs:
# with no thread starvation a run takes about latency + overhead and N connections give about N / latency runs/s.
# Not a test: it prints numbers to compare against the targets (overhead p50 < 5 ms; 50 connections ≈ 50 / latency).
#
# Needs: a JDK, wrk, curl and jq (Debian: apt-get install wrk curl jq); jcmd (from the JDK) for the thread summaries.
# Builds the jar if it is missing and fetches the WireMock standalone jar into the local Maven repository if it is not
# there yet. Each run hits another post (of POSTS, cycled), so concurrent runs do not trip the per-field
# compare-and-set (a run on a field changed meanwhile fails "conflict", after a full generation).
# Environment:
#   LATENCY_MS        WireMock's fixed response delay (default 100)
#   RUNS              sequential runs measured (default 200, after WARMUP_RUNS, default 300: with 30 the JIT is still
#                     cold and the overhead reads about 15 ms higher); as many direct calls (after 30 warm-up calls)
#   CONNECTIONS       concurrent runs of the wrk pass (default 50); THREADS wrk threads (default 2)
#   HIGH_CONNECTIONS  concurrent runs of a second wrk pass, around the worker pool's size (default 200; 0 skips it)
#   DURATION          wrk duration per pass (default 20s, after a 5 s warm-up)
#   POSTS             posts the runs cycle through (default 800: a post comes round again long after its last run)
#   JAVA_OPTS         extra JVM flags for the measured app
# Only loopback is ever targeted.
source "$(dirname "$0")/lib.sh"

LATENCY_MS=${LATENCY_MS:-100}
RUNS=${RUNS:-200}
WARMUP_RUNS=${WARMUP_RUNS:-300}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
HIGH_CONNECTIONS=${HIGH_CONNECTIONS:-200}
DURATION=${DURATION:-20s}
POSTS=${POSTS:-800}
command -v jq >/dev/null || { echo "jq is required (apt-get install jq)" >&2; exit 1; }

# A realistic chat.completion (about 120 words of text, usage counted), after the fixed delay.
stub_completions() {
  local text="A practical guide for home bakers whose sourdough keeps failing. It covers the three usual culprits: \
a starter that is not yet active enough (how to read the rise, the smell and the float test, and how often to feed), \
flour (protein content, whole grain versus white, and why a switch of brand changes the dough), and time \
(bulk fermentation judged by the dough rather than the clock, cold retards, and the effect of kitchen temperature). \
It leaves out advanced shaping and scoring, which deserve their own post, and ends with a short troubleshooting \
table mapping symptoms (flat loaves, gummy crumb, huge holes under the crust) to their likely causes."
  jq -n --arg text "$text" --argjson delay "$LATENCY_MS" '{
    request: {method: "POST", url: "/v1/chat/completions"},
    response: {status: 200, fixedDelayMilliseconds: $delay, headers: {"Content-Type": "application/json"},
      jsonBody: {id: "chatcmpl-bench", object: "chat.completion", created: 1763892000, model: "gpt-4o-mini",
        system_fingerprint: "fp_bench",
        choices: [{index: 0, message: {role: "assistant", content: $text}, logprobs: null, finish_reason: "stop"}],
        usage: {prompt_tokens: 58, completion_tokens: 131, total_tokens: 189}}}}' \
    | curl -sf -o /dev/null -X POST "$FAKE/__admin/mappings" -H 'Content-Type: application/json' -d @-
}

# An authenticated call to the app: method, path, optional JSON body; prints the response body, fails on non-2xx.
api() {
  curl -sf -X "$1" "$BASE$2" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' ${3:+-d "$3"}
}

# Reads seconds (one a line), subtracts OFFSET_MS and prints "p50 … p90 … p99 … mean" in milliseconds.
percentiles() {
  sort -n | awk -v offset="${OFFSET_MS:-0}" '{ v[NR] = $1 * 1000 - offset; sum += v[NR] }
    function at(p,  i) { i = int(NR * p); if (i < NR * p) i++; return v[i < 1 ? 1 : i] }
    END { printf "p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, mean %.2f ms", at(0.5), at(0.9), at(0.99), sum / NR }'
}

# Times sequential runs over the posts, starting at post $2: count runs, prints "seconds status" a line.
time_runs() {
  local i post
  for i in $(seq "$2" $(($2 + $1 - 1))); do
    post=${POST_IDS[$((i % POSTS))]}
    curl -s -o "$DATA_DIR/run.json" -w '%{time_total} ' -X POST "$BASE/api/v1/posts/$post/actions/$ACTION/runs" \
      -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{}'
    jq -r '.status // "http-error"' "$DATA_DIR/run.json"
  done
}

# Times the same number of sequential calls to WireMock itself: loopback, a new connection, WireMock's own work.
time_direct() {
  local body
  body=$(jq -nc '{model: "gpt-4o-mini", temperature: 0.2, max_tokens: 300,
    messages: [{role: "user", content: "Suggest the scope of a post about why sourdough fails."}]}')
  for _ in $(seq 1 "$1"); do
    curl -s -o /dev/null -w '%{time_total}\n' -X POST "$FAKE/v1/chat/completions" \
      -H 'Authorization: Bearer sk-bench' -H 'Content-Type: application/json' -d "$body"
  done
}

# What the app's worker threads are doing (jcmd thread dump): how many there are, counted by state and by the first
# frame outside the JDK (where a thread waits: the provider call, the connection pool, the idle pool…).
worker_threads() {
  command -v jcmd >/dev/null || { echo "  (no jcmd: no thread summary)"; return; }
  jcmd "$APP_PID" Thread.print 2>/dev/null | awk '
    function count() { if (worker) { n[state " " (frame == "" ? "-" : frame)]++; total++ } }
    /^"/ { count(); worker = ($0 ~ /^"executor-thread-/); state = ""; frame = ""; next }
    worker && /java.lang.Thread.State:/ { state = $2; next }
    worker && frame == "" && /^\tat / && $2 !~ /^(java|jdk|sun)\./ { frame = $2 }
    END { count(); printf "  executor threads: %d\n", total; fflush()
          for (k in n) printf "  %5d %s\n", n[k], k | "sort -rn | head -8" }'
}

# CPU time (ms) used so far by the app's JVM, its embedded PostgreSQL (postmaster, its backends and the ones that
# ended) and WireMock: "app postgres wiremock". Where these add up to the box's cores the runs are CPU-bound.
cpu_ms() {
  local tick postmaster
  tick=$(getconf CLK_TCK)
  postmaster=$(head -1 "$DATA_DIR/postgres/postmaster.pid" 2>/dev/null || true)
  ticks() { # pids: utime + stime (+ cutime + cstime: children that ended) of each
    local pid
    for pid in "$@"; do awk '{ sub(/^.*\) /, ""); print $12 + $13 + $14 + $15 }' "/proc/$pid/stat" 2>/dev/null; done \
      | awk -v tick="$tick" '{ sum += $1 } END { printf "%d", sum * 1000 / tick }'
  }
  echo "$(ticks "$APP_PID") $(ticks ${postmaster:+$postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')}) $(ticks "${BACKGROUND_PIDS[0]}")"
}

# A wrk pass of $1 connections posting runs across the posts (a warm-up first); thread dump halfway through.
concurrent() {
  local connections=$1 out seconds before after
  TOKEN=$(access_token) # fresh (access tokens live 10 minutes)
  {
    echo "local posts = {"; printf '  "%s",\n' "${POST_IDS[@]}"; echo "}"
    cat <<LUA
local action, token, stride = "$ACTION", "$TOKEN", $THREADS
local threads, started = {}, 0
function setup(thread)
  thread:set("first", started)
  started = started + 1
  table.insert(threads, thread)
end
function init(args)
  next_post, succeeded, conflicts, failed, refused = first, 0, 0, 0, 0
  headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
end
function request()
  local post = posts[(next_post % #posts) + 1]
  next_post = next_post + stride
  return wrk.format("POST", "/api/v1/posts/" .. post .. "/actions/" .. action .. "/runs", headers, "{}")
end
function response(status, headers, body)
  if status ~= 201 then refused = refused + 1
  elseif body:find('"status":"succeeded"', 1, true) then succeeded = succeeded + 1
  elseif body:find('"type":"conflict"', 1, true) then conflicts = conflicts + 1
  else failed = failed + 1 end
end
function done(summary, latency, requests)
  local s, c, f, r = 0, 0, 0, 0
  for _, t in ipairs(threads) do
    s, c, f, r = s + t:get("succeeded"), c + t:get("conflicts"), f + t:get("failed"), r + t:get("refused")
  end
  io.write(string.format("runs: %d succeeded, %d failed conflict, %d failed otherwise, %d not 201\n", s, c, f, r))
end
LUA
  } > "$DATA_DIR/runs.lua"
  wrk -t"$THREADS" -c"$connections" -d5s -s "$DATA_DIR/runs.lua" "$BASE" > /dev/null # warm-up
  log "$connections concurrent runs, wrk -t$THREADS -c$connections -d$DURATION (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  before=$(cpu_ms)
  # a 10 s timeout (wrk's default is 2 s) so slow runs count in the latencies instead of as socket timeouts
  wrk -t"$THREADS" -c"$connections" -d"$DURATION" --timeout 10s --latency -s "$DATA_DIR/runs.lua" "$BASE" \
    > "$DATA_DIR/wrk.out" &
  local wrk_pid=$!
  seconds=${DURATION%s}
  sleep $((seconds / 2))
  log "  worker threads halfway through:"
  log "$(worker_threads)"
  wait "$wrk_pid"
  after=$(cpu_ms)
  out=$(cat "$DATA_DIR/wrk.out")
  log "$out"
  log "  CPU per run (ms): $(echo "$before $after $(echo "$out" | awk '$2=="requests"{print $1}')" | awk '{
    printf "app %.1f, PostgreSQL %.1f, WireMock %.1f; the three together used %.2f of the %d cores", ($4 - $1) / $7,
      ($5 - $2) / $7, ($6 - $3) / $7, ($4 + $5 + $6 - $1 - $2 - $3) / 1000 / '"$seconds"', '"$(nproc)"' }')"
  log "  → $(echo "$out" | awk '$1=="Requests/sec:"{print $2}') runs/s (ideal without starvation: $((connections * 1000 / LATENCY_MS))), p50 $(echo "$out" | awk '$1=="50%"{print $2}'), p90 $(echo "$out" | awk '$1=="90%"{print $2}'), p99 $(echo "$out" | awk '$1=="99%"{print $2}') (fixed latency ${LATENCY_MS} ms), non-2xx: $(echo "$out" | grep -o 'Non-2xx or 3xx responses: [0-9]*' | grep -o '[0-9]*$' || echo 0)"
}

log "blogflow LLM action runs benchmark $(date -u +%FT%TZ) on $(nproc) cores, $(java -version 2>&1 | head -1)"
log "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); fixed provider latency ${LATENCY_MS} ms; JAVA_OPTS='${JAVA_OPTS:-}'"
start_wiremock
stub_completions
BLOGFLOW_LLM_ALLOWED_HOSTS=127.0.0.1 BLOGFLOW_LLM_ALLOW_PRIVATE_NETWORKS=true start_app
log "app ready after ${READY}s (RSS ${RSS} MB); fake provider at $FAKE"

TOKEN=$(access_token)
PROVIDER=$(api POST /api/v1/admin/llm/providers "$(jq -nc --arg url "$FAKE/v1" \
  '{name: "Bench provider", type: "openai", baseUrl: $url, authToken: "sk-bench-token"}')" | jq -r .id)
MODEL=$(api POST "/api/v1/admin/llm/providers/$PROVIDER/models" \
  '{"name": "gpt-4o-mini", "inputPricePerMillion": 0.15, "outputPricePerMillion": 0.6}' | jq -r .id)
api POST /api/v1/llm/prompts '{"name": "bench-scope", "systemPrompt": "You are a sharp editor.",
  "template": "Suggest the scope of a post about {{basicIdea}}: who it is for, what it covers, what it leaves out."}' \
  > /dev/null
ACTION=$(api POST /api/v1/actions "$(jq -nc --arg model "$MODEL" '{name: "Suggest the scope",
  prompt: {name: "bench-scope"}, modelId: $model, temperature: 0.2, maxTokens: 300, inputs: ["basicIdea"],
  output: "scope"}')" | jq -r .id)
POST_IDS=()
for i in $(seq 1 "$POSTS"); do
  post=$(api POST /api/v1/posts "{\"title\": \"Benchmark post $i\"}" | jq -r .id)
  curl -sf -o /dev/null -X PATCH "$BASE/api/v1/posts/$post/workspace" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/merge-patch+json' -H 'If-Match: "0"' \
    -d "{\"basicIdea\": \"Why sourdough fails, take $i\"}"
  POST_IDS+=("$post")
done
log "set up: an openai provider at $FAKE/v1, model gpt-4o-mini, prompt bench-scope, action $ACTION (basicIdea → scope), $POSTS posts"

log "sequential: $RUNS runs after $WARMUP_RUNS warm-up runs, each a new curl (connection included), and as many direct calls to WireMock"
time_runs "$WARMUP_RUNS" 0 > /dev/null
time_direct 30 > /dev/null
time_runs "$RUNS" "$WARMUP_RUNS" > "$DATA_DIR/runs.txt"
time_direct "$RUNS" > "$DATA_DIR/direct.txt"
log "  run statuses: $(cut -d' ' -f2 "$DATA_DIR/runs.txt" | sort | uniq -c | awk '{printf "%s%d %s", sep, $1, $2; sep = ", "}')"
log "  run through blogflow, total:          $(cut -d' ' -f1 "$DATA_DIR/runs.txt" | percentiles)"
log "  direct call to WireMock, total:       $(percentiles < "$DATA_DIR/direct.txt")"
log "  run − fixed latency (overhead):       $(cut -d' ' -f1 "$DATA_DIR/runs.txt" | OFFSET_MS=$LATENCY_MS percentiles)"
log "  direct − fixed latency (baseline):    $(OFFSET_MS=$LATENCY_MS percentiles < "$DATA_DIR/direct.txt")"
median() { sort -n | awk '{ v[NR] = $1 * 1000 } END { i = int(NR * 0.5); if (i < NR * 0.5) i++; print v[i] }'; }
log "  blogflow's own share (p50 run − p50 direct): $(echo "$(cut -d' ' -f1 "$DATA_DIR/runs.txt" | median) $(median < "$DATA_DIR/direct.txt")" | awk '{printf "%.2f ms", $1 - $2}') (target: overhead p50 < 5 ms)"

concurrent "$CONNECTIONS"
[ "$HIGH_CONNECTIONS" -gt 0 ] && concurrent "$HIGH_CONNECTIONS"

log "app log: $(grep -c ' ERROR ' "$DATA_DIR/app.log" || true) ERROR lines, $(grep -c ' WARN ' "$DATA_DIR/app.log" || true) WARN lines"
log "$(grep -E ' (ERROR|WARN) ' "$DATA_DIR/app.log" | cut -c25-250 | sed 's/\[req:[^]]*\]//' | sort | uniq -c \
  | sort -rn | head -10 || true)"
log "$(grep -m1 -A8 ' ERROR ' "$DATA_DIR/app.log" | cut -c1-400 || true)"
log "RSS after load: $(( $(ps -o rss= -p "$APP_PID") / 1024 )) MB; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
log "report: $REPORT"
