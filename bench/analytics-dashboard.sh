#!/usr/bin/env bash
# blogflow analytics dashboard and rollup benchmark, on the PostgreSQL server at 127.0.0.1:5432 (a database made for
# the run and dropped after it):
#   1. loads RAW_EVENTS raw events (default 10 million) spread over the last 365 days, in time order, straight into
#      analytics_events with generate_series (month partitions made first), and a year of rollups the same way
#      (hourly and daily rows for the site and POSTS posts, the site's day prefixes up to every hour, daily breakdown
#      values, every window marked rolled up to yesterday, month breakdown values of the whole months as the rollup
#      job writes them); then the rollup job rolls today's complete hours from the raw events (each with today up to
#      its end), as it does on a live site: the hour in progress stays raw;
#   2. measures with wrk (CONNECTIONS, default 4; DURATION, default 15s) the summary (30d), the time series (30d by
#      day, and 12 months by week in Europe/Berlin), and breakdowns (sources and posts, 30d and 12mo; a CSV
#      export), as an admin;
#   2a. the summaries, a time series and a breakdown again while events arrive (LIVE_BATCH, default 20, pageviews every
#       0.2 s; 0 skips it): each flush of the event buffer, every second, makes the kept answers be read again;
#   2b. prints EXPLAIN ANALYZE of the rolled-day reads, of every breakdown's rolled part for 30d and 12mo before and
#      after the month rows (analytics-009), and of a day of raw visits (load-independent evidence);
#   2c. EXPLAIN ANALYZE of today's part of four breakdowns (the raw day whole, as before analytics-010, and today's
#      prefix values with the raw tail continued) and of a 12-month Berlin period's first hour (raw, and its hourly row);
#   3. times the rollup of one hour holding 1 million events, and of another hour with 2 million (linearity; each
#      vacuumed first, as autovacuum would have), by making the rollup job re-roll that hour and reading how long the
#      roll took from the app's log;
#   4. with DAY_EVENTS, the same for a whole day holding that many events (a day is rolled from its raw events in one
#      transaction: "failed" when it did not finish, e.g. past the transaction timeout).
# Needs: a JDK, wrk, curl, psql. Environment: READS (0 skips steps 2-2c), PORT, RAW_EVENTS, POSTS (200), ROLLUP_EVENTS (1000000; 0 skips step 3), DAY_EVENTS (0 skips step 4),
# LIVE_BATCH,
# PG_ADMIN_URL (postgresql://postgres@127.0.0.1:5432/postgres), JAVA_OPTS, JAR (the application to run), KEEP_DB=1
# (keep the database, named in the report, for EXPLAIN afterwards).
set -euo pipefail
cd "$(dirname "$0")/.."

RAW_EVENTS=${RAW_EVENTS:-10000000}
ROLLUP_EVENTS=${ROLLUP_EVENTS:-1000000}
CONNECTIONS=${CONNECTIONS:-4}
DURATION=${DURATION:-15s}
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null 2>&1 || { echo "wrk is required" >&2; exit 1; }
BENCH_NAME=analytics-dashboard BENCH_DB=analytics
source bench/analytics-lib.sh
now() { date +%s.%N; }

log "blogflow analytics dashboard benchmark $(date -u +%FT%TZ) on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
start_app 24h BLOGFLOW_RATE_LIMIT_API_CAPACITY=1000000000 BLOGFLOW_RATE_LIMIT_CREDENTIALS_CAPACITY=1000000000 \
  BLOGFLOW_JOBS_POLL_INTERVAL=200ms
TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\": \"$ADMIN_EMAIL\", \"password\": \"$ADMIN_PASSWORD\"}" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')

# --- 1. data -------------------------------------------------------------------------------------------------------
begin=$(now)
sql "DO \$\$ DECLARE m date; BEGIN
       FOR m IN SELECT generate_series(date_trunc('month', now() - interval '2 years'), date_trunc('month', now()), interval '1 month')::date LOOP
         EXECUTE format('CREATE TABLE IF NOT EXISTS analytics_events_y%sm%s PARTITION OF analytics_events FOR VALUES FROM (%L) TO (%L)',
                        to_char(m, 'YYYY'), to_char(m, 'MM'), m, m + interval '1 month');
       END LOOP; END \$\$"
