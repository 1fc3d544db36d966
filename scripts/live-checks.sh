#!/usr/bin/env bash
# Runs the real clients against a live server: starts `lmhub serve` (the debug build CI made) on a new SQLite
# file and a free loopback port, waits for /healthz, makes an admin API token (LMHUB_TOKEN), runs every
# executable in scripts/checks/ with LMHUB_URL set, and stops the server at the end, whether the checks pass or fail. The clients are installed here when
# missing: GDAL's ogrinfo (Debian gdal-bin), frost-sta-client, schemathesis and prometheus_client (PyPI).
#   bash scripts/live-checks.sh            # every check
#   bash scripts/live-checks.sh sta        # the checks whose names contain "sta"
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v ogrinfo >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gdal-bin >/dev/null
fi
python3 -c 'import frost_sta_client, schemathesis, prometheus_client' 2>/dev/null || pip install -q frost-sta-client schemathesis prometheus_client

BIN=$(swift build --show-bin-path)/lmhub
DIR=$(mktemp -d /tmp/lmhub-live.XXXXXX)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN" serve --database "$DIR/hub.sqlite" --port "$PORT" > "$DIR/server.log" 2>&1 &
SERVER=$!
stop() { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$DIR"; }
trap stop EXIT
export LMHUB_URL="http://127.0.0.1:$PORT"
for _ in $(seq 1 120); do curl -fs "$LMHUB_URL/healthz" >/dev/null && break; sleep 0.5; done
curl -fs "$LMHUB_URL/healthz" >/dev/null || { cat "$DIR/server.log"; echo "the server did not start"; exit 1; }
LMHUB_TOKEN=$("$BIN" token create --database "$DIR/hub.sqlite" --name live-checks --role admin | grep -o 'lmh_[0-9a-f]*' | head -n 1)
export LMHUB_TOKEN

status=0
for check in scripts/checks/*; do
  [ -x "$check" ] || continue
  case "$(basename "$check")" in *"${1:-}"*) ;; *) continue ;; esac
  echo "== $(basename "$check")"
  if ! "$check"; then echo "FAILED: $check"; status=1; fi
done
[ $status = 0 ] || { echo "-- server log (last 40 lines)"; tail -n 40 "$DIR/server.log"; }
exit $status
