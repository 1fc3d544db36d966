#!/usr/bin/env bash
# Serving under load (issue 12): starts the release server on a new database filled with the bundled data and
# runs wrk against each URL with 32 connections, then with 1,000, for DURATION seconds each, /healthz first as
# the baseline of the same run; then a mixed run in which `lmhub import` writes a file into the same database
# and a client creates and deletes hub items while 32 connections load pages and API answers. Prints a Markdown table (requests/s, ratio to /healthz, p50, p99,
# non-2xx answers, socket errors and timeouts). Needs wrk (Debian: apt-get install wrk).
#   bash benchmarks/serve.sh            # DURATION=10
#   DURATION=5 bash benchmarks/serve.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
[ -x .build/release/lmhub ] || swift build -c release --product lmhub
BIN=.build/release/lmhub
DIR=$(mktemp -d /tmp/lmhub-bench.XXXXXX)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
ulimit -n 65536 2>/dev/null || true
"$BIN" serve --database "$DIR/hub.sqlite" --port "$PORT" --log-level warning > "$DIR/server.log" 2>&1 &
SERVER=$!
stop() { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$DIR"; }
trap stop EXIT
URL="http://127.0.0.1:$PORT"
for _ in $(seq 1 240); do curl -fs "$URL/healthz" >/dev/null && break; sleep 0.5; done
sleep 1

# One wrk run's output summarised: prints "req/s p50 p99 non2xx errors".
summary() {
  python3 - "$1" <<'PY'
import re, sys
text = sys.argv[1]
def ms(label):
    m = re.search(r"^\s*" + label + r"\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
    if not m: return float("nan")
    v, unit = float(m.group(1)), m.group(2)
    return v / 1000 if unit == "us" else v * 1000 if unit == "s" else v
rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
non2xx = int((re.search(r"Non-2xx or 3xx responses: (\d+)", text) or [0, 0])[1])
errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
errs = sum(int(x) for x in errors.groups()) if errors else 0
print(f"{rate:.0f} {ms('50%'):.1f} {ms('99%'):.1f} {non2xx} {errs}")
PY
}

# One wrk run against one URL.
run() {
  summary "$(wrk -t2 -c"$1" -d"${DURATION}s" --timeout 10s --latency "$URL$2" 2>&1)"
}

# /healthz first (the baseline), then every page and API the issue names: the overview, every station page,
# the hub and its search, the station list, observations, AQI and assessments.
paths=(/healthz / /hub "/hub?q=water" "/hub?q=%E6%B0%B4" /api/v1/stations "/api/v1/hub/items?q=water" "/stations/Andaung%20Meas"
       /stations/Lumphat "/stations/Phum%20Pi" /stations/Siempang /stations/Hanoi "/api/v1/stations/Hanoi/observations?limit=1000"
       "/api/v1/stations/Hanoi/aqi?limit=1000" "/api/v1/stations/Hanoi/aqi?resolution=day" "/api/v1/assessments?station=Lumphat"
       "/api/v1/latest?parameter=DO" /fhi /sdg /carbon)
echo "| URL | connections | req/s | × /healthz | p50 ms | p99 ms | non-2xx | errors |"
echo "|---|---|---|---|---|---|---|---|"
for connections in 32 1000; do
  base=""
  for path in "${paths[@]}"; do
    read -r rate p50 p99 non2xx errs < <(run "$connections" "$path")
    [ -z "$base" ] && base=$rate
    ratio=$(python3 -c "print(f'{$rate / $base:.2f}')")
    echo "| \`$path\` | $connections | $rate | $ratio | $p50 | $p99 | $non2xx | $errs |"
  done
done

# Mixed: while 32 connections load pages and API answers in turn, `lmhub import` writes 50,000 observations
# into the same database from another process and a client creates and deletes hub items through the API.
python3 - "$DIR/mixed.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("station,time,parameter,value,unit\n")
    for i in range(50_000):
        station, hour = i % 50, i // 50
        f.write(f"BENCH-{station},{2030 + hour // 8760}-01-01T00:00:00Z,DO,{6 + (i % 7) / 10},mg/L\n".replace(
            "01-01T00:00:00Z", f"{1 + (hour % 8760) // 744:02d}-{1 + (hour % 744) // 24:02d}T{hour % 24:02d}:00:00Z"))
PY
cat > "$DIR/mixed.lua" <<'LUA'
local paths = {"/", "/stations/Lumphat", "/stations/Hanoi", "/hub", "/api/v1/stations", "/api/v1/stations/Hanoi/aqi?limit=100",
               "/api/v1/assessments?station=Siempang", "/api/v1/hub/items?q=water"}
local n = 0
request = function() n = n + 1; return wrk.format("GET", paths[n % #paths + 1]) end
LUA
TOKEN=$("$BIN" token create --name bench --role admin --database "$DIR/hub.sqlite")
edits() {
  local failed=0
  for i in $(seq 1 40); do
    item="{\"id\": \"bench-$i\", \"kind\": \"event\", \"title\": {\"en\": \"Benchmark $i\"}, \"date\": \"2024-01\"}"
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "$item" "$URL/api/v1/hub/items")
    [ "$code" = 201 ] || failed=$((failed + 1))
    code=$(curl -s -o /dev/null -w '%{http_code}' -X DELETE -H "Authorization: Bearer $TOKEN" "$URL/api/v1/hub/items/bench-$i")
    [ "$code" = 200 ] || [ "$code" = 204 ] || failed=$((failed + 1))
    sleep 0.1
  done
  echo "$failed" > "$DIR/edits.failed"
}
"$BIN" import "$DIR/mixed.csv" --database "$DIR/hub.sqlite" > "$DIR/import.log" 2>&1 &
IMPORT=$!
edits &
EDITS=$!
out=$(wrk -t2 -c32 -d"${DURATION}s" --timeout 10s --latency -s "$DIR/mixed.lua" "$URL" 2>&1)
read -r rate p50 p99 non2xx errs < <(summary "$out")
wait "$IMPORT" && imported=ok || imported="failed: $(tail -n 2 "$DIR/import.log")"
wait "$EDITS"
echo "| pages and API during an import ($imported) and 80 hub edits ($(cat "$DIR/edits.failed") failed) | 32 | $rate | | $p50 | $p99 | $non2xx | $errs |"