# Visitors make visits of three events (pageview, engagement, and every 50th visit a custom event instead), a few
# seconds apart; posts, sources, countries, devices and browsers cycle with the visitor.
sql "SET synchronous_commit = off;
     INSERT INTO analytics_events (occurred_at, site, name, visitor_id, path, post_id, source, referrer_host, utm_medium,
                                   utm_campaign, country, browser, os, device, screen_width, engaged_ms, scroll_depth, props)
     SELECT t, 'bench.example', CASE WHEN i % 3 = 0 THEN 'pageview' WHEN i % 150 = 1 THEN 'signup' WHEN i % 3 = 1 THEN 'engagement' ELSE 'pageview' END,
            v, '/posts/p' || (v % $POSTS), ('00000000-0000-4000-8000-' || lpad(to_hex(v % $POSTS), 12, '0'))::uuid,
            (ARRAY['Google', 'Twitter', 'Newsletter', 'Hacker News', NULL, NULL])[1 + v % 6],
            (ARRAY['google.com', 't.co', NULL, 'news.ycombinator.com', NULL, NULL])[1 + v % 6],
            (ARRAY[NULL, 'social', 'email', NULL, NULL, NULL])[1 + v % 6], (ARRAY[NULL, NULL, 'weekly', NULL, NULL, NULL])[1 + v % 6],
            (ARRAY['DE', 'US', 'FR', 'GB', 'NL', 'IN', 'BR', 'JP'])[1 + v % 8], (ARRAY['Firefox', 'Chrome', 'Safari', 'Edge'])[1 + v % 4],
            (ARRAY['Linux', 'Windows', 'macOS', 'iOS', 'Android'])[1 + v % 5], (ARRAY['desktop', 'mobile', 'tablet'])[1 + v % 3],
            1280, CASE WHEN i % 3 = 1 THEN 30000 END, CASE WHEN i % 3 = 1 THEN 60 END,
            CASE WHEN i % 150 = 1 THEN jsonb_build_object('plan', (ARRAY['free', 'pro'])[1 + v % 2]) END
     FROM (SELECT i, i / 3 AS v, date_trunc('day', now()) - interval '365 days'
                  + (interval '1 second' * ((365 * 86400 + extract(epoch FROM now() - date_trunc('day', now())))::float8 * i / $RAW_EVENTS)) AS t
           FROM generate_series(0, $RAW_EVENTS - 1) i) g"
