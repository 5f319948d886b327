#!/usr/bin/env bash
# blogflow benchmark: what billing adds to an LLM run, and how fast the usage ledger takes writes.
# Two instances run on one PostgreSQL (the server on 127.0.0.1:5432, a database created for the run and dropped after
# it): the metered one on PORT and, on PORT+1, one with BLOGFLOW_LLM_METERED=false (runs counted in the metrics
# only, nothing reserved or recorded). Both call a WireMock provider that answers at once.
#   1. What metering costs a run, two ways:
#      a. billing's own statements alone, timed in the metered app around each (reserve before the provider call,
#         commit after it, release when a run fails): blogflow_billing_statement_seconds p50/p99;
#      b. whole runs (POST /api/v1/posts/{id}/actions/{id}/runs) side by side: RUNS pairs, one run on each instance
#         back to back in alternating order (bench/RunOverhead.java), after WARMUP_RUNS pairs. The difference of the
#         two instances' p50 (p99) is metering's overhead per run: its statements plus what they add to the run's
#         transactions (the reservation makes the read-only price lookup a writing one; its commit does not wait for
#         the WAL flush, see docs/billing.md). Target: p50 < 2 ms.
#   2. Ledger writes/s (needs wrk; skipped without it): a wrk pass of CONNECTIONS concurrent runs spread over
#      ACCOUNTS accounts; each run writes three ledger records (ai_runs, llm_tokens, llm_cost) and moves three
#      counters. Ledger records/s = 3 × runs/s (read from the usage API).
#   3. The hard cap under a race: a fresh account on a plan allowing 50 AI runs fires 200 runs, RACE at a time;
#      exactly 50 must answer 201 and 150 answer 402 quota-exceeded.
# Not a test: it prints numbers. Needs a JDK, psql, openssl, curl and jq; wrk for part 2.
# Environment: PORT (18080; the unmetered instance PORT+1), RUNS (1000 pairs measured, after WARMUP_RUNS 300),
#              CONNECTIONS (32), DURATION (20s), POSTS (400), RACE (50), ACCOUNTS (8),
#              PG_ADMIN_URL (postgresql://postgres@127.0.0.1:5432/postgres), KEEP_DB (false: drop the database after),
#              JAVA_OPTS. Only loopback is ever targeted.
NEEDS_WRK=false
source "$(dirname "$0")/lib.sh"

RUNS=${RUNS:-1000}
WARMUP_RUNS=${WARMUP_RUNS:-300}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-20s}
POSTS=${POSTS:-400}
RACE=${RACE:-50}
ACCOUNTS=${ACCOUNTS:-8}
PG_ADMIN_URL=${PG_ADMIN_URL:-postgresql://postgres@127.0.0.1:5432/postgres}
KEEP_DB=${KEEP_DB:-false}
UNMETERED_PORT=$((PORT + 1))
UNMETERED="http://127.0.0.1:$UNMETERED_PORT"
for tool in jq psql openssl; do
  command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 1; }
done

DB="blogflow_bench_billing_$$"
JDBC_URL="jdbc:postgresql://${PG_ADMIN_URL#postgresql://*@}"
JDBC_URL="${JDBC_URL%/*}/$DB"
drop_database() {
  if [ "$KEEP_DB" = true ]; then
    echo "database kept: ${PG_ADMIN_URL%/*}/$DB" >&2
  else
    psql -q "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  fi
}
trap 'cleanup; drop_database' EXIT
psql -q "$PG_ADMIN_URL" -c "CREATE DATABASE $DB" >/dev/null
# Both instances sign and verify tokens with one key pair, and seal provider secrets with one key.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$DATA_DIR/private.pem" 2>/dev/null
openssl pkey -in "$DATA_DIR/private.pem" -pubout -out "$DATA_DIR/public.pem"
ENCRYPTION_KEY=$(openssl rand -base64 32)

