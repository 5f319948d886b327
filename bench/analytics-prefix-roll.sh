#!/usr/bin/env bash
# blogflow: what the rollup job's day prefixes cost through a day, on the PostgreSQL server at 127.0.0.1:5432 (a
# database made for the run, dropped after it unless KEEP_DB=1):
#   1. loads EVENTS_PER_HOUR raw events (default 100,000) into each hour of yesterday from midnight up to HOURS
#      (default 21): each visitor has an event every 10 minutes for 70 minutes (visits across hour boundaries), page
#      views of POSTS posts, engagement, every 150th a custom event with a property; source, country, device and
#      browser by visitor;
#   2. starts the application (JAR) and lets the rollup job catch up as after downtime: every hour of yesterday with
#      its day prefix (yesterday up to the hour's end), oldest first; reports each prefix roll's time and how it was
#      rolled (folded into the previous prefix, or recomputed from the day's raw events) from the app's log, with the
#      load average;
#   3. with auto_explain (EXPLAIN ANALYZE with BUFFERS, no timing, of each statement of the run's database over
#      AUTO_EXPLAIN_MS, default 5, in the server log PG_LOG), reports per prefix the statements' time, the shared
#      blocks they touched (top plan node) and the raw event rows they scanned (scans of analytics_events).
# Run it with the JAR of the commit before and after a change to compare. Needs: a JDK, curl, psql, python3, read
# access to PG_LOG. Environment: PORT (18080), EVENTS_PER_HOUR, HOURS, POSTS (200), JAR, PG_ADMIN_URL, PG_LOG
# (/var/log/postgresql/postgresql-15-main.log), KEEP_DB=1.
set -euo pipefail
cd "$(dirname "$0")/.."

EVENTS_PER_HOUR=${EVENTS_PER_HOUR:-100000}
HOURS=${HOURS:-21}
AUTO_EXPLAIN_MS=${AUTO_EXPLAIN_MS:-5}
PG_LOG=${PG_LOG:-/var/log/postgresql/postgresql-15-main.log}
[ -r "$PG_LOG" ] || { echo "cannot read the server log $PG_LOG (PG_LOG)" >&2; exit 1; }
BENCH_NAME=analytics-prefix-roll BENCH_DB=prefix
source bench/analytics-lib.sh

log "blogflow analytics prefix roll benchmark $(date -u +%FT%TZ) on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), jar $JAR"
# the schema (the job finds no events yet)
start_app 24h
stop_app

# --- 1. yesterday's events -----------------------------------------------------------------------------------------
DAY="date_trunc('day', now()) - interval '1 day'"
PER_10_MIN=$((EVENTS_PER_HOUR / 6))
sql "DO \$\$ DECLARE m date; BEGIN
       FOR m IN SELECT generate_series(date_trunc('month', now() - interval '1 month'), date_trunc('month', now()), interval '1 month')::date LOOP
         EXECUTE format('CREATE TABLE IF NOT EXISTS analytics_events_y%sm%s PARTITION OF analytics_events FOR VALUES FROM (%L) TO (%L)',
                        to_char(m, 'YYYY'), to_char(m, 'MM'), m, m + interval '1 month');
       END LOOP; END \$\$"
# event i at a steady rate; its visitor is one of the PER_10_MIN of its 70 minutes (8 events 10 minutes apart)
sql "SET synchronous_commit = off;
     INSERT INTO analytics_events (occurred_at, site, name, visitor_id, path, post_id, source, referrer_host, utm_medium,
                                   country, browser, os, device, screen_width, engaged_ms, scroll_depth, props)
     SELECT $DAY + interval '1 millisecond' * floor(3600000::float8 * i / $EVENTS_PER_HOUR), 'bench.example',
            CASE WHEN i % 150 = 1 THEN 'signup' WHEN i % 3 = 1 THEN 'engagement' ELSE 'pageview' END,
            v, '/posts/p' || ((v + i / $PER_10_MIN) % $POSTS),
            ('00000000-0000-4000-8000-' || lpad(to_hex((v + i / $PER_10_MIN) % $POSTS), 12, '0'))::uuid,
            (ARRAY['Google', 'Twitter', 'Newsletter', 'Hacker News', NULL, NULL])[1 + v % 6],
            (ARRAY['google.com', 't.co', NULL, 'news.ycombinator.com', NULL, NULL])[1 + v % 6],
            (ARRAY[NULL, 'social', 'email', NULL, NULL, NULL])[1 + v % 6],
            (ARRAY['DE', 'US', 'FR', 'GB', 'NL', 'IN', 'BR', 'JP'])[1 + v % 8], (ARRAY['Firefox', 'Chrome', 'Safari', 'Edge'])[1 + v % 4],
            (ARRAY['Linux', 'Windows', 'macOS', 'iOS', 'Android'])[1 + v % 5], (ARRAY['desktop', 'mobile', 'tablet'])[1 + v % 3],
            1280, CASE WHEN i % 3 = 1 THEN 30000 END, CASE WHEN i % 3 = 1 THEN 60 END,
            CASE WHEN i % 150 = 1 THEN jsonb_build_object('plan', (ARRAY['free', 'pro'])[1 + v % 2]) END
     FROM (SELECT i, i % $PER_10_MIN + $PER_10_MIN * (i / ($PER_10_MIN * 8)) AS v
           FROM generate_series(0, $EVENTS_PER_HOUR * $HOURS - 1) i) g"
