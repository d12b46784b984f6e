#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server: initialised in a temporary folder as a
# non-root user, listening on 127.0.0.1 on a free port, stopped (and its folder removed) when the
# command ends. The command sees the server's URL in ENTENTE_TEST_PG_URL.
#
# Usage: scripts/pg-server.sh npm test
set -euo pipefail

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [ -z "$bin" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "pg-server: PostgreSQL is not installed (apt-get install -y postgresql)" >&2
    exit 1
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql > /dev/null
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
fi

folder="$(mktemp -d)"
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  # PostgreSQL refuses to run as root: the server runs as the postgres user (made if missing).
  id postgres > /dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$folder"
  as_owner=(runuser -u postgres --)
fi

port="$(node -e 'const s = require("node:net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close() })')"

stop() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$folder/data" -m immediate stop > /dev/null 2>&1 || true
  rm -rf "$folder"
}
trap stop EXIT

"${as_owner[@]}" "$bin/initdb" -D "$folder/data" -A trust -U postgres > "$folder/initdb.log" 2>&1 || {
  cat "$folder/initdb.log" >&2
  exit 1
}
"${as_owner[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=off" start > /dev/null || {
  cat "$folder/server.log" >&2
  exit 1
}

export ENTENTE_TEST_PG_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "pg-server: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
"$@"