start_instance() { # port, name, metered (true/false)
  mkdir -p "$DATA_DIR/$2"
  DB_URL="$JDBC_URL" DB_USER=postgres DB_PASSWORD= BLOGFLOW_DATA_DIR="$DATA_DIR/$2" QUARKUS_HTTP_PORT="$1" \
    LOG_JSON=false BLOGFLOW_LLM_METERED="$3" BLOGFLOW_LLM_ALLOWED_HOSTS=127.0.0.1 \
    BLOGFLOW_LLM_ALLOW_PRIVATE_NETWORKS=true BLOGFLOW_LLM_ENCRYPTION_KEY="$ENCRYPTION_KEY" \
    BLOGFLOW_JWT_PRIVATE_KEY_LOCATION="$DATA_DIR/private.pem" BLOGFLOW_JWT_PUBLIC_KEY_LOCATION="$DATA_DIR/public.pem" \
    BLOGFLOW_ADMIN_EMAIL="$ADMIN_EMAIL" BLOGFLOW_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    BLOGFLOW_RATE_LIMIT_API_CAPACITY=1000000000 BLOGFLOW_RATE_LIMIT_CREDENTIALS_CAPACITY=1000000000 \
    java ${JAVA_OPTS:-} -jar "$JAR" > "$DATA_DIR/$2/app.log" 2>&1 &
  BACKGROUND_PIDS+=("$!")
  for _ in $(seq 1 1200); do
    curl -sf "http://127.0.0.1:$1/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  cat "$DATA_DIR/$2/app.log" >&2
  exit 1
}

stub_instant_completions() {
  jq -n '{request: {method: "POST", url: "/v1/chat/completions"},
    response: {status: 200, headers: {"Content-Type": "application/json"},
      jsonBody: {id: "chatcmpl-bench", object: "chat.completion", created: 1763892000, model: "gpt-4o-mini",
        choices: [{index: 0, message: {role: "assistant", content: "A short idea."}, finish_reason: "stop"}],
        usage: {prompt_tokens: 20, completion_tokens: 5, total_tokens: 25}}}}' \
    | curl -sf -o /dev/null -X POST "$FAKE/__admin/mappings" -H 'Content-Type: application/json' -d @-
}

api() { # method, path, optional JSON body, optional token (default TOKEN)
  curl -sf -X "$1" "$BASE$2" -H "Authorization: Bearer ${4:-$TOKEN}" -H 'Content-Type: application/json' ${3:+-d "$3"}
}

timer() { # p50 and p99 of a timer of the metered app, in ms: a metric name and a label filter ('' for none)
  curl -sf "$BASE/q/metrics" | awk -v name="$1" -v labels="$2" '
    index($0, name "{") == 1 && (labels == "" || index($0, labels)) && /quantile="0.5"/ { p50 = $2 * 1000 }
    index($0, name "{") == 1 && (labels == "" || index($0, labels)) && /quantile="0.99"/ { p99 = $2 * 1000 }
    index($0, name "_count") == 1 && (labels == "" || index($0, labels)) { n = $2 }
    END { printf "p50 %.3f ms, p99 %.3f ms (%d in all)", p50, p99, n }'
}
metering() { timer blogflow_billing_metering_seconds ''; }
statement() { timer blogflow_billing_statement_seconds "statement=\"$1\""; }

runs_used() { api GET /api/v1/me/usage "" "${1:-$TOKEN}" | jq '.metrics.ai_runs.used'; }

log "blogflow billing benchmark $(date -u +%FT%TZ) on $(nproc) cores, $(java -version 2>&1 | head -1)"
log "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (a shared machine: other builds may run meanwhile)"
start_wiremock
stub_instant_completions
start_instance "$PORT" metered true   # migrates the schema first
start_instance "$UNMETERED_PORT" unmetered false
log "instances ready on one database ($DB): metered on $PORT, unmetered on $UNMETERED_PORT; fake provider at $FAKE (no delay)"

