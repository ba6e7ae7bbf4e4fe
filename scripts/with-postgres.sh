#!/usr/bin/env bash
# Runs COMMAND... against a throwaway PostgreSQL 15 server and exits with COMMAND's status.
#
#   scripts/with-postgres.sh COMMAND...
#
# The server lives in a temporary folder, listens only on 127.0.0.1 on a free port, trusts
# loopback connections, and runs with fsync=off (speed; the data is thrown away). COMMAND sees
#   SAMLA_TEST_POSTGRES_URL=postgresql://samla@127.0.0.1:PORT/samla_test
# The role samla owns samla_test and may create databases (the conformance suite's backup tests
# use a database of their own). The server is stopped and the folder removed on every exit, including Ctrl-C and errors.
# initdb refuses to run as root, so as root the server runs as the `postgres` system user.
set -euo pipefail

if [[ $# -eq 0 ]]; then
  echo "usage: $0 COMMAND..." >&2
  exit 2
fi

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
if [[ ! -x "$PG_BIN/initdb" ]]; then
  echo "with-postgres: $PG_BIN/initdb not found; install the Debian package postgresql-15" >&2
  exit 2
fi

# as_server runs a command as the user that owns the server's files.
if [[ $(id -u) -eq 0 ]]; then
  if ! id -u postgres >/dev/null 2>&1; then
    useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/false postgres
  fi
  as_server() { runuser -u postgres -- "$@"; }
else
  as_server() { "$@"; }
fi

# /tmp, not $TMPDIR: as root the folder must be reachable by the postgres user.
tmp=$(mktemp -d /tmp/samla-pg.XXXXXX)
data="$tmp/data"
log="$tmp/server.log"
started=0

# shellcheck disable=SC2317  # called through the trap
cleanup() {
  local status=$?
  if [[ $started -eq 1 ]]; then
    as_server "$PG_BIN/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ $(id -u) -eq 0 ]]; then
  chown postgres: "$tmp"
fi
chmod 700 "$tmp"

# A free port: ask the kernel for one, then release it for the server to take.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

as_server "$PG_BIN/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
  >"$tmp/initdb.log" 2>&1 || {
  cat "$tmp/initdb.log" >&2
  exit 1
}
# Loopback only: no Unix socket elsewhere, no other interface, trust for 127.0.0.1 alone.
cat >"$data/pg_hba.conf" <<'EOF'
host all all 127.0.0.1/32 trust
EOF
if [[ $(id -u) -eq 0 ]]; then chown postgres: "$data/pg_hba.conf"; fi

opts="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$tmp'"
opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
opts+=" -c max_connections=100 -c shared_buffers=32MB"
if ! as_server "$PG_BIN/pg_ctl" -D "$data" -l "$log" -o "$opts" -w -t 60 start >/dev/null; then
  cat "$log" >&2 || true
  exit 1
fi
started=1

psql=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres)
"${psql[@]}" -c "CREATE ROLE samla LOGIN CREATEDB" -c "CREATE DATABASE samla_test OWNER samla" >/dev/null

export SAMLA_TEST_POSTGRES_URL="postgresql://samla@127.0.0.1:$port/samla_test"
# Not exec: the EXIT trap must still stop the server after COMMAND finishes.
set +e
"$@"
status=$?
set -e
exit "$status"
