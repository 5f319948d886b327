-- wrk script for bench/analytics-ingest.sh: POST /api/v1/public/events with BATCH events per request (1: one object).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"

local batch = tonumber(os.getenv("BATCH") or "1")
local bodies = {}

local function event(i)
  return string.format('{"name":"pageview","url":"https://bench.example/posts/post-%d",'
    .. '"referrer":"https://www.google.com/","screenWidth":1280}', i % 500)
end

for b = 1, 64 do
  if batch == 1 then
    bodies[b] = event(b)
  else
    local parts = {}
    for i = 1, batch do parts[i] = event(b * batch + i) end
    bodies[b] = "[" .. table.concat(parts, ",") .. "]"
  end
end

local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, "/api/v1/public/events", nil, bodies[(n % 64) + 1])
end
