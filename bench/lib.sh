# Shared by the benchmark scripts: build if needed, start the app on loopback, wait until ready, log in, stop.
# shellcheck shell=bash
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PORT=${PORT:-18080}
BASE="http://127.0.0.1:${PORT}"
JAR=${JAR:-bootstrap/target/quarkus-app/quarkus-run.jar}
DATA_DIR=$(mktemp -d /tmp/blogflow-bench.XXXXXX)
# What bin/blogflow and the container image set: the benchmarks measure the memory the shipped run command gets.
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# ... and its JVM flags (memory defaults, start-up flags) unless JAVA_OPTS is set ("" for none): without them the
# heap may grow to a quarter of the host's memory, which is not what a deployment runs.
JAVA_OPTS=${JAVA_OPTS-$(cat bin/jvm-options bin/jvm-startup-options 2>/dev/null | tr '\n' ' ')}
ADMIN_EMAIL=bench-admin@blogflow.local
ADMIN_PASSWORD=bench-admin-passphrase
APP_PID=""
BACKGROUND_PIDS=() # other processes a script starts (e.g. a fake provider): stopped on exit, before the data dir goes
mkdir -p bench/results
REPORT="bench/results/$(basename "$0" .sh)-$(date -u +%Y%m%dT%H%M%SZ).txt"

if [ "${NEEDS_WRK:-true}" = true ]; then
  command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)" >&2; exit 1; }
fi
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  local pid
  for pid in ${BACKGROUND_PIDS[@]+"${BACKGROUND_PIDS[@]}"}; do
    kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  rm -rf "$DATA_DIR"
}
trap cleanup EXIT

log() { echo "$*" | tee -a "$REPORT"; }

# Starts the app and waits (bounded) until ready; sets READY (s), STARTED (Quarkus' own figure, s) and RSS (MB).
# Rate limits are lifted so the load generator measures the service, not the limiter's refusals.
start_app() {
  local begin end
  begin=$(date +%s.%N)
  BLOGFLOW_DATA_DIR="$DATA_DIR" QUARKUS_HTTP_PORT="$PORT" LOG_JSON=false \
    BLOGFLOW_ADMIN_EMAIL="$ADMIN_EMAIL" BLOGFLOW_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    BLOGFLOW_RATE_LIMIT_API_CAPACITY=1000000000 BLOGFLOW_RATE_LIMIT_CREDENTIALS_CAPACITY=1000000000 \
    java ${JAVA_OPTS:-} -jar "$JAR" > "$DATA_DIR/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 600); do
    curl -sf "$BASE/q/health/ready" >/dev/null 2>&1 && break
    sleep 0.05
  done
  curl -sf "$BASE/q/health/ready" >/dev/null || { cat "$DATA_DIR/app.log" >&2; exit 1; }
  end=$(date +%s.%N)
  sleep 2 # let start-up work settle before reading memory
  READY=$(echo "$end - $begin" | bc)
  STARTED=$(grep -o 'started in [0-9.]*s' "$DATA_DIR/app.log" | grep -o '[0-9.]*' || echo "?")
  RSS=$(( $(ps -o rss= -p "$APP_PID") / 1024 ))
}

