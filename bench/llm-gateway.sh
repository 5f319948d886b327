#!/usr/bin/env bash
# blogflow benchmark: the LLM gateway's own overhead (adapters-llm) against a WireMock provider with a fixed latency.
# Not a test: it prints numbers to compare against the targets (overhead p50 < 5 ms; N concurrent streams take
# about one latency, not N).
#
# Needs: a JDK. Compiles adapters-llm and its tests offline (never installs), runs GatewayOverheadBench from the
# test classpath. Only loopback is ever targeted.
# Environment:
#   CALLS        sequential complete() calls measured (default 300, after 50 warm-up calls)
#   CONCURRENCY  stream() calls started at once (default 50)
#   LATENCY_MS   WireMock's fixed response delay (default 100)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

CALLS=${CALLS:-300}
CONCURRENCY=${CONCURRENCY:-50}
LATENCY_MS=${LATENCY_MS:-100}
mkdir -p bench/results
REPORT="bench/results/$(basename "$0" .sh)-$(date -u +%Y%m%dT%H%M%SZ).txt"
log() { echo "$*" | tee -a "$REPORT"; }

./mvnw -B -q -o -pl adapters-llm -am test-compile
CP_FILE=$(mktemp /tmp/blogflow-llm-bench-cp.XXXXXX)
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -B -q -o -pl adapters-llm dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
CP="adapters-llm/target/test-classes:adapters-llm/target/classes:application/target/classes:domain/target/classes:$(cat "$CP_FILE")"

log "blogflow LLM gateway benchmark $(date -u +%FT%TZ) on $(nproc) cores, $(java -version 2>&1 | head -1)"
java ${JAVA_OPTS:-} -cp "$CP" io.blogflow.llm.adapter.langchain4j.GatewayOverheadBench \
  "$CALLS" "$CONCURRENCY" "$LATENCY_MS" 2>/dev/null | tee -a "$REPORT"
log "report: $REPORT"
