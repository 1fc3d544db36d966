#!/usr/bin/env bash
# NowCast + AQI: `lmhub bench aqi` (Swift, release build) next to the numpy reference
# (benchmarks/aqi_reference.py) on the same generated data, in one go. Prints both rates, the ratio
# Swift/numpy and whether the checksums (and every station-hour) agree; exits 1 when they do not.
#
# Usage: benchmarks/run_aqi.sh [HOURS [STATIONS [FOLDER]]]
#   HOURS     station-hours in all (10000000)
#   STATIONS  stations (1000)
#   FOLDER    for the data file (80 MB at 10M hours), the per-hour AQI and the logs (a new temporary folder)
# SKIP_BUILD=1 runs the existing .build/release/lmhub (a tree another build has broken for the moment).
set -euo pipefail
cd "$(dirname "$0")/.."
hours=${1:-10000000}
stations=${2:-1000}
dir=${3:-$(mktemp -d)}
mkdir -p "$dir"

python3 -c 'import numpy' 2>/dev/null || pip install numpy
if [ "${SKIP_BUILD:-0}" = 1 ]; then
    echo "not building: .build/release/lmhub of $(date -r .build/release/lmhub '+%F %T')"
else
    echo "building (release)…"
    swift build -c release >"$dir/build.log" 2>&1 || { cat "$dir/build.log"; exit 1; }
fi
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo); $(swift --version 2>&1 | head -1)"
echo

.build/release/lmhub bench aqi --hours "$hours" --stations "$stations" \
    --write-data "$dir/pm25.f64" --write-aqi "$dir/aqi-swift.i16" | tee "$dir/swift.txt"
echo
numpy_status=0
memory=()
[ -x /usr/bin/time ] && memory=(/usr/bin/time -f %M -o "$dir/numpy.maxrss")
"${memory[@]}" python3 benchmarks/aqi_reference.py "$dir/pm25.f64" --stations "$stations" \
    --swift-aqi "$dir/aqi-swift.i16" | tee "$dir/numpy.txt" || numpy_status=$?
[ -f "$dir/numpy.maxrss" ] && echo "numpy peak RSS $(awk '{ printf "%.1f MiB", $1 / 1024 }' "$dir/numpy.maxrss")"

rate() { grep -o '[0-9]* station-hours/s' "$1" | head -1 | cut -d' ' -f1; }
checksum() { grep -o 'aqi_sum=[0-9]* hours_with_aqi=[0-9]*' "$1"; }
swift_rate=$(rate "$dir/swift.txt")
numpy_rate=$(rate "$dir/numpy.txt")
echo
echo "Swift: $swift_rate station-hours/s"
echo "numpy: $numpy_rate station-hours/s"
awk -v s="$swift_rate" -v n="$numpy_rate" 'BEGIN { printf "ratio Swift/numpy (rate): %.2f\n", s / n }'
if [ "$(checksum "$dir/swift.txt")" = "$(checksum "$dir/numpy.txt")" ] && [ "$numpy_status" -eq 0 ]; then
    echo "checksums agree: $(checksum "$dir/swift.txt"); every station-hour agrees"
else
    echo "DISAGREE: Swift $(checksum "$dir/swift.txt"), numpy $(checksum "$dir/numpy.txt") (see $dir/numpy.txt)"
    exit 1
fi
echo "files in $dir"