loaded=$(now)
# A year of rollups up to yesterday: hourly and daily rows for the site and every post, daily breakdown values.
sql "SET synchronous_commit = off;
     INSERT INTO analytics_rollups (granularity, bucket_start, post_id, pageviews, visitors, sessions, bounces, duration_ms,
                                    engaged_ms, scroll_depth_sum, scroll_samples, events, first_visitors)
     SELECT 'hour', h, p, pv, vis, vis, vis / 3, vis * 60000, vis * 30000, vis * 60, vis, jsonb_build_object('pageview', pv), vis / 2
     FROM generate_series(date_trunc('day', now()) - interval '365 days', date_trunc('day', now()) - interval '1 hour', interval '1 hour') h,
          LATERAL (SELECT NULL::uuid AS p, 760 AS pv, 380 AS vis
                   UNION ALL SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(k), 12, '0'))::uuid, 4, 2 FROM generate_series(0, $POSTS - 1) k) x;
     INSERT INTO analytics_rollups (granularity, bucket_start, post_id, pageviews, visitors, sessions, bounces, duration_ms,
                                    engaged_ms, scroll_depth_sum, scroll_samples, events)
     SELECT 'day', d, p, pv, vis, vis, vis / 3, vis * 60000, vis * 30000, vis * 60, vis, jsonb_build_object('pageview', pv)
     FROM generate_series(date_trunc('day', now()) - interval '365 days', date_trunc('day', now()) - interval '1 day', interval '1 day') d,
          LATERAL (SELECT NULL::uuid AS p, 18000 AS pv, 9000 AS vis
                   UNION ALL SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(k), 12, '0'))::uuid, 90, 45 FROM generate_series(0, $POSTS - 1) k) x;
     INSERT INTO analytics_rollups (granularity, bucket_start, post_id, pageviews, visitors, sessions, bounces, duration_ms,
                                    engaged_ms, scroll_depth_sum, scroll_samples, events)
     SELECT 'upto', d + interval '1 hour' * c, NULL, 750 * c, 375 * c, 375 * c, 125 * c, 375 * c * 60000, 375 * c * 30000,
            375 * c * 60, 375 * c, jsonb_build_object('pageview', 750 * c)
     FROM generate_series(date_trunc('day', now()) - interval '365 days', date_trunc('day', now()) - interval '1 day', interval '1 day') d,
          generate_series(1, 23) c;
     INSERT INTO analytics_rollup_windows (granularity, bucket_start, rolled_at)
     SELECT 'upto', d + interval '1 hour' * c, now()
     FROM generate_series(date_trunc('day', now()) - interval '365 days', date_trunc('day', now()) - interval '1 day', interval '1 day') d,
          generate_series(1, 23) c;
     INSERT INTO analytics_rollup_windows (granularity, bucket_start, rolled_at)
     SELECT 'hour', h, now() FROM generate_series(date_trunc('day', now()) - interval '365 days', date_trunc('day', now()) - interval '1 hour', interval '1 hour') h
     UNION ALL
     SELECT 'day', d, now() FROM generate_series(date_trunc('day', now()) - interval '365 days', date_trunc('day', now()) - interval '1 day', interval '1 day') d;
     WITH dims(dimension, value) AS (
         SELECT 'sources', unnest(ARRAY['Google', 'Twitter', 'Newsletter', 'Hacker News', NULL])
         UNION ALL SELECT 'referrers', unnest(ARRAY['google.com', 't.co', 'news.ycombinator.com', NULL])
         UNION ALL SELECT 'utm-mediums', unnest(ARRAY['social', 'email', NULL])
         UNION ALL SELECT 'utm-campaigns', unnest(ARRAY['weekly', NULL])
         UNION ALL SELECT 'countries', unnest(ARRAY['DE', 'US', 'FR', 'GB', 'NL', 'IN', 'BR', 'JP'])
         UNION ALL SELECT 'devices', unnest(ARRAY['desktop', 'mobile', 'tablet'])
         UNION ALL SELECT 'browsers', unnest(ARRAY['Firefox', 'Chrome', 'Safari', 'Edge'])
         UNION ALL SELECT 'os', unnest(ARRAY['Linux', 'Windows', 'macOS', 'iOS', 'Android'])
         UNION ALL SELECT 'events', unnest(ARRAY['pageview', 'engagement', 'signup'])
         UNION ALL SELECT 'props', unnest(ARRAY['signup:plan=free', 'signup:plan=pro'])),
     posts(k, id) AS (SELECT k, ('00000000-0000-4000-8000-' || lpad(to_hex(k), 12, '0'))::uuid FROM generate_series(0, $POSTS - 1) k)
     INSERT INTO analytics_rollup_values (day, dimension, value, post_id, visitors, pageviews, events)
     SELECT d, dimension, value, NULL, 1000, 2000, 3000 FROM dims,
            generate_series(date_trunc('day', now()) - interval '365 days', date_trunc('day', now()) - interval '1 day', interval '1 day') d
     UNION ALL
     SELECT d, dimension, value, id, 10, 20, 30 FROM dims, posts,
            generate_series(date_trunc('day', now()) - interval '365 days', date_trunc('day', now()) - interval '1 day', interval '1 day') d
     UNION ALL
     SELECT d, x.dimension, '/posts/p' || k, NULL, 45, 90, 45 FROM posts, (VALUES ('posts'), ('entry-pages'), ('exit-pages')) x(dimension),
            generate_series(date_trunc('day', now()) - interval '365 days', date_trunc('day', now()) - interval '1 day', interval '1 day') d
     UNION ALL
     SELECT d, x.dimension, '/posts/p' || k, id, 45, 90, 45 FROM posts, (VALUES ('posts'), ('entry-pages'), ('exit-pages')) x(dimension),
            generate_series(date_trunc('day', now()) - interval '365 days', date_trunc('day', now()) - interval '1 day', interval '1 day') d"
# The month rows of the whole rolled months, as the rollup job writes them: changeset analytics-009's own statements
# (the sums of each month's day rows; the changeset ran when the app started, before these rows existed).
sql "$(sed -n '/^INSERT INTO analytics_rollup_months/,/^GROUP BY m.month/p' migrations/src/main/resources/db/changelog/analytics.sql)"
for table in analytics_events analytics_rollups analytics_rollup_values analytics_rollup_windows analytics_rollup_month_values analytics_rollup_months; do
  sql "VACUUM ANALYZE $table"
done
done_at=$(now)
log "data: $(sql "SELECT count(*) FROM analytics_events") raw events loaded in $(printf %.0f "$(echo "$loaded - $begin" | bc)") s; $(sql "SELECT count(*) FROM analytics_rollups") rollup rows, $(sql "SELECT count(*) FROM analytics_rollup_values") breakdown value rows, $(sql "SELECT count(*) FROM analytics_rollup_month_values") month value rows in $(printf %.0f "$(echo "$done_at - $loaded" | bc)") s; raw events today (not rolled up): $(sql "SELECT count(*) FROM analytics_events WHERE occurred_at >= date_trunc('day', now())")"

