#!/usr/bin/env bash
# Reads the hub's OGC API – Features endpoint with GDAL's OAPIF driver (ogrinfo), as QGIS and other GDAL
# clients do: the `stations` layer must be listed, its feature count must equal the stations of
# /api/v1/stations, and the features must carry the latest values (`DO`) and classes (`class`).
#   LMHUB_URL=http://127.0.0.1:8080 scripts/checks/ogr-stations.sh
# Set CPL_DEBUG=ON to see each request GDAL makes.
set -euo pipefail
: "${LMHUB_URL:?set LMHUB_URL to the hub, e.g. http://127.0.0.1:8080}"
command -v ogrinfo >/dev/null || { echo "ogrinfo (gdal-bin) is not installed"; exit 1; }

fail() { echo "ogr-stations: $*" >&2; exit 1; }
expected=$(curl -fsS "$LMHUB_URL/api/v1/stations" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["stations"]))')
[ "$expected" -gt 0 ] || fail "/api/v1/stations lists no stations"

layers=$(ogrinfo -ro -q "OAPIF:$LMHUB_URL/ogc") || fail "ogrinfo could not open OAPIF:$LMHUB_URL/ogc"
grep -Eq '^[0-9]+: stations( |$)' <<<"$layers" || fail "no 'stations' layer in: $layers"

summary=$(ogrinfo -ro -so "OAPIF:$LMHUB_URL/ogc" stations) || fail "ogrinfo -so failed"
count=$(sed -n 's/^Feature Count: \([0-9-]*\)$/\1/p' <<<"$summary")
[ "$count" = "$expected" ] || fail "Feature Count '$count' is not the $expected stations:
$summary"
grep -Eq '^DO: Real' <<<"$summary" || fail "no Real field DO in the schema:
$summary"
grep -Eq '^class: String' <<<"$summary" || fail "no String field class in the schema:
$summary"

features=$(ogrinfo -ro "OAPIF:$LMHUB_URL/ogc" stations) || fail "ogrinfo (all features) failed"
read_count=$(grep -c '^OGRFeature(stations):' <<<"$features" || true)
[ "$read_count" = "$expected" ] || fail "read $read_count features, not $expected"
grep -Eq '^  DO \(Real\) = [0-9.]+' <<<"$features" || fail "no DO value read"
grep -Eq '^  class \(String\) = (I|II|III|IV|V|劣V)$' <<<"$features" || fail "no GB 3838-2002 class read"
grep -Eq '^  POINT \(' <<<"$features" || fail "no point geometry read"
echo "ogr-stations: layer 'stations' with $count features, DO and class read by GDAL $(ogrinfo --version | cut -d, -f1)"
