#!/usr/bin/env bash
# blogflow benchmark: image variant generation (adapters-media). A 2400x1600 JPEG is rendered to 320/640/1024/1600
# wide in JPEG and WebP, with and without a text watermark, on one thread. Not a test: it prints ms per render and
# renders per second (decode + scale + watermark + encode; WebP includes running the bundled cwebp).
#
# Needs: a JDK. Compiles adapters-media and its tests offline (never installs), runs VariantRenderBench from the
# test classpath.
# Environment:
#   RENDERS  renders measured per line (default 20, after as many warm-up renders)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

RENDERS=${RENDERS:-20}
mkdir -p bench/results
REPORT="bench/results/$(basename "$0" .sh)-$(date -u +%Y%m%dT%H%M%SZ).txt"
log() { echo "$*" | tee -a "$REPORT"; }

./mvnw -B -q -o -pl adapters-media -am test-compile
CP_FILE=$(mktemp /tmp/blogflow-media-bench-cp.XXXXXX)
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -B -q -o -pl adapters-media dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
CP="adapters-media/target/test-classes:adapters-media/target/classes:application/target/classes:domain/target/classes:$(cat "$CP_FILE")"

log "blogflow media variant benchmark $(date -u +%FT%TZ) on $(nproc) cores, $(java -version 2>&1 | head -1)"
java ${JAVA_OPTS:-} -Djava.awt.headless=true -cp "$CP" io.blogflow.images.adapter.media.VariantRenderBench \
  "$RENDERS" 2>/dev/null | tee -a "$REPORT"
log "report: $REPORT"
