#!/usr/bin/env bash
# blogflow authentication benchmark: login latency (Argon2id cost), the timing of unknown-email vs wrong-password
# refusals, and the overhead of an authenticated request (JWT verification, session check, rate limiter) against an
# anonymous one doing the same database work (one account read).
# Needs: a JDK, wrk and curl. Environment: LOGINS (default 30), DURATION (default 15s), CONNECTIONS (default 16).
# Only loopback is ever targeted.
source "$(dirname "$0")/lib.sh"

LOGINS=${LOGINS:-30}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-16}

# Times LOGINS sequential login attempts with the given body; prints "p50 p95 mean" in milliseconds.
time_logins() {
  for _ in $(seq 1 "$LOGINS"); do
    curl -s -o /dev/null -w '%{time_total}\n' -X POST "$BASE/api/v1/auth/login" \
      -H 'Content-Type: application/json' -d "$1"
  done | sort -n | awk '{ v[NR] = $1 * 1000; sum += v[NR] }
    END { printf "p50 %.1f ms, p95 %.1f ms, mean %.1f ms", v[int(NR * 0.5 + 0.5)], v[int(NR * 0.95 + 0.5)], sum / NR }'
}

log "blogflow auth benchmark $(date -u +%FT%TZ) on $(nproc) cores, $(java -version 2>&1 | head -1)"
start_app
TOKEN=$(access_token)
ME=$(curl -sf "$BASE/api/v1/me" -H "Authorization: Bearer $TOKEN")
ADMIN_ID=$(echo "$ME" | sed -E 's/.*"id":"([^"]+)".*/\1/')

time_logins "{\"email\": \"$ADMIN_EMAIL\", \"password\": \"$ADMIN_PASSWORD\"}" > /dev/null # warm-up (JIT)
log "login, right password:   $(time_logins "{\"email\": \"$ADMIN_EMAIL\", \"password\": \"$ADMIN_PASSWORD\"}")"
log "login, wrong password:   $(time_logins "{\"email\": \"$ADMIN_EMAIL\", \"password\": \"not the password\"}")"
log "login, unknown email:    $(time_logins '{"email": "nobody@example.com", "password": "not the password"}')"
# (The wrong-password attempts locked the account; the access token taken before them stays valid.)

wrk -t2 -c"$CONNECTIONS" -d5s "$BASE/api/v1/public/authors/$ADMIN_ID" > /dev/null # warm-up
log "anonymous GET /api/v1/public/authors/{id}:"
log "$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE/api/v1/public/authors/$ADMIN_ID")"
log "authenticated GET /api/v1/me (access token):"
log "$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/me")"
log "report: $REPORT"
