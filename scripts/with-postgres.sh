#!/usr/bin/env bash
# Runs a command next to a throwaway PostgreSQL cluster and exports LMHUB_TEST_POSTGRES_URL for it.
# Installs PostgreSQL from Debian if it is missing; the cluster lives in a temporary folder, listens on a
# free loopback port with password authentication (user and password `lmhub`), runs as the `postgres`
# user when this script runs as root, and is stopped and removed
# when the command ends, whether it passed or failed. The command's exit code is this script's.
#   bash scripts/with-postgres.sh swift test --disable-xctest
set -euo pipefail

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
PGBIN=$(pg_bin)
if [ -z "$PGBIN" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  PGBIN=$(pg_bin)
fi

as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then useradd --system --no-create-home postgres; fi

DIR=$(mktemp -d /tmp/lmhub-pg.XXXXXX)
[ "$(id -u)" = 0 ] && chown postgres "$DIR"
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

stop() {
  as_owner "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap stop EXIT

echo lmhub > "$DIR/password"
[ "$(id -u)" = 0 ] && chown postgres "$DIR/password"
as_owner "$PGBIN/initdb" -D "$DIR/data" --auth-local=trust --auth-host=scram-sha-256 --username=lmhub \
  --pwfile="$DIR/password" --encoding=UTF8 >/dev/null
as_owner "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=400" start >/dev/null
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (throwaway cluster in $DIR)"

export LMHUB_TEST_POSTGRES_URL="postgres://lmhub:lmhub@127.0.0.1:$PORT/postgres?tlsmode=disable"
"$@"
