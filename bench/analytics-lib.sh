# Shared set-up of the analytics benchmarks (sourced after `set -euo pipefail` and `cd` to the repository): a
# database of their own on PG_ADMIN_URL's server (dropped at exit unless KEEP_DB=1), a work folder with the app's keys
# and log (removed at exit), log/sql helpers, and start_app/stop_app. Set BENCH_NAME (the report's name) and BENCH_DB
# (part of the database's name) first.
PORT=${PORT:-18080}
BASE="http://127.0.0.1:${PORT}"
POSTS=${POSTS:-200}
PG_ADMIN_URL=${PG_ADMIN_URL:-postgresql://postgres@127.0.0.1:5432/postgres}
JAR=${JAR:-bootstrap/target/quarkus-app/quarkus-run.jar}
DB="blogflow_bench_${BENCH_DB}_$$"
DB_URL_PSQL="${PG_ADMIN_URL%/*}/$DB"
WORK=$(mktemp -d "/tmp/blogflow-bench-$BENCH_DB.XXXXXX")
ADMIN_EMAIL=bench-admin@blogflow.local
ADMIN_PASSWORD=bench-admin-passphrase
APP_PID=""
LIVE_PID=""
mkdir -p bench/results
REPORT="bench/results/$BENCH_NAME-$(date -u +%Y%m%dT%H%M%SZ).txt"

command -v psql >/dev/null || { echo "psql is required (apt-get install postgresql-client)" >&2; exit 1; }
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

cleanup() {
  [ -n "$LIVE_PID" ] && kill "$LIVE_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ "${KEEP_DB:-0}" = 1 ] || psql -q "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
log() { echo "$*" | tee -a "$REPORT"; }
sql() { psql -qtAX -v ON_ERROR_STOP=1 "$DB_URL_PSQL" -c "$1"; }
export PGTZ=UTC

psql -q "$PG_ADMIN_URL" -c "CREATE DATABASE $DB" >/dev/null
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
JDBC_URL="jdbc:postgresql://${PG_ADMIN_URL#postgresql://*@}"
JDBC_URL="${JDBC_URL%/*}/$DB"

# Starts the app on the bench database (the rollup job every $1, partitions left alone; more VAR=value settings
# after it) and waits until it is ready: ours, not another app on the port (a shared machine).
start_app() {
  local interval=$1
  shift
  env DB_URL="$JDBC_URL" DB_USER=postgres DB_PASSWORD= BLOGFLOW_DATA_DIR="$WORK" QUARKUS_HTTP_PORT="$PORT" LOG_JSON=false \
    BLOGFLOW_JWT_PRIVATE_KEY_LOCATION="$WORK/private.pem" BLOGFLOW_JWT_PUBLIC_KEY_LOCATION="$WORK/public.pem" \
    BLOGFLOW_LLM_ENCRYPTION_KEY="$(openssl rand -base64 32)" \
    BLOGFLOW_ADMIN_EMAIL="$ADMIN_EMAIL" BLOGFLOW_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    BLOGFLOW_ANALYTICS_ROLLUP_INTERVAL="$interval" BLOGFLOW_ANALYTICS_PARTITIONS_INTERVAL=off "$@" \
    java ${JAVA_OPTS:-} -jar "$JAR" >> "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 1200); do
    kill -0 "$APP_PID" 2>/dev/null || break
    curl -sf "$BASE/q/health/ready" >/dev/null 2>&1 && break
    sleep 0.1
  done
  kill -0 "$APP_PID" 2>/dev/null && curl -sf "$BASE/q/health/ready" >/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }
