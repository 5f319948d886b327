-- wrk: status codes per answer, summed over wrk's threads, printed as "codes: 200=…, 503=…, timeouts=…".
-- bench/scale.sh and bench/outage.sh add their own request() to it.
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) codes = {} end
function response(status, headers, body) codes[status] = (codes[status] or 0) + 1 end
function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("codes")) do total[status] = (total[status] or 0) + count end
  end
  local parts = {}
  for status, count in pairs(total) do table.insert(parts, status .. "=" .. count) end
  table.sort(parts)
  io.write("codes: " .. table.concat(parts, ", ") .. ", timeouts=" .. summary.errors.timeout .. "\n")
end
