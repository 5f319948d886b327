#!/usr/bin/env bash
# The README's run command on a fresh machine's path: bin/blogflow (the packaged jar) with no database configured, so
# it starts the embedded PostgreSQL itself. Checks:
#   1. a first start on an empty data folder creates and migrates the database and answers (ready, a public read);
#   2. a clean stop (SIGTERM) stops the embedded server too, once the application has stopped;
#   3. a restart on that data skips Liquibase (the changelog's fingerprint matches) and answers again;
#   4. a command (reset-admin-password for an unknown e-mail) runs against the same database and exits with 1;
#   5. bin/train writes a class-data archive into the build's quarkus-app folder, and a restart through bin/blogflow
#      starts with it (-Xshare:on: the JVM refuses to start when the archive cannot be used) and answers.
# Prints one line per check and "packaged-start: N passed, M failed"; exits non-zero when a check fails.
# Environment: PORT (default: a free port), JAVA_OPTS (more JVM flags for bin/blogflow).
set -euo pipefail
cd "$(dirname "$0")/.."

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT=${PORT:-$(free_port)}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/blogflow-packaged.XXXXXX)
export BLOGFLOW_DATA_DIR="$WORK/data" QUARKUS_HTTP_PORT="$PORT" LOG_JSON=false
export BLOGFLOW_ADMIN_EMAIL=ci-admin@blogflow.local BLOGFLOW_ADMIN_PASSWORD=ci-admin-passphrase-packaged
PASSED=0
FAILED=0
APP_PID=""

[ -f bootstrap/target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -ntp package -DskipTests
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
  pkill -f "postgres -D $WORK/data/postgres" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

pass() { PASSED=$((PASSED + 1)); echo "PASS $*"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL $*"; }
postmaster_running() { pgrep -f "postgres -D $WORK/data/postgres" >/dev/null; }

# Starts bin/blogflow, logging to $1; true once /q/health/ready answers 200 (within 300 s, as long as it runs).
start() {
  bin/blogflow > "$1" 2>&1 &
  APP_PID=$!
  local deadline=$(( $(date +%s) + 300 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$1"; return 1; }
    curl -sf -o /dev/null "$BASE/q/health/ready" && return 0
    sleep 0.2
  done
  return 1
}

stop() {
  kill -TERM "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

begin=$(date +%s)
if start "$WORK/first.log" && [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/public/posts")" = 200 ]; then
  pass "1. first start on an empty data folder: migrated and answering in $(( $(date +%s) - begin )) s"
else
  fail "1. first start on an empty data folder"
fi
stop
if postmaster_running; then fail "2. the embedded PostgreSQL still runs after a clean stop"; else
  pass "2. a clean stop stopped the embedded PostgreSQL too"; fi

begin=$(date +%s)
if start "$WORK/restart.log" && [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/public/posts")" = 200 ] \
    && grep -q "Liquibase and Hibernate's schema validation skipped" "$WORK/restart.log"; then
  pass "3. restart on the migrated data: Liquibase skipped, answering in $(( $(date +%s) - begin )) s"
else
  fail "3. restart on the migrated data (Liquibase skipped, answering)"
fi
stop

code=0
bin/blogflow reset-admin-password nobody@blogflow.local > "$WORK/command.log" 2>&1 || code=$?
if [ "$code" = 1 ] && ! postmaster_running; then
  pass "4. a command on the same database exits with 1 for an unknown e-mail"
else
  fail "4. a command on the same database (exit code $code)"; tail -20 "$WORK/command.log"
fi

export JAVA_OPTS="${JAVA_OPTS:-} -Xshare:on"
if TRAIN_PORT=$(free_port) bin/train > "$WORK/train.log" 2>&1 && start "$WORK/archived.log" \
    && [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/public/posts")" = 200 ]; then
  pass "5. bin/train wrote $(sed -n 's/^wrote \([^ ]*\).*/\1/p' "$WORK/train.log" | xargs basename), and a restart with it answers"
else
  fail "5. bin/train and a restart with its archive"; tail -20 "$WORK/train.log"; tail -20 "$WORK/archived.log" 2>/dev/null || true
fi
stop

echo "packaged-start: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
