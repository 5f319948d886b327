-- a common-word search no cache can answer: every post matches, each query is new (it excludes a made-up word)
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/v1/public/posts/search?q=tea+-zq" .. n .. "x" .. math.random(1, 1000000000))
end
