#!/usr/bin/env bash
# blogflow start-up benchmark: restart-to-ready (process start → first 200 from /q/health/ready) and resident memory
# after start (VmRSS of the JVM from /proc, 2 s after ready), on existing data (the embedded cluster, or DB_URL, is
# already migrated: what a restart costs), for several JVM set-ups, RUNS starts each, reporting the median:
#   jdk17           the default java (JDK 17) with the flags the project ships (JAVA_OPTS, see README)
#   jdk17-cds       the same with the AppCDS archive bin/train makes (a static archive from its training run's class
#                   list), then -XX:SharedArchiveFile
#   jdk25           Temurin 25 (JDK25_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64)
#   jdk25-aot       the same with the AOT cache bin/train makes (-XX:AOTCacheOutput), then -XX:AOTCache
# The archives are bin/train's (written under the benchmark's folder, not into the build): its training run starts
# the app on a throwaway database, reads a few public and authenticated endpoints, and stops it.
# Wall-clock figures need a quiet machine; the CPU seconds until ready are reported beside them.
# Needs: a JDK, curl. Environment: RUNS (5), SETUPS (the four above, space-separated), JAVA_OPTS (the project's
# memory defaults and start-up flags, bin/jvm-options and bin/jvm-startup-options, unless set; "" for none), PORT (18080), KEEP_DATA (a data folder kept between runs), DB_URL/DB_USER/DB_PASSWORD (an external PostgreSQL instead of the
# embedded one). Only loopback is ever targeted.
NEEDS_WRK=false
source "$(dirname "$0")/lib.sh"

RUNS=${RUNS:-5}
SETUPS=${SETUPS:-jdk17 jdk17-cds jdk25 jdk25-aot}
JDK25_HOME=${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JDK17_JAVA=${JDK17_JAVA:-java}
DEFAULT_OPTS="$(cat bin/jvm-options 2>/dev/null || true) $(cat bin/jvm-startup-options 2>/dev/null || true)"
JAVA_OPTS=${JAVA_OPTS-$DEFAULT_OPTS}
# KEEP_DATA=<dir>: keep the database there between benchmark runs (the first start of a new one takes minutes).
APP_DATA=${KEEP_DATA:-$DATA_DIR/data}
ARCHIVES="$DATA_DIR/archives"
mkdir -p "$ARCHIVES"

log "blogflow start-up benchmark $(date -u +%FT%TZ) on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
log "JAVA_OPTS='${JAVA_OPTS}' database: ${DB_URL:-embedded PostgreSQL} runs per set-up: $RUNS"

# Starts the app with the given java binary and extra flags, waits for ready; sets READY (s), CPU (the JVM's user +
# system CPU seconds until ready: steadier than READY on a busy machine), STARTED and RSS (MB).
launch() {
  local java=$1; shift
  local begin end
  if curl -s -o /dev/null "$BASE/q/health/live" 2>/dev/null; then
    echo "something already answers on port $PORT: set PORT to a free one" >&2; exit 1
  fi
  begin=$(date +%s%N)
  BLOGFLOW_DATA_DIR="$APP_DATA" QUARKUS_HTTP_PORT="$PORT" LOG_JSON=false \
    BLOGFLOW_ADMIN_EMAIL="$ADMIN_EMAIL" BLOGFLOW_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    "$java" $JAVA_OPTS "$@" -jar "$JAR" > "$DATA_DIR/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 3000); do
    curl -sf -o /dev/null "$BASE/q/health/ready" 2>/dev/null && break
    kill -0 "$APP_PID" 2>/dev/null || { cat "$DATA_DIR/app.log" >&2; exit 1; }
    sleep 0.01
  done
  end=$(date +%s%N)
  CPU=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$APP_PID/stat")
  curl -sf -o /dev/null "$BASE/q/health/ready" || { cat "$DATA_DIR/app.log" >&2; exit 1; }
  READY=$(echo "scale=2; ($end - $begin) / 1000000000" | bc)
  sleep 2
  STARTED=$(grep -o 'started in [0-9.]*s' "$DATA_DIR/app.log" | grep -o '[0-9.]*' || echo "?")
  RSS=$(( $(awk '/VmRSS/{print $2}' "/proc/$APP_PID/status") / 1024 ))
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

# bin/train's training run with the given java, writing its archive to the given file.
train() { JAVA=$1 APP=$(dirname "$JAR") ARCHIVE=$2 TRAIN_PORT=$((PORT + 1)) bin/train >> "$DATA_DIR/train.log"; }

# Set-up name → java binary and flags (and a training run first where the set-up needs an archive).
measure() {
  local setup=$1 java flags=() readies=() cpus=() rsses=() i
  case "$setup" in
    jdk17) java=$JDK17_JAVA ;;
    jdk17-cds)
      java=$JDK17_JAVA
      train "$java" "$ARCHIVES/app.jsa"
      log "  AppCDS archive: $(du -m "$ARCHIVES/app.jsa" | cut -f1) MB"
      flags=(-XX:SharedArchiveFile="$ARCHIVES/app.jsa") ;;
    jdk25) java=$JDK25_HOME/bin/java ;;
    jdk25-aot)
      java=$JDK25_HOME/bin/java
      train "$java" "$ARCHIVES/app.aot"
      log "  AOT cache: $(du -m "$ARCHIVES/app.aot" | cut -f1) MB"
      flags=(-XX:AOTCache="$ARCHIVES/app.aot") ;;
    *) echo "unknown set-up $setup" >&2; exit 2 ;;
  esac
  for i in $(seq 1 "$RUNS"); do
    launch "$java" ${flags[@]+"${flags[@]}"}
    readies+=("$READY"); cpus+=("$CPU"); rsses+=("$RSS")
    log "  $setup run $i: ready after ${READY}s (${CPU} s of CPU; Quarkus: started in ${STARTED}s), RSS after start ${RSS} MB"
    stop_app
  done
  log "$setup: median ready $(printf '%s\n' "${readies[@]}" | median)s, CPU $(printf '%s\n' "${cpus[@]}" | median)s, median RSS after start $(printf '%s\n' "${rsses[@]}" | median) MB"
}

# The first start creates and migrates the database; it is not what a restart costs (skipped when KEEP_DATA has one).
if [ ! -d "$APP_DATA/postgres" ]; then
  launch "$JDK17_JAVA"
  log "first start (database created and migrated): ready after ${READY}s (${CPU} s of CPU), RSS ${RSS} MB"
  stop_app
fi

for setup in $SETUPS; do
  measure "$setup"
done
log "report: $REPORT"
