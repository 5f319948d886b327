#!/usr/bin/env bash
# blogflow benchmark: comments.
#   1. Posting with the spam checks: a wrk pass of CONNECTIONS concurrent readers posting comments (each with a fresh
#      body and email, a genuine form token, the honeypot empty): the rules adapter runs in full (rate limits, form
#      token HMAC, links, duplicate lookup, blocklist load) before the insert and the count trigger.
#   2. Listing a 1,000-comment thread: 100 top-level comments with 9 replies each, all approved, read as one page
#      (size=100) by CONNECTIONS concurrent readers; then the same with If-None-Match (304 revalidation).
#   3. The count: after the posting pass, the post's approvedCount must equal the approved comments listed.
# Not a test: it prints numbers. Needs a JDK, wrk, curl and jq (Debian: apt-get install wrk curl jq).
# Environment: PORT (18080), CONNECTIONS (32), DURATION (15s), JAVA_OPTS. Only loopback is ever targeted.
source "$(dirname "$0")/lib.sh"
command -v jq >/dev/null || { echo "jq is required (apt-get install jq)" >&2; exit 1; }

api() { # method, path, optional JSON body
  curl -sf -X "$1" "$BASE$2" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' ${3:+-d "$3"}
}

published_post() { # title → id
  local id
  id=$(api POST /api/v1/posts "{\"title\": \"$1\", \"contentMarkdown\": \"Body.\", \"metaDescription\": \"About.\"}" \
    | jq -r .id)
  curl -sf -o /dev/null -X POST "$BASE/api/v1/posts/$id/publish" -H "Authorization: Bearer $TOKEN" -H 'If-Match: "0"'
  echo "$id"
}

form_token() { curl -sf "$BASE/api/v1/public/posts/$1/comments/form" | jq -r .formToken; }

comment() { # post, parent (or null), n → id
  local parent=$2
  [ "$parent" = null ] || parent="\"$parent\""
  curl -sf -X POST "$BASE/api/v1/public/posts/$1/comments" -H 'Content-Type: application/json' \
    -d "{\"authorName\": \"Reader $3\", \"authorEmail\": \"reader$3@example.org\", \"body\": \"Comment $3 on the thread, with *some* Markdown.\", \"parentId\": $parent, \"formToken\": \"$FORM\"}" \
    | jq -r .id
}

approve_all() { # post: approves the pending queue, 100 at a time
  local ids
  while true; do
    ids=$(api GET "/api/v1/comments?state=pending&postId=$1&size=100" | jq -c '[.items[].id]')
    [ "$ids" = "[]" ] && break
    api POST /api/v1/comments/bulk "{\"ids\": $ids, \"action\": \"approve\"}" > /dev/null
  done
}

log "blogflow comments benchmark $(date -u +%FT%TZ) on $(nproc) cores, $(java -version 2>&1 | head -1)"
log "load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (a shared machine: other builds may run meanwhile)"
# Limits lifted and the minimum form time at 0 s so the load generator measures the checks, not their refusals.
BLOGFLOW_COMMENTS_SPAM_VISITOR_LIMIT=1000000000 BLOGFLOW_COMMENTS_SPAM_IP_LIMIT=1000000000 \
  BLOGFLOW_COMMENTS_SPAM_MIN_FORM_TIME=0s start_app
log "app ready after ${READY}s (RSS ${RSS} MB)"
TOKEN=$(access_token)

POSTING=$(published_post "Posting bench")
FORM=$(form_token "$POSTING")
cat > "$DATA_DIR/post.lua" <<LUA
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
function init(args)
  math.randomseed(os.time() * 1000 + tid) -- the warm-up and the measured pass are separate wrk runs
end
local n = 0
request = function()
  n = n + 1
  local id = tostring(tid) .. "-" .. n .. "-" .. tostring(math.random(1, 1000000000))
  local body = '{"authorName": "Reader", "authorEmail": "r' .. id .. '@example.org", "body": "Comment ' .. id ..
    ' with *Markdown* and [a link](https://example.org/' .. id .. ').", "formToken": "$FORM"}'
  return wrk.format("POST", "/api/v1/public/posts/$POSTING/comments", {["Content-Type"] = "application/json"}, body)
end
LUA
log "1. posting comments (spam checks on, pre-moderated), $CONNECTIONS connections:"
run "POST /api/v1/public/posts/{id}/comments" -s "$DATA_DIR/post.lua" "$BASE"
log "  spam queue after the pass: $(api GET "/api/v1/comments?state=spam&postId=$POSTING&size=1" | jq .total) (expected 0)"

THREAD=$(published_post "Thread bench")
FORM=$(form_token "$THREAD")
ROOTS=()
for i in $(seq 1 100); do ROOTS+=("$(comment "$THREAD" null "$i")"); done
approve_all "$THREAD"
n=100
for root in "${ROOTS[@]}"; do
  for _ in $(seq 1 9); do n=$((n + 1)); comment "$THREAD" "$root" "$n" > /dev/null; done
done
approve_all "$THREAD"
SHOWN=$(curl -sf "$BASE/api/v1/public/posts/$THREAD/comments?size=100" \
  | jq '[.items[] | 1 + (.replies | length)] | add')
log "2. a thread of $SHOWN approved comments in one page (100 top-level, 9 replies each):"
run "GET /api/v1/public/posts/{id}/comments?size=100" "$BASE/api/v1/public/posts/$THREAD/comments?size=100"
ETAG=$(curl -sfI "$BASE/api/v1/public/posts/$THREAD/comments?size=100" | tr -d '\r' | sed -n 's/^[Ee][Tt][Aa][Gg]: //p')
run "the same with If-None-Match (304)" -H "If-None-Match: $ETAG" "$BASE/api/v1/public/posts/$THREAD/comments?size=100"

approve_all "$POSTING"
COUNT=$(curl -sf "$BASE/api/v1/public/posts/$POSTING/comments?size=1" | jq .approvedCount)
LISTED=$(api GET "/api/v1/comments?state=approved&postId=$POSTING&size=1" | jq .total)
log "3. posting bench's approvedCount $COUNT, approved comments listed $LISTED ($([ "$COUNT" = "$LISTED" ] && echo exact || echo MISMATCH))"
log "report: $REPORT"
