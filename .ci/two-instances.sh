#!/usr/bin/env bash
# Two blogflow instances side by side, as behind a load balancer (docs/instances.md): the runnable jar twice, on two
# ports, sharing the external PostgreSQL (a database created for the run and dropped after it), Redis (the rate
# limits, under a key prefix of the run's own) and S3 (Adobe's S3Mock, run from its jar) for media. Checks:
#   1. a post published on one is served by the other within 1 s, and so is an edit of it (the other's public
#      cache follows PostgreSQL's change signal);
#   2. a session logged out on one is refused by the other at once (within 1 s; the first request after the logout
#      is reported);
#   3. the rate limit is shared: the remaining count goes down across instances, and once it is spent both refuse;
#   4. scheduled publishing happens exactly once: posts scheduled through both instances are each published once;
#   5. media uploaded on one is served by the other (the original and a rendition made there).
# Prints one line per check and "two-instances: N passed, M failed"; exits non-zero when a check fails.
# Environment: PORT and PORT2 (default: free ports), PG_ADMIN_URL
# (postgresql://postgres@127.0.0.1:5432/postgres), REDIS_HOST/REDIS_PORT (127.0.0.1/6379), JAVA_OPTS
# (-Xmx384m -XX:+UseSerialGC), KEEP_LOGS (a directory to copy the logs to).
set -euo pipefail
cd "$(dirname "$0")/.."

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT=${PORT:-$(free_port)}
PORT2=${PORT2:-$(free_port)}
A="http://127.0.0.1:$PORT"
B="http://127.0.0.1:$PORT2"
PG_ADMIN_URL=${PG_ADMIN_URL:-postgresql://postgres@127.0.0.1:5432/postgres}
REDIS_HOST=${REDIS_HOST:-127.0.0.1}
REDIS_PORT=${REDIS_PORT:-6379}
JAVA_OPTS=${JAVA_OPTS:--Xmx384m -XX:+UseSerialGC}
JAR=bootstrap/target/quarkus-app/quarkus-run.jar
S3MOCK_VERSION=$(sed -n 's:.*<s3mock.version>\(.*\)</s3mock.version>.*:\1:p' pom.xml)
S3MOCK_JAR="$HOME/.m2/repository/com/adobe/testing/s3mock/$S3MOCK_VERSION/s3mock-$S3MOCK_VERSION-exec.jar"
DB="blogflow_two_$$"
DB_PSQL="${PG_ADMIN_URL%/*}/$DB"
JDBC_URL="jdbc:postgresql://${PG_ADMIN_URL#postgresql://*@}"
JDBC_URL="${JDBC_URL%/*}/$DB"
WORK=$(mktemp -d /tmp/blogflow-two.XXXXXX)
ADMIN_EMAIL=ci-admin@blogflow.local
ADMIN_PASSWORD=ci-admin-passphrase-two
PIDS=()
PASSED=0
FAILED=0

trap 'echo "two-instances: aborted at line $LINENO (a request failed): $PASSED passed, $((FAILED + 1)) failed" >&2' ERR
for tool in psql openssl curl jq python3 redis-cli bc; do
  command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 1; }
done
[ -f "$JAR" ] || ./mvnw -B -q -ntp package -DskipTests
[ -f "$S3MOCK_JAR" ] || ./mvnw -B -q -ntp dependency:get -Dtransitive=false \
  -Dartifact="com.adobe.testing:s3mock:$S3MOCK_VERSION:jar:exec"