# today's complete hours rolled by the job (with today up to each hour), as on a live site
last_hour=$(sql "SELECT to_char(date_trunc('hour', now()), 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
if [ "$last_hour" != "$(sql "SELECT to_char(date_trunc('day', now()), 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")" ]; then
  sql "UPDATE scheduled_tasks SET execution_time = now() WHERE task_name = 'analytics.rollup'"
  for _ in $(seq 1 6000); do
    grep -q "analytics rollup: day up to $last_hour " "$WORK/app.log" && break
    sleep 0.1
  done
  sql "VACUUM ANALYZE analytics_rollups"
  sql "VACUUM ANALYZE analytics_day_visitors"
fi
log "today rolled up to $last_hour ($(grep -c 'analytics rollup: day up to' "$WORK/app.log") hours, $(sql "SELECT count(*) FROM analytics_day_visitors WHERE day = date_trunc('day', now())") day visitor rows); raw events after it: $(sql "SELECT count(*) FROM analytics_events WHERE occurred_at >= date_trunc('hour', now())"); database $DB"

# --- 2. dashboard reads --------------------------------------------------------------------------------------------
if [ "${READS:-1}" = 1 ]; then # READS=0 skips steps 2-2c (e.g. to time rollups only)
measure() { # name, path, accepted type (default JSON)
  local out accept="Accept: ${3:-application/json}"
  curl -sf -H "Authorization: Bearer $TOKEN" -H "$accept" "$BASE$2" > "$WORK/answer.json" || { log "  $1: request failed"; return; }
  wrk -t1 -c"$CONNECTIONS" -d5s -H "Authorization: Bearer $TOKEN" -H "$accept" "$BASE$2" > /dev/null
  out=$(wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" -H "$accept" "$BASE$2")
  log "  $1 ($2): $(echo "$out" | grep 'Requests/sec' | awk '{print $2}') req/s, p50 $(echo "$out" | awk '$1=="50%"{print $2}'), p99 $(echo "$out" | awk '$1=="99%"{print $2}'), non-2xx: $(echo "$out" | grep -o 'Non-2xx or 3xx responses: [0-9]*' | grep -o '[0-9]*$' || echo 0)"
}
log "dashboard, $CONNECTIONS connections, $DURATION per read:"
measure "summary 30d" "/api/v1/analytics/summary?period=30d"
measure "summary 12mo Europe/Berlin" "/api/v1/analytics/summary?period=12mo&tz=Europe/Berlin"
measure "timeseries 30d by day" "/api/v1/analytics/timeseries?period=30d&interval=day"
measure "timeseries 12mo by week Europe/Berlin" "/api/v1/analytics/timeseries?period=12mo&interval=week&tz=Europe/Berlin"
measure "breakdown sources 30d" "/api/v1/analytics/breakdown/sources?period=30d"
measure "breakdown posts 30d" "/api/v1/analytics/breakdown/posts?period=30d"
measure "breakdown posts 12mo" "/api/v1/analytics/breakdown/posts?period=12mo"
measure "breakdown sources 12mo" "/api/v1/analytics/breakdown/sources?period=12mo"
measure "breakdown entry-pages 12mo, CSV" "/api/v1/analytics/breakdown/entry-pages?period=12mo&size=100" text/csv

# 2a. the same reads while events arrive, as on a live site: a batch of LIVE_BATCH pageviews (20) every 0.2 s from 20
# visitors (their user agents differ), so the event buffer writes every second and a kept answer lives a second.
written() { curl -sf "$BASE/q/metrics" | awk '$1 ~ /^blogflow_analytics_events_written_total({|$)/ { s += $2 } END { printf "%d", s }'; }
live_events() {
  local i=0 batch
  while :; do
    i=$((i + 1))
    batch=$(for v in $(seq 1 "${LIVE_BATCH:-20}"); do
      printf '{"name":"pageview","url":"https://bench.example/posts/post-%d","referrer":"https://www.google.com/"},' $(( (i + v) % 200 ))
    done)
    curl -s -o /dev/null -X POST -H 'Content-Type: application/json' \
      -H "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 live-$((i % 20))" \
      --data "[${batch%,}]" "$BASE/api/v1/public/events"
    sleep 0.2
  done
}
if [ "${LIVE_BATCH:-20}" != 0 ]; then
  live_events & LIVE_PID=$!
  written0=$(written)
  log "dashboard while events arrive (${LIVE_BATCH:-20} every 0.2 s, written every second), $CONNECTIONS connections, $DURATION per read:"
  measure "summary 30d, live" "/api/v1/analytics/summary?period=30d"
  measure "summary 12mo Europe/Berlin, live" "/api/v1/analytics/summary?period=12mo&tz=Europe/Berlin"
  measure "timeseries 30d by day, live" "/api/v1/analytics/timeseries?period=30d&interval=day"
  measure "breakdown posts 30d, live" "/api/v1/analytics/breakdown/posts?period=30d"
  kill "$LIVE_PID"; wait "$LIVE_PID" 2>/dev/null || true
  log "  events written meanwhile: $(( $(written) - written0 ))"
fi

# --- 2b. the same reads' SQL, EXPLAIN ANALYZE (load-independent evidence: rows and blocks touched, plan shape) ------
explain() { # name, sql: the execution time, the scans and what they read
  local out
  out=$(psql -qtAX "$DB_URL_PSQL" -c "SET max_parallel_workers_per_gather = 0" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) $2")
  log "  $1: $(echo "$out" | grep -o 'Execution Time: .*'); $(echo "$out" | grep -oE '(Index Only Scan|Index Scan|Bitmap Heap Scan|Seq Scan) (using [a-z_0-9]+ )?on [a-z_0-9]+' | sort | uniq -c | tr -s ' ' | paste -sd';'); $(echo "$out" | grep -oE 'Scan.*rows=[0-9]+' | grep -oE 'rows=[0-9]+' | paste -sd','); $(echo "$out" | grep -oE 'Buffers: shared [^,]*' | head -1)"
}
R30="date_trunc('day', now()) - interval '30 days' AND date_trunc('day', now())"
R365="date_trunc('day', now()) - interval '365 days' AND date_trunc('day', now())"
log "SQL of the rolled days (EXPLAIN ANALYZE, no parallel workers, as the app reads them):"
explain "summary 12mo, daily site rows" "SELECT sum(visitors), sum(pageviews), sum(sessions), sum(bounces), sum(duration_ms), sum(engaged_ms) FROM analytics_rollups WHERE granularity = 'day' AND bucket_start >= ${R365/ AND / AND bucket_start < } AND post_id IS NULL"
explain "time series 30d by day, hourly site rows" "SELECT date_trunc('day', bucket_start, 'UTC'), sum(first_visitors), sum(pageviews) FROM analytics_rollups WHERE granularity = 'hour' AND bucket_start >= ${R30/ AND / AND bucket_start < } AND post_id IS NULL GROUP BY 1"
explain "time series 12mo by week in Berlin, hourly site rows" "SELECT date_trunc('week', bucket_start, 'Europe/Berlin'), sum(first_visitors), sum(pageviews) FROM analytics_rollups WHERE granularity = 'hour' AND bucket_start >= ${R365/ AND / AND bucket_start < } AND post_id IS NULL GROUP BY 1"
# Breakdowns: every dimension's rolled part for the 30d and 12mo periods as the app reads them (UTC), before
# (day rows only) and after analytics-009 (whole rolled months from month rows, the days left from day rows).
TODAY="date_trunc('day', now())"
breakdown_sql() { # dimension, from, post condition, months (empty: none) as "first|end"; one part per run, as the app
  local parts="SELECT value, visitors, pageviews, events FROM analytics_rollup_values WHERE dimension = '$1' AND (day >= $2 AND day < $TODAY) $3"
  if [ -n "$4" ]; then
    parts="SELECT value, visitors, pageviews, events FROM analytics_rollup_month_values WHERE dimension = '$1' AND (month >= '${4%|*}' AND month < '${4#*|}') $3
           UNION ALL SELECT value, visitors, pageviews, events FROM analytics_rollup_values WHERE dimension = '$1' AND (day >= $2 AND day < '${4%|*}') $3
           UNION ALL SELECT value, visitors, pageviews, events FROM analytics_rollup_values WHERE dimension = '$1' AND (day >= '${4#*|}' AND day < $TODAY) $3"
  fi
  echo "SELECT value, sum(visitors) AS visitors, sum(pageviews) AS pageviews, sum(events) AS events, count(*) OVER () AS total FROM ($parts) p GROUP BY value ORDER BY visitors DESC, events DESC, value NULLS LAST LIMIT 20 OFFSET 0"
}
log "breakdowns' rolled part (EXPLAIN ANALYZE, BUFFERS; before = day rows only, after = month rows + day rows):"
for period in "30d|$TODAY - interval '29 days'" "12mo|$TODAY - interval '12 months' + interval '1 day'"; do
  from="${period#*|}"
  months=$(sql "SELECT CASE WHEN count(*) > 0 THEN to_char(min(month), 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') || '|' || to_char(max(month) + interval '1 month', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') ELSE '' END FROM analytics_rollup_months WHERE month >= $from AND month + interval '1 month' <= $TODAY")
  for dimension in posts entry-pages exit-pages sources referrers utm-mediums utm-campaigns countries devices browsers os events props; do
    explain "${period%%|*} $dimension before" "$(breakdown_sql "$dimension" "$from" "AND post_id IS NULL" "")"
    explain "${period%%|*} $dimension after" "$(breakdown_sql "$dimension" "$from" "AND post_id IS NULL" "$months")"
  done
  post="AND post_id = ANY ('{00000000-0000-4000-8000-000000000007}'::uuid[])"
  explain "${period%%|*} posts, one post, before" "$(breakdown_sql posts "$from" "$post" "")"
  explain "${period%%|*} posts, one post, after" "$(breakdown_sql posts "$from" "$post" "$months")"
done
explain "raw visits of yesterday (a whole day not yet rolled)" "WITH e AS (SELECT occurred_at, visitor_id, name, post_id, engaged_ms, CASE WHEN occurred_at - lag(occurred_at) OVER (PARTITION BY visitor_id ORDER BY occurred_at) <= interval '30 minutes' THEN 0 ELSE 1 END AS starts FROM analytics_events WHERE occurred_at >= date_trunc('day', now()) - interval '1 day' AND occurred_at < date_trunc('day', now())), s AS (SELECT *, sum(starts) OVER (PARTITION BY visitor_id ORDER BY occurred_at ROWS UNBOUNDED PRECEDING) AS visit FROM e) SELECT count(DISTINCT visitor_id), count(*) FILTER (WHERE name = 'pageview'), (SELECT count(*) FROM (SELECT 1 FROM s GROUP BY visitor_id, visit) v) FROM s"

# --- 2c. today's part of a breakdown and a zone's start edge, before/after analytics-010 -----------------------------
# Before: a breakdown read today whole from the raw events, a 12-month Berlin summary its first hour (23:00-24:00 UTC
# a year back) raw. After: today's latest prefix's values + the raw tail after it, continued from the day's visitors'
# value keys; the first hour from its hourly rollup row. The SQL is the app's (RawEventsSql, PostgresAnalyticsReadModel).
raw_ctes() { # from, to: RawEventsSql's CTEs over one range
  echo "WITH e AS (SELECT occurred_at, visitor_id, name, post_id, path, source, referrer_host, utm_medium, utm_campaign, country, browser, os, device, engaged_ms, scroll_depth, props,
          CASE WHEN occurred_at - lag(occurred_at) OVER (PARTITION BY visitor_id ORDER BY occurred_at) <= interval '30 minutes' THEN 0 ELSE 1 END AS starts
        FROM analytics_events WHERE ((occurred_at >= $1 AND occurred_at < $2))),
     n AS (SELECT *, sum(starts) OVER (PARTITION BY visitor_id ORDER BY occurred_at ROWS UNBOUNDED PRECEDING) AS visit FROM e),
     s AS (SELECT * FROM n),
     visits AS (SELECT visitor_id, visit, min(occurred_at) AS first_at, max(occurred_at) AS last_at,
                (array_agg(post_id ORDER BY occurred_at) FILTER (WHERE name = 'pageview'))[1] AS entry_post,
                (array_agg(path ORDER BY occurred_at) FILTER (WHERE name = 'pageview'))[1] AS entry_path,
                (array_agg(post_id ORDER BY occurred_at DESC) FILTER (WHERE name = 'pageview'))[1] AS exit_post,
                (array_agg(path ORDER BY occurred_at DESC) FILTER (WHERE name = 'pageview'))[1] AS exit_path,
                count(*) FILTER (WHERE name = 'pageview') AS pageviews,
                count(*) FILTER (WHERE name NOT IN ('pageview', 'engagement')) AS interactions,
                (extract(epoch FROM max(occurred_at) - min(occurred_at)) * 1000)::bigint AS duration_ms
                FROM s GROUP BY visitor_id, visit)"
}
ordered() { echo "SELECT value, sum(visitors) AS visitors, sum(pageviews) AS pageviews, sum(events) AS events, count(*) OVER () AS total FROM ($1) p GROUP BY value ORDER BY visitors DESC, events DESC, value NULLS LAST LIMIT 20 OFFSET 0"; }
PREFIX=$(sql "SELECT max(upto) FROM analytics_prefix_values WHERE day = date_trunc('day', now())")
if [ -n "$PREFIX" ]; then
  log "today's part of breakdowns (EXPLAIN ANALYZE, BUFFERS; before = today's raw events whole, after = the values of today's prefix up to $PREFIX + the raw tail after it, continued):"
  for dimension in sources posts entry-pages exit-pages; do
    case $dimension in
      sources) rows="SELECT source AS v, visitor_id, post_id, (name = 'pageview')::int AS pv, 1 AS ev FROM s" ;;
      posts) rows="SELECT post_id::text AS v, visitor_id, post_id, (name = 'pageview')::int AS pv, 1 AS ev FROM s WHERE post_id IS NOT NULL" ;;
      entry-pages) rows="SELECT entry_path AS v, visitor_id, entry_post AS post_id, pageviews AS pv, 1 AS ev FROM visits WHERE pageviews > 0" ;;
      exit-pages) rows="SELECT exit_path AS v, visitor_id, exit_post AS post_id, pageviews AS pv, 1 AS ev FROM visits WHERE pageviews > 0" ;;
    esac
    tail_rows="SELECT *, FALSE AS counted, FALSE AS lost FROM ($rows) q"
    continued=", m AS (SELECT v.*, o.visitor_id IS NOT NULL AS continues, o.open_pageviews, o.open_entry_post, o.open_entry_path,
                         o.open_exit_post, o.open_exit_path, o.open_exit_closed
                  FROM visits v LEFT JOIN analytics_day_visitors o ON o.day = $TODAY AND o.post_id IS NULL AND o.visitor_id = v.visitor_id
                   AND v.visit = 1 AND v.first_at - o.last_at <= interval '30 minutes'),
           c AS (SELECT *, continues AND open_pageviews > 0 AS carried FROM m)"
    if [ "$dimension" = entry-pages ]; then
      tail_rows="$continued
             SELECT CASE WHEN carried THEN open_entry_path ELSE entry_path END AS v, visitor_id,
                    CASE WHEN carried THEN open_entry_post ELSE entry_post END AS post_id, pageviews AS pv,
                    CASE WHEN carried THEN 0 ELSE 1 END AS ev, carried AS counted, FALSE AS lost
             FROM c WHERE pageviews > 0"
    elif [ "$dimension" = exit-pages ]; then
      tail_rows="$continued
             SELECT v, visitor_id, post_id, pv, ev, counted,
                    counted AND NOT open_exit_closed AND NOT bool_or(NOT counted) OVER (PARTITION BY visitor_id, v) AS lost
             FROM (SELECT exit_path AS v, visitor_id, exit_post AS post_id, pageviews + CASE WHEN carried THEN open_pageviews ELSE 0 END AS pv,
                          1 AS ev, FALSE AS counted, FALSE AS open_exit_closed FROM c WHERE pageviews > 0
                   UNION ALL
                   SELECT open_exit_path, visitor_id, open_exit_post, -open_pageviews, -1, TRUE, open_exit_closed
                   FROM c WHERE carried AND pageviews > 0) x"
    fi
    explain "today $dimension before" "$(raw_ctes "$TODAY" "now()") $(ordered "SELECT v AS value, count(DISTINCT visitor_id) AS visitors, sum(pv) AS pageviews, sum(ev) AS events FROM ($rows) r GROUP BY 1")"
    explain "today $dimension after" "$(ordered "SELECT value, visitors, pageviews, events FROM analytics_prefix_values WHERE upto = '$PREFIX' AND dimension = '$dimension' AND post_id IS NULL
      UNION ALL
      SELECT v AS value, count(DISTINCT visitor_id) FILTER (WHERE fresh) - count(DISTINCT visitor_id) FILTER (WHERE lost) AS visitors,
             sum(pv) AS pageviews, sum(ev) AS events
      FROM (SELECT r.*, NOT counted AND NOT EXISTS (SELECT 1 FROM analytics_day_visitors x WHERE x.day = $TODAY AND x.visitor_id = r.visitor_id
                   AND x.post_id IS NULL AND x.value_keys @> ARRAY['$dimension' || coalesce(':' || r.v, '!')]) AS fresh
            FROM ($(raw_ctes "'$PREFIX'" "now()") $tail_rows) r) f GROUP BY 1")"
  done
