#!/usr/bin/env bash
# blogflow media serving benchmark: uploads one 2400×1600 image through the API, times the first request of each
# rendition (rendered, stored, recorded once) and then measures the cached public GET /media/{id}/{variant} with
# wrk: a JPEG/PNG rendition, the WebP one (Accept: image/webp), the original, the 304 revalidation path, and a trivial
# endpoint of the same app for scale. Needs: a JDK, wrk, curl, python3. Environment: DURATION (15s), CONNECTIONS (32).
source "$(dirname "$0")/lib.sh"

DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}

# A photo-like test image without any image tool: a smooth gradient with noise, as PNG (zlib + CRCs by hand).
python3 - "$DATA_DIR/source.png" <<'PY'
import random, struct, sys, zlib
w, h = 2400, 1600
rows = bytearray()
for y in range(h):
    rows.append(0)
    for x in range(w):
        n = random.randint(-12, 12)
        rows += bytes((max(0, min(255, x * 255 // w + n)), max(0, min(255, y * 255 // h + n)), 128))
def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) \
    + chunk(b'IDAT', zlib.compress(bytes(rows), 6)) + chunk(b'IEND', b'')
open(sys.argv[1], 'wb').write(png)
PY

log "blogflow media-serving benchmark $(date -u +%FT%TZ) on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
start_app
TOKEN=$(access_token)
MEDIA=$(curl -sf -X POST "$BASE/api/v1/media" -H "Authorization: Bearer $TOKEN" \
  -F "file=@$DATA_DIR/source.png;type=image/png" -F "altText=Benchmark gradient" | sed -E 's/.*"id":"([^"]+)".*/\1/')
log "uploaded $(stat -c %s "$DATA_DIR/source.png") bytes as media $MEDIA"

first() { # name, path, extra curl arguments: the first request renders and stores the rendition
  local name=$1 path=$2; shift 2
  log "  first request, $name: $(curl -sf -o /dev/null -w '%{time_total}' "$@" "$BASE$path") s"
}
first "w640" "/media/$MEDIA/w640"
first "w640 WebP" "/media/$MEDIA/w640" -H 'Accept: image/webp'
first "w1600" "/media/$MEDIA/w1600"
first "w1600 WebP" "/media/$MEDIA/w1600" -H 'Accept: image/webp'

ETAG=$(curl -s -D - -o /dev/null "$BASE/media/$MEDIA/w640" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
log "cached (${CONNECTIONS} connections, ${DURATION} each after a 5 s warm-up):"
run "trivial GET /q/health/live" "$BASE/q/health/live"
run "GET /media/{id}/w640" "$BASE/media/$MEDIA/w640"
run "GET /media/{id}/w640, Accept: image/webp" -H 'Accept: image/webp' "$BASE/media/$MEDIA/w640"
run "GET /media/{id}/original" "$BASE/media/$MEDIA/original"
run "GET /media/{id}/w640, If-None-Match → 304" -H "If-None-Match: $ETAG" "$BASE/media/$MEDIA/w640"
log "report: $REPORT"