sql "VACUUM ANALYZE analytics_events"
log "data: $(sql "SELECT count(*) FROM analytics_events") raw events yesterday from 00:00 to $(printf %02d "$HOURS"):00, $EVENTS_PER_HOUR an hour"

# --- 2. the job catches up -----------------------------------------------------------------------------------------
psql -q "$PG_ADMIN_URL" -c "ALTER DATABASE $DB SET session_preload_libraries = 'auto_explain'" \
  -c "ALTER DATABASE $DB SET auto_explain.log_min_duration = '$AUTO_EXPLAIN_MS'" -c "ALTER DATABASE $DB SET auto_explain.log_analyze = on" \
  -c "ALTER DATABASE $DB SET auto_explain.log_buffers = on" -c "ALTER DATABASE $DB SET auto_explain.log_timing = off" >/dev/null
LOG_FROM=$(($(stat -c %s "$PG_LOG") + 1))
LAST=$(sql "SELECT to_char($DAY + interval '1 hour' * $HOURS, 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
: > "$WORK/app.log"
start_app 24h
sql "UPDATE scheduled_tasks SET execution_time = now() WHERE task_name = 'analytics.rollup'"
for _ in $(seq 1 36000); do
  grep -q "analytics rollup: day up to $LAST " "$WORK/app.log" && break
  sleep 0.1
done
log "rolled: $(grep -c 'analytics rollup: day up to' "$WORK/app.log") prefixes, load $(cut -d' ' -f1-3 /proc/loadavg)"

# --- 3. per prefix: the app's time and way, the statements' blocks and raw rows ------------------------------------
tail -c +"$LOG_FROM" "$PG_LOG" > "$WORK/pg.log"
python3 - "$WORK/app.log" "$WORK/pg.log" "$DB" <<'EOF' | tee -a "$REPORT"
import re, sys
from datetime import datetime
app, pg, db = sys.argv[1:4]
stamp = lambda s: datetime.strptime(s[:23].replace(',', '.'), '%Y-%m-%d %H:%M:%S.%f')
marks = []  # (time the hour's roll ended, time the prefix's roll ended, prefix end, ms, how)
hour_done = None
for line in open(app, errors='replace'):
    m = re.search(r'analytics rollup: hour (\S+) rolled', line)
    if m:
        hour_done = stamp(line)
    m = re.search(r'analytics rollup: day up to (\S+) rolled in (\d+) ms(?: \((\S+)\))?', line)
    if m and hour_done:
        marks.append((hour_done, stamp(line), m.group(1), int(m.group(2)), m.group(3) or 'recompute (before)'))
entries, current = [], None
for line in open(pg, errors='replace'):
    if not line.startswith('\t') and not line.startswith(' '):
        current = None
        m = re.match(r'(\S+ \S+) \S+ \[\d+\] \S+@(\S+) LOG:  duration: ([\d.]+) ms  plan:', line)
        if m and m.group(2) == db:
            current = {'at': stamp(m.group(1)), 'ms': float(m.group(3)), 'blocks': None, 'rows': 0}
            entries.append(current)
    elif current is not None:
        b = re.search(r'Buffers: shared (.*)', line)
        if b and current['blocks'] is None:
            current['blocks'] = sum(int(n) for n in re.findall(r'(?:hit|read)=(\d+)', b.group(1)))
        r = re.search(r'Scan on analytics_events\S*.*actual rows=(\d+) loops=(\d+)', line)
        if r:
            current['rows'] += int(r.group(1)) * int(r.group(2))
print('prefix end | roll ms (app log) | how | statements over the threshold: ms, shared blocks hit+read, raw event rows scanned')
for began, ended, end, ms, how in marks:
    mine = [e for e in entries if began <= e['at'] <= ended]
    print(f"{end} | {ms} | {how} | {sum(e['ms'] for e in mine):.0f} ms, {sum(e['blocks'] or 0 for e in mine)} blocks, "
          f"{sum(e['rows'] for e in mine)} rows")
EOF
log "load at the end $(cut -d' ' -f1-3 /proc/loadavg); database $DB"
log "report: $REPORT"