fresh_token
ME=$(api GET /api/v1/me | jq -r .id)
BUSINESS=$(api GET /api/v1/billing/plans | jq -r '.[] | select(.code == "business") | .id')
api PUT "/api/v1/admin/billing/accounts/$ME/plan" "{\"planId\": \"$BUSINESS\"}" > /dev/null
PROVIDER=$(api POST /api/v1/admin/llm/providers "$(jq -nc --arg url "$FAKE/v1" \
  '{name: "bench", type: "openai", baseUrl: $url, authToken: "sk-bench"}')" | jq -r .id)
MODEL=$(api POST "/api/v1/admin/llm/providers/$PROVIDER/models" \
  '{"name": "gpt-4o-mini", "inputPricePerMillion": 0.15, "outputPricePerMillion": 0.60}' | jq -r .id)
api POST /api/v1/llm/prompts '{"name": "bench-idea", "template": "An idea, please."}' > /dev/null
ACTION=$(api POST /api/v1/actions "$(jq -nc --arg model "$MODEL" \
  '{name: "Bench idea", prompt: {name: "bench-idea"}, modelId: $model, maxTokens: 50, output: "basicIdea"}')" \
  | jq -r .id)
POST_IDS=()
for i in $(seq 1 "$POSTS"); do
  fresh_token # on a loaded machine this loop can outlast an access token
  POST_IDS+=("$(api POST /api/v1/posts "{\"title\": \"Bench $i\", \"contentMarkdown\": \"Text.\"}" | jq -r .id)")
done

printf '%s\n' "${POST_IDS[@]}" > "$DATA_DIR/posts.txt"
log "1. what metering costs a run: $RUNS pairs of sequential runs, metered and unmetered back to back (after $WARMUP_RUNS pairs; load average: $(cut -d' ' -f1-3 /proc/loadavg))"
TOKEN=$(access_token)
log "  whole runs as the client sees them: $(java bench/RunOverhead.java "$BASE" "$UNMETERED" "$TOKEN" "$ACTION" \
  "$DATA_DIR/posts.txt" "$WARMUP_RUNS" "$RUNS")"
log "  billing's statements alone (metered app): reserve $(statement reserve); commit $(statement commit); release $(statement release)"
log "  reservation + commit or release as the meter times them: $(metering) (load average: $(cut -d' ' -f1-3 /proc/loadavg))"

if command -v wrk >/dev/null; then
log "2. ledger writes: wrk -c$CONNECTIONS -d$DURATION of runs by $ACCOUNTS accounts (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
# The runs come from ACCOUNTS editors (editors may run actions on every post), each on the Business plan: one
# account's counters are locked by each of its reservations and commits, so a single account serialises its own runs
# and would measure that lock rather than the ledger.
TOKEN=$(access_token) # part 1 may outlast an access token
TOKENS=()
for i in $(seq 1 "$ACCOUNTS"); do
  email="ledger-$i-$RANDOM@bench.local"
  id=$(api POST /api/v1/admin/users "$(jq -nc --arg email "$email" \
    '{name: "Ledger", email: $email, password: "a decent passphrase", role: "editor"}')" | jq -r .id)
  api PUT "/api/v1/admin/billing/accounts/$id/plan" "{\"planId\": \"$BUSINESS\"}" > /dev/null
  TOKENS+=("$(curl -sf -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\": \"$email\", \"password\": \"a decent passphrase\"}" | jq -r .accessToken)")
done
{
  echo "local posts = {"; printf '  "%s",\n' "${POST_IDS[@]}"; echo "}"
  echo "local tokens = {"; printf '  "%s",\n' "${TOKENS[@]}"; echo "}"
  cat <<LUA
local action, n = "$ACTION", 0
function request()
  n = n + 1
  return wrk.format("POST", "/api/v1/posts/" .. posts[(n % #posts) + 1] .. "/actions/" .. action .. "/runs",
    { ["Authorization"] = "Bearer " .. tokens[(n % #tokens) + 1], ["Content-Type"] = "application/json" }, "{}")
end
LUA
} > "$DATA_DIR/runs.lua"
all_runs_used() { local total=0 token; for token in "${TOKENS[@]}"; do total=$((total + $(runs_used "$token"))); done; echo $total; }
before=$(all_runs_used)
out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s "$DATA_DIR/runs.lua" "$BASE")
after=$(all_runs_used)
seconds=${DURATION%s}
log "  $(echo "$out" | awk '$1=="Requests/sec:"{print $2}') runs/s, p50 $(echo "$out" | awk '$1=="50%"{print $2}'), p99 $(echo "$out" | awk '$1=="99%"{print $2}'), non-2xx: $(echo "$out" | grep -o 'Non-2xx or 3xx responses: [0-9]*' | grep -o '[0-9]*$' || echo 0)"
log "  metered runs: $((after - before)) in ${seconds}s → $(( (after - before) / seconds )) runs/s, $(( 3 * (after - before) / seconds )) ledger records/s (3 a run, each with its counter)"
log "  metering under load: $(metering)"
else
  log "2. ledger writes: skipped (wrk is not installed)"
fi

log "3. 200 runs, $RACE at a time, against a plan allowing 50"
TOKEN=$(access_token)
CAPPED=$(api POST /api/v1/admin/billing/plans "$(jq -nc --arg code "bench-cap-$RANDOM" '{code: $code, name: "Cap 50",
  currency: "USD", monthlyPrice: 0, yearlyPrice: 0, limits: {ai_runs: {included: 50, hardCap: 50}}}')" | jq -r .id)
EMAIL="racer-$RANDOM@bench.local"
RACER=$(api POST /api/v1/admin/users "$(jq -nc --arg email "$EMAIL" \
  '{name: "Racer", email: $email, password: "a decent passphrase", role: "author"}')" | jq -r .id)
api PUT "/api/v1/admin/billing/accounts/$RACER/plan" "{\"planId\": \"$CAPPED\"}" > /dev/null
RACER_TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\": \"$EMAIL\", \"password\": \"a decent passphrase\"}" | jq -r .accessToken)
RACE_POSTS=()
for i in $(seq 1 8); do
  RACE_POSTS+=("$(api POST /api/v1/posts "{\"title\": \"Race $i\", \"contentMarkdown\": \"Text.\"}" "$RACER_TOKEN" \
    | jq -r .id)")
done
export BASE ACTION RACER_TOKEN
# xargs' placeholder is POST_ID, not {}: with -I{} it also replaced the JSON body '{}' by the post id, so every run
# was refused 400 (the broken "200×400" of earlier reports) and the cap was never raced.
seq 0 199 | while read -r i; do echo "${RACE_POSTS[$((i % 8))]}"; done \
  | xargs -P "$RACE" -I POST_ID curl -s -o /dev/null -w '%{http_code}\n' -X POST \
      "$BASE/api/v1/posts/POST_ID/actions/$ACTION/runs" \
      -H "Authorization: Bearer $RACER_TOKEN" -H 'Content-Type: application/json' -d '{}' > "$DATA_DIR/race.txt"
ok=$(grep -c '^201$' "$DATA_DIR/race.txt" || true)
refused=$(grep -c '^402$' "$DATA_DIR/race.txt" || true)
log "  answers: $(sort "$DATA_DIR/race.txt" | uniq -c | awk '{printf "%s× HTTP %s, ", $1, $2}')"
log "  hard cap held: $([ "$ok" -eq 50 ] && [ "$refused" -eq 150 ] && echo "yes (50 × 201, 150 × 402)" \
  || echo "NO ($ok × 201, $refused × 402)")"
log "  the account's ai_runs afterwards: $(runs_used "$RACER_TOKEN") used, $(api GET /api/v1/me/usage "" "$RACER_TOKEN" | jq '.metrics.ai_runs.reserved') reserved"
log "report: $REPORT"
