#!/usr/bin/env bash
# blogflow analytics ingest benchmark: POST /api/v1/public/events with single events and with batches of 50, then
# the zero-loss check: once the buffer is drained, events accepted (202) = events written by COPY (metrics).
# The app's CPU per request (user + system time of its process over the run / requests) depends far less on what
# else the machine runs than requests/s do. Needs: a JDK, wrk and curl. Environment: DURATION (default 60s),
# CONNECTIONS (default 64), BATCHES (false skips the batch run), JAVA_OPTS. Only loopback is targeted.
source "$(dirname "$0")/lib.sh"

DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-64}
export BLOGFLOW_ANALYTICS_RATE_LIMIT_CAPACITY=1000000000 # one client address: lift the per-client limit

metric() { # sum of a Prometheus counter/gauge over its labels
  curl -sf "$BASE/q/metrics" | awk -v m="$1" '$1 ~ "^"m"({|$)" { s += $2 } END { printf "%d", s }'
}

cpu_ticks() { # user + system CPU of the app so far, in clock ticks (/proc/<pid>/stat fields 14 and 15)
  awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"
}

drained() {
  for _ in $(seq 1 300); do
    [ "$(metric blogflow_analytics_buffer_held)" = "0" ] && return 0
    sleep 0.1
  done
  return 1
}

measure() { # name, batch size
  local name=$1 batch=$2 out accepted0 written0 accepted written rejected ticks0 ticks requests
  BATCH=$batch wrk -t2 -c"$CONNECTIONS" -d5s -s bench/analytics-ingest.lua "$BASE" > /dev/null # warm-up
  drained
  accepted0=$(metric blogflow_analytics_events_accepted_total)
  written0=$(metric blogflow_analytics_events_written_total)
  ticks0=$(cpu_ticks)
  out=$(BATCH=$batch wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/analytics-ingest.lua "$BASE")
  ticks=$(( $(cpu_ticks) - ticks0 ))
  drained || log "  (buffer not drained after 30 s)"
  accepted=$(( $(metric blogflow_analytics_events_accepted_total) - accepted0 ))
  written=$(( $(metric blogflow_analytics_events_written_total) - written0 ))
  rejected=$(metric blogflow_analytics_events_rejected_total)
  local rps secs
  rps=$(echo "$out" | grep 'Requests/sec' | awk '{print $2}')
  secs=${DURATION%s}
  log "  $name: $rps req/s, $(( accepted / secs )) events/s accepted, p50 $(echo "$out" | awk '$1=="50%"{print $2}'), p99 $(echo "$out" | awk '$1=="99%"{print $2}'), non-2xx: $(echo "$out" | grep -o 'Non-2xx or 3xx responses: [0-9]*' | grep -o '[0-9]*$' || echo 0)"
  requests=$(echo "$out" | awk '/requests in/ { print $1 }')
  log "    app CPU $(( ticks * 1000000 / $(getconf CLK_TCK) / requests )) µs per request ($(( ticks / $(getconf CLK_TCK) )) s of CPU for $requests requests, load while measuring: $(cut -d' ' -f1-3 /proc/loadavg))"
  log "    accepted $accepted, written $written (rejected with 503 so far: $rejected) -> $([ "$accepted" = "$written" ] && echo 'zero loss' || echo 'MISMATCH')"
}

log "blogflow analytics ingest benchmark $(date -u +%FT%TZ) on $(nproc) cores, $(java -version 2>&1 | head -1), $DURATION per run, $CONNECTIONS connections"
start_app
log "app ready in ${READY}s"
measure "single events" 1
[ "${BATCHES:-true}" = false ] || measure "batches of 50" 50
log "report: $REPORT"