cleanup() {
  local pid
  for pid in ${PIDS[@]+"${PIDS[@]}"}; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  psql -q "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  if command -v redis-cli >/dev/null; then
    redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" --scan --pattern "blogflow-two-$$:*" 2>/dev/null \
      | xargs -r redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" del >/dev/null 2>&1 || true
  fi
  if [ -n "${KEEP_LOGS:-}" ]; then mkdir -p "$KEEP_LOGS" && cp "$WORK"/*.log "$KEEP_LOGS"/ 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

pass() { PASSED=$((PASSED + 1)); echo "PASS $*"; }
fail() { FAILED=$((FAILED + 1)); echo "FAIL $*"; }
sql() { psql -qtAX "$DB_PSQL" -c "$1"; }
now() { date +%s.%N; }
ms_since() { echo "($(now) - $1) * 1000 / 1" | bc; }
api() { # base, method, path, [json body]: prints the body, fails on an error status
  curl -sf -X "$2" "$1$3" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' ${4:+-d "$4"}
}
status() { # base, path, [token]: prints the HTTP status of a GET
  curl -s -o /dev/null -w '%{http_code}' "$1$2" ${3:+-H "Authorization: Bearer $3"}
}
await_http() { # url, seconds, log, pid of the process that must answer
  local deadline=$(( $(date +%s) + $2 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    kill -0 "$4" 2>/dev/null || { echo "the process behind $1 ended; its log:" >&2; tail -50 "$3" >&2; exit 1; }
    curl -s -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.2
  done
  echo "no answer from $1 within $2 s; its log:" >&2
  tail -50 "$3" >&2
  exit 1
}

# --- The shared services --------------------------------------------------------------------------------------
if ! (exec 3<>"/dev/tcp/$REDIS_HOST/$REDIS_PORT") 2>/dev/null; then
  echo "Redis is not answering on $REDIS_HOST:$REDIS_PORT; starting it"
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" --appendonly no \
    --dir /var/lib/redis --logfile /var/log/redis/ci.log
  for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/$REDIS_HOST/$REDIS_PORT") 2>/dev/null && break; sleep 0.1; done
fi
psql -q "$PG_ADMIN_URL" -c "CREATE DATABASE $DB" >/dev/null
S3_PORT=$(free_port)
mkdir -p "$WORK/s3"
java -Xmx256m -XX:TieredStopAtLevel=1 -jar "$S3MOCK_JAR" --com.adobe.testing.s3mock.httpPort="$S3_PORT" \
  --server.port="$(free_port)" --com.adobe.testing.s3mock.store.root="$WORK/s3" \
  --com.adobe.testing.s3mock.store.initialBuckets=media --spring.main.banner-mode=off > "$WORK/s3mock.log" 2>&1 &
PIDS+=($!)
S3MOCK_PID=$!

# Both instances sign and verify tokens with one key pair, and seal secrets with one key.
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
ENCRYPTION_KEY=$(openssl rand -base64 32)

# A busy CI host can take seconds to open a database connection: the pool waits 30 s instead of 5 before failing.
start() { # port, name
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then echo "port $1 is taken by another process" >&2; exit 1; fi
  mkdir -p "$WORK/$2"
  # shellcheck disable=SC2086
  DB_URL="$JDBC_URL" DB_USER=postgres DB_PASSWORD= BLOGFLOW_DATA_DIR="$WORK/$2" QUARKUS_HTTP_PORT="$1" LOG_JSON=false \
    BLOGFLOW_JWT_PRIVATE_KEY_LOCATION="$WORK/private.pem" BLOGFLOW_JWT_PUBLIC_KEY_LOCATION="$WORK/public.pem" \
    BLOGFLOW_LLM_ENCRYPTION_KEY="$ENCRYPTION_KEY" \
    BLOGFLOW_ADMIN_EMAIL="$ADMIN_EMAIL" BLOGFLOW_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    BLOGFLOW_REDIS_URL="redis://$REDIS_HOST:$REDIS_PORT" BLOGFLOW_REDIS_KEY_PREFIX="blogflow-two-$$:" \
    BLOGFLOW_RATE_LIMIT_API_CAPACITY=300 BLOGFLOW_RATE_LIMIT_API_WINDOW=24h \
    BLOGFLOW_MEDIA_STORAGE=s3 BLOGFLOW_MEDIA_S3_BUCKET=media BLOGFLOW_MEDIA_S3_ENDPOINT="http://127.0.0.1:$S3_PORT" \
    BLOGFLOW_MEDIA_S3_ACCESS_KEY=ci BLOGFLOW_MEDIA_S3_SECRET_KEY=ci \
    BLOGFLOW_PUBLISHING_INTERVAL=1s QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=30s \
    java $JAVA_OPTS -jar "$JAR" > "$WORK/$2.log" 2>&1 &
  PIDS+=($!)
  await_http "http://127.0.0.1:$1/q/health/ready" 600 "$WORK/$2.log" "${PIDS[-1]}" # seconds on an idle host; minutes on a busy one
}
begin=$(date +%s)
start "$PORT" one   # migrates the schema first
start "$PORT2" two
echo "two instances ready on $PORT and $PORT2 after $(( $(date +%s) - begin )) s"
TOKEN=$(curl -sf -X POST "$A/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\": \"$ADMIN_EMAIL\", \"password\": \"$ADMIN_PASSWORD\"}" | jq -r .accessToken)

# --- 1. Published on one, fresh on the other ---------------------------------------------------------------------
post=$(api "$A" POST /api/v1/posts \
  '{"title": "Two instances", "slug": "two-instances", "contentMarkdown": "Body.", "metaDescription": "About."}')
post_id=$(echo "$post" | jq -r .id)
[ "$(status "$B" /api/v1/public/posts/by-slug/two-instances)" = 404 ] || fail "the post is public before it is published"
etag=$(curl -sf -D - -o /dev/null -X POST "$A/api/v1/posts/$post_id/publish" -H "Authorization: Bearer $TOKEN" \
  -H 'If-Match: "0"' | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
# Staleness is when the first fresh answer's request was sent (not answered: a busy host answers slowly).
t0=$(now)
seen=""
while [ "$(ms_since "$t0")" -lt 1000 ]; do
  sent=$(ms_since "$t0")
  [ "$(status "$B" /api/v1/public/posts/by-slug/two-instances)" = 200 ] && { seen=$sent; break; }
done
if [ -n "$seen" ]; then pass "published on one, served by the other to a request sent ${seen} ms after (answered after $(ms_since "$t0") ms)"
else fail "a post published on one is not served by the other to requests sent within 1 s"; fi
# The other instance now holds the post in its public cache; an edit on the first must replace it.
curl -sf -o /dev/null -X PATCH "$A/api/v1/posts/$post_id" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/merge-patch+json' -H "If-Match: $etag" -d '{"title": "Two instances, edited"}'
t0=$(now)
seen=""
while [ "$(ms_since "$t0")" -lt 1000 ]; do
  sent=$(ms_since "$t0")
  title=$(curl -s "$B/api/v1/public/posts/by-slug/two-instances" | jq -r '.title // empty')
  [ "$title" = "Two instances, edited" ] && { seen=$sent; break; }
done
if [ -n "$seen" ]; then pass "edited on one, fresh on the other to a request sent ${seen} ms after (answered after $(ms_since "$t0") ms)"
else fail "an edit on one is not served by the other to requests sent within 1 s (it answers \"$title\")"; fi

# --- 2. Logged out on one, refused by the other ------------------------------------------------------------------
session=$(curl -sf -X POST "$A/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\": \"$ADMIN_EMAIL\", \"password\": \"$ADMIN_PASSWORD\"}" | jq -r .accessToken)
before=$(status "$B" /api/v1/me "$session")   # the other instance now knows the session as active (cached)
curl -sf -o /dev/null -X POST "$A/api/v1/auth/logout" -H "Authorization: Bearer $session"
t0=$(now)
first=$(status "$B" /api/v1/me "$session")
refused=""
[ "$first" = 401 ] && refused=0
while [ -z "$refused" ] && [ "$(ms_since "$t0")" -lt 1000 ]; do
  sent=$(ms_since "$t0")
  [ "$(status "$B" /api/v1/me "$session")" = 401 ] && refused=$sent
done
if [ "$before" = 200 ] && [ -n "$refused" ]; then
  pass "logged out on one, refused by the other to a request sent ${refused} ms after (the first request after the logout: $first)"
else fail "a session logged out on one is not refused by the other within 1 s (before: $before, first: $first)"; fi

# --- 3. One rate limit for both ---------------------------------------------------------------------------------
remaining() { curl -s -D - -o /dev/null "$1/api/v1/me" -H "Authorization: Bearer $TOKEN" | tr -d '\r' \
  | sed -n 's/^[Rr]ate[Ll]imit-[Rr]emaining: //p'; }
r1=$(remaining "$A")
r2=$(remaining "$B")
allowed=0
last=""
for i in $(seq 1 400); do
  base=$([ $((i % 2)) -eq 0 ] && echo "$A" || echo "$B")
  code=$(status "$base" /api/v1/me "$TOKEN")
  [ "$code" = 429 ] && { last=$base; break; }
  allowed=$((allowed + 1))
done
other=$([ "$last" = "$A" ] && echo "$B" || echo "$A")
other_code=$(status "$other" /api/v1/me "$TOKEN")
if [ "$r2" = "$((r1 - 1))" ] && [ -n "$last" ] && [ "$allowed" -le "$((r2 + 1))" ] && [ "$other_code" = 429 ]; then
  pass "one rate limit: remaining $r1 on one then $r2 on the other; $allowed more passed, alternating, then both refuse"
else fail "rate limit not shared: remaining $r1 then $r2, $allowed passed (at most $r2, or one more refilled, expected), other instance: $other_code"; fi
# The counts live in Redis: with the run's buckets removed, the same principal passes again on both.
redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" --scan --pattern "blogflow-two-$$:*" \
  | xargs -r redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" del >/dev/null
if [ "$(status "$A" /api/v1/me "$TOKEN")" = 200 ] && [ "$(status "$B" /api/v1/me "$TOKEN")" = 200 ]; then
  pass "the buckets are in Redis: with the run's keys removed, both instances let the principal through again"
else fail "the principal is still refused after the run's Redis keys were removed"; fi

# --- 4. Scheduled publishing, exactly once -------------------------------------------------------------------------
ids=()
for i in $(seq 1 20); do
  base=$([ $((i % 2)) -eq 0 ] && echo "$A" || echo "$B")
  ids+=("$(api "$base" POST /api/v1/posts "{\"title\": \"Scheduled $i\", \"slug\": \"scheduled-$i\", \
\"contentMarkdown\": \"Body $i.\", \"metaDescription\": \"About $i.\"}" | jq -r .id)")
done
due=$(date -u -d '+10 seconds' +%Y-%m-%dT%H:%M:%SZ)
i=0
for id in "${ids[@]}"; do
  i=$((i + 1))
  base=$([ $((i % 2)) -eq 0 ] && echo "$A" || echo "$B")
  curl -sf -o /dev/null -X POST "$base/api/v1/posts/$id/schedule" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -H 'If-Match: "0"' -d "{\"scheduledAt\": \"$due\"}"
done
in_list=$(printf "'%s'," "${ids[@]}"); in_list=${in_list%,}
published=0
for _ in $(seq 1 150); do
  published=$(sql "SELECT count(*) FROM posts WHERE id::text IN ($in_list) AND status = 'PUBLISHED'")
  [ "$published" = 20 ] && break
  sleep 0.2
done
sleep 2 # a second publication, were there one, would come within the next runs
read -r entries distinct <<< "$(sql "SELECT count(*), count(DISTINCT target_id) FROM audit_log
  WHERE action = 'post.published-as-scheduled' AND target_id IN ($in_list)" | tr '|' ' ')"
if [ "$published" = 20 ] && [ "$entries" = 20 ] && [ "$distinct" = 20 ]; then
  pass "scheduled publishing: 20 posts scheduled through both instances, each published once"
else fail "scheduled publishing: $published of 20 published, $entries publications of $distinct posts"; fi

# --- 5. Media uploaded on one, served by the other ----------------------------------------------------------------
await_http "http://127.0.0.1:$S3_PORT/" 300 "$WORK/s3mock.log" "$S3MOCK_PID"
python3 - "$WORK/upload.png" <<'PY'
import struct, sys, zlib
w, h = 640, 400
rows = b''.join(b'\x00' + bytes(v for x in range(w) for v in ((x * 3 + y) % 256, (y * 2) % 256, (x ^ y) % 256))
                for y in range(h))
def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) \
    + chunk(b'IDAT', zlib.compress(rows)) + chunk(b'IEND', b'')
open(sys.argv[1], 'wb').write(png)
PY
media_id=$(curl -sf -X POST "$A/api/v1/media" -H "Authorization: Bearer $TOKEN" \
  -F "file=@$WORK/upload.png;type=image/png" -F 'altText=Two instances' | jq -r .id)
curl -sf -o "$WORK/from-a.png" "$A/media/$media_id/original" || true
code_original=$(curl -s -o "$WORK/from-b.png" -w '%{http_code}' "$B/media/$media_id/original")
code_variant=$(curl -s -o "$WORK/from-b.webp" -w '%{http_code}' -H 'Accept: image/webp' "$B/media/$media_id/w320")
if [ "$code_original" = 200 ] && cmp -s "$WORK/from-a.png" "$WORK/from-b.png" && [ "$code_variant" = 200 ] \
   && [ "$(head -c 4 "$WORK/from-b.webp")" = RIFF ]; then
  pass "media uploaded on one is served by the other: the original ($(stat -c %s "$WORK/from-b.png") bytes, the same) and a WebP rendition made there"
else fail "media uploaded on one: the other answers $code_original for the original, $code_variant for w320"; fi

# The packaged app prepares its OpenAPI document at the first request (LazyOpenApiDocumentService, prod profile
# only, so no @QuarkusTest sees it): it must still be the document the tests checked.
saved=bootstrap/target/openapi.json
served_paths=$(curl -sf "$B/q/openapi?format=json" | jq '.paths | length' 2>/dev/null || echo none)
if [ -f "$saved" ] && [ "$served_paths" = "$(jq '.paths | length' "$saved")" ]; then
  pass "the packaged app's OpenAPI document, prepared at its first request, has the $served_paths paths the tests checked"
elif [ ! -f "$saved" ] && [ "$served_paths" != none ] && [ "$served_paths" -gt 0 ]; then
  pass "the packaged app serves its OpenAPI document, prepared at its first request ($served_paths paths)"
else fail "the packaged app's OpenAPI document: $served_paths paths served"; fi

echo "two-instances: $PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