fi
EDGE="date_trunc('day', now()) - interval '12 months' + interval '1 day' - interval '1 hour'"
log "the first hour of a 12-month period in Berlin (23:00-24:00 UTC; EXPLAIN ANALYZE, BUFFERS; before raw, after its hourly rollup row):"
explain "start edge before" "$(raw_ctes "$EDGE" "$EDGE + interval '1 hour'") SELECT f.visitors, f.pageviews, v.visits, v.bounces, v.duration_ms, f.engaged_ms
  FROM (SELECT count(DISTINCT visitor_id) AS visitors, count(*) FILTER (WHERE name = 'pageview') AS pageviews, coalesce(sum(engaged_ms), 0) AS engaged_ms FROM s) f,
       (SELECT count(*) AS visits, count(*) FILTER (WHERE pageviews = 1 AND interactions = 0) AS bounces, coalesce(sum(duration_ms), 0) AS duration_ms FROM visits WHERE pageviews > 0) v"
explain "start edge after" "SELECT coalesce(sum(visitors), 0), coalesce(sum(pageviews), 0), coalesce(sum(sessions), 0), coalesce(sum(bounces), 0), coalesce(sum(duration_ms), 0), coalesce(sum(engaged_ms), 0)
  FROM analytics_rollups WHERE granularity = 'hour' AND bucket_start = ANY (ARRAY[$EDGE]) AND post_id IS NULL"