stop_app() {
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

# Echoes a fresh access token of the bench admin (from the app at BASE, or at the base URL given).
access_token() {
  curl -sf -X POST "${1:-$BASE}/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\": \"$ADMIN_EMAIL\", \"password\": \"$ADMIN_PASSWORD\"}" \
    | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'
}

# Keeps TOKEN usable through long runs: logs in again when it is older than TOKEN_MAX_AGE seconds (300: access tokens
# live 10 minutes). Call it before each request (or batch of them); it costs a clock read when the token is fresh.
TOKEN=""
TOKEN_AT=0
fresh_token() {
  local now
  now=$(date +%s)
  if [ -z "$TOKEN" ] || [ $((now - TOKEN_AT)) -ge "${TOKEN_MAX_AGE:-300}" ]; then
    TOKEN=$(access_token "$@")
    TOKEN_AT=$now
  fi
}

# One wrk measurement after a 5 s warm-up: logs req/s, p50, p99 and non-2xx/3xx answers. Uses CONNECTIONS (32) and
# DURATION (15s). Arguments: a name, then wrk's arguments.
run() {
  local name=$1; shift
  wrk -t2 -c"${CONNECTIONS:-32}" -d5s "$@" > /dev/null
  local out
  out=$(wrk -t2 -c"${CONNECTIONS:-32}" -d"${DURATION:-15s}" --latency "$@")
  log "  $name: $(echo "$out" | grep 'Requests/sec' | awk '{print $2}') req/s, p50 $(echo "$out" | awk '$1=="50%"{print $2}'), p99 $(echo "$out" | awk '$1=="99%"{print $2}'), non-2xx/3xx: $(echo "$out" | grep -o 'Non-2xx or 3xx responses: [0-9]*' | grep -o '[0-9]*$' || echo 0)"
}

# WireMock standalone in its own JVM, as a fake provider for the scripts that need one (fetched into the local
# Maven repository on first use).
WIREMOCK_VERSION=3.13.1
WIREMOCK_JAR="$HOME/.m2/repository/org/wiremock/wiremock-standalone/$WIREMOCK_VERSION/wiremock-standalone-$WIREMOCK_VERSION.jar"

# Starts WireMock on a free loopback port (it picks one; its start-up lines name it) and sets FAKE (its base URL).
start_wiremock() {
  [ -f "$WIREMOCK_JAR" ] || ./mvnw -B -q dependency:get -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION"
  mkdir -p "$DATA_DIR/wiremock"
  java -Xmx256m -jar "$WIREMOCK_JAR" --port 0 --bind-address 127.0.0.1 --root-dir "$DATA_DIR/wiremock" \
    --no-request-journal --disable-request-logging --disable-banner \
    --async-response-enabled true --container-threads 200 > "$DATA_DIR/wiremock.log" 2>&1 &
  BACKGROUND_PIDS+=("$!")
  local port=""
  for _ in $(seq 1 600); do
    port=$(sed -n 's/^port: *\([0-9]*\).*/\1/p' "$DATA_DIR/wiremock.log")
    [ -n "$port" ] && curl -sf "http://127.0.0.1:$port/__admin/health" >/dev/null 2>&1 && break
    sleep 0.05
  done
  [ -n "$port" ] || { cat "$DATA_DIR/wiremock.log" >&2; exit 1; }
  FAKE="http://127.0.0.1:$port"
}

# Readers' views of seeded posts (the blog's post_view_counts, what sort=popular orders by): seed_views <slug prefix>
# <SQL expression of n, the number ending the slug>. Uses the calling script's sql function.
seed_views() {
  sql "INSERT INTO post_view_counts (post_id, views)
       SELECT id, $2 FROM (SELECT id, substring(slug FROM '[0-9]+\$')::bigint AS n FROM posts WHERE slug LIKE '$1%') p
       ON CONFLICT (post_id) DO UPDATE SET views = EXCLUDED.views"
}

# Points the app at an external PostgreSQL (a JDBC URL, trust authentication): with DB_URL set nothing embedded
# starts, development keys included, so this makes a key pair and an encryption key for the run.
use_external_database() {
  command -v openssl >/dev/null || { echo "openssl is required" >&2; exit 1; }
  export DB_URL="$1" DB_USER=postgres DB_PASSWORD=unused
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$DATA_DIR/private.pem" 2>/dev/null
  openssl pkey -in "$DATA_DIR/private.pem" -pubout -out "$DATA_DIR/public.pem"
  export BLOGFLOW_JWT_PRIVATE_KEY_LOCATION="$DATA_DIR/private.pem" BLOGFLOW_JWT_PUBLIC_KEY_LOCATION="$DATA_DIR/public.pem"
  export BLOGFLOW_LLM_ENCRYPTION_KEY
  BLOGFLOW_LLM_ENCRYPTION_KEY=$(openssl rand -base64 32)
}
