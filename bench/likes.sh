#!/usr/bin/env bash
# blogflow likes benchmark: publishes one post, then THREADS clients (default 32) like it for DURATION seconds
# (default 20), each request with a fresh random X-Visitor-Key (so every answered like is a new one, and all of them
# queue on the one count row: the worst case for contention). Reports likes/s and latency percentiles, then checks
# that the post's likeCount (public API, cache off) equals the number of likes answered 200: exact counts.
# Needs: a JDK and curl. Only loopback is ever targeted.
NEEDS_WRK=false source "$(dirname "$0")/lib.sh"

THREADS=${THREADS:-32}
DURATION=${DURATION:-20}

log "blogflow likes benchmark $(date -u +%FT%TZ) on $(nproc) cores, ${THREADS} clients for ${DURATION}s"
BLOGFLOW_PUBLIC_CACHE_ENABLED=false BLOGFLOW_ENGAGEMENT_REACTIONS_CAPACITY=1000000000 start_app
log "  started: ready in ${READY}s, RSS ${RSS} MB"
TOKEN=$(access_token)
SLUG="likes-bench-$$"
LOCATION=$(curl -sf -D - -o /dev/null -X POST "$BASE/api/v1/posts" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' \
  -d "{\"title\": \"Likes bench\", \"slug\": \"$SLUG\", \"contentMarkdown\": \"Body\", \"metaDescription\": \"About\"}" \
  | tr -d '\r' | awk 'tolower($1)=="location:"{print $2}')
curl -sf -o /dev/null -X POST "$LOCATION/publish" -H "Authorization: Bearer $TOKEN" -H 'If-Match: "0"'
POST=${LOCATION##*/}

OUT=$(java bench/LikesLoad.java "$BASE" "$POST" "$THREADS" "$DURATION")
OK=$(echo "$OUT" | sed -E 's/.*ok=([0-9]+).*/\1/')
COUNT=$(curl -sf "$BASE/api/v1/public/posts/by-slug/$SLUG" | sed -E 's/.*"likeCount":([0-9]+).*/\1/')
log "  likes: $OUT"
log "  likeCount after the run: $COUNT (likes answered 200: $OK) -> $([ "$COUNT" = "$OK" ] && echo exact || echo MISMATCH)"
[ "$COUNT" = "$OK" ]