fi # READS
# --- 3. rollup of one hour -----------------------------------------------------------------------------------------
roll_window() { # granularity (hour|day), events, day; a window two years back (its own partition, a day of its own
  # per run, so one run's rows are not in the next one's blocks), re-rolled by the job; echoes the roll's ms
  local granularity=$1 events=$2 day=$3 start
  start=$(sql "SELECT to_char(date_trunc('month', now() - interval '2 years') + interval '$day days', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
  sql "DELETE FROM analytics_events WHERE occurred_at >= '$start' AND occurred_at < timestamptz '$start' + interval '1 $granularity'"
  sql "SET synchronous_commit = off;
       INSERT INTO analytics_events (occurred_at, site, name, visitor_id, path, post_id, source, country, browser, os, device, engaged_ms)
       SELECT timestamptz '$start' + interval '1 millisecond' * (extract(epoch FROM interval '1 $granularity') * 1000 * i / $events), 'bench.example',
              CASE WHEN i % 3 = 1 THEN 'engagement' ELSE 'pageview' END, 900000000 + i / 3, '/posts/p' || (i / 3 % $POSTS),
              ('00000000-0000-4000-8000-' || lpad(to_hex(i / 3 % $POSTS), 12, '0'))::uuid,
              (ARRAY['Google', 'Twitter', NULL])[1 + i % 3], 'DE', 'Firefox', 'Linux', 'desktop', CASE WHEN i % 3 = 1 THEN 30000 END
       FROM generate_series(0, $events - 1) i;"
  # as autovacuum would have by then: the new block ranges summarised in the BRIN index (an unsummarised range is
  # read whatever the time asked), statistics for the plan
  sql "VACUUM ANALYZE analytics_events"
  sql "
       INSERT INTO analytics_rollup_windows (granularity, bucket_start, rolled_at) VALUES ('$granularity', '$start', '$start')
       ON CONFLICT (granularity, bucket_start) DO UPDATE SET rolled_at = excluded.rolled_at;"
  local seen errors began
  seen=$(grep -c "analytics rollup: $granularity $start " "$WORK/app.log" || true)
  errors=$(grep -c " ERROR " "$WORK/app.log" || true)
  began=$(date +%s)
  sql "UPDATE scheduled_tasks SET execution_time = now() WHERE task_name = 'analytics.rollup'"
  for _ in $(seq 1 60000); do
    [ "$(grep -c "analytics rollup: $granularity $start " "$WORK/app.log" || true)" -gt "$seen" ] && break
    [ "$(grep -c " ERROR " "$WORK/app.log" || true)" -gt "$errors" ] && break # the roll failed (e.g. its timeout)
    sleep 0.1
  done
  grep "analytics rollup: $granularity $start " "$WORK/app.log" | tail -1 | grep -o 'in [0-9]* ms' | grep -o '[0-9]*' \
    || echo "failed after $(( $(date +%s) - began )) s: $(grep " ERROR " "$WORK/app.log" | tail -1 | cut -c1-300)"
}
if [ "$ROLLUP_EVENTS" -gt 0 ]; then
  log "rollup of one hour (the job's roll of the window, from the app log):"
  ms1=$(roll_window hour "$ROLLUP_EVENTS" 3)
  log "  $ROLLUP_EVENTS events: ${ms1} ms"
  ms2=$(roll_window hour $((ROLLUP_EVENTS * 2)) 4)
  log "  $((ROLLUP_EVENTS * 2)) events: ${ms2} ms (ratio $(echo "scale=2; $ms2 / $ms1" | bc))"
fi
if [ "${DAY_EVENTS:-0}" -gt 0 ]; then
  log "rollup of one day of $DAY_EVENTS events (the job's roll of the window, from the app log): $(roll_window day "$DAY_EVENTS" 6) ms"
fi
log "report: $REPORT"
