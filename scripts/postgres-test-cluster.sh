#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (scripts/build-and-test.sh runs it).
#
#   postgres-test-cluster.sh start DIR [PORT]
#       Creates a cluster in DIR (a new or empty folder) with initdb and starts it on
#       127.0.0.1 only, on the first free port from PORT (default 55433) upward, its
#       Unix socket inside DIR. Prints the superuser's URI,
#       postgresql://postgres@127.0.0.1:PORT/postgres, on standard output.
#   postgres-test-cluster.sh stop DIR
#       Stops that cluster and removes DIR.
#
# Made for speed, not safety: fsync off, nothing kept. The superuser `postgres` is
# trusted on 127.0.0.1 (the tests create and drop databases as it); every other role
# (the CuTru accounts' roles of the row-level security tests) signs in with a
# scram-sha-256 password, as on a real server. initdb refuses to run as root: as root
# the cluster belongs to, and runs as, the `postgres` user.
set -euo pipefail

die() { echo "postgres-test-cluster: $*" >&2; exit 1; }

usage() { die "usage: $0 start DIR [PORT] | stop DIR"; }

# Debian's server binaries: /usr/lib/postgresql/<version>/bin, the newest version.
bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] \
    || die "no PostgreSQL server found under /usr/lib/postgresql (Debian package postgresql)"
  echo "$dir"
}

# Runs a server command as the cluster's owner.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  local dir=$1 port=${2:-55433}
  local bin
  bin=$(bindir)
  mkdir -p "$dir"
  [ -z "$(ls -A "$dir")" ] || die "$dir is not empty"
  dir=$(cd "$dir" && pwd)
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || die "running as root, but there is no 'postgres' user to run the server"
    chown postgres: "$dir"
  fi
  # Marks the folder as ours: stop removes only such a folder.
  as_owner touch "$dir/.cutru-test-cluster"

  as_owner "$bin/initdb" -D "$dir/data" -U postgres --locale=C.UTF-8 --encoding=UTF8 --no-sync \
    --auth=trust >"$dir/initdb.log" 2>&1 \
    || die "initdb failed: $(tail -n 3 "$dir/initdb.log" | tr '\n' ' ')"
  as_owner tee "$dir/data/pg_hba.conf" >/dev/null <<'EOF'
# TYPE  DATABASE  USER      ADDRESS        METHOD
local   all       postgres                 trust
host    all       postgres  127.0.0.1/32   trust
local   all       all                      scram-sha-256
host    all       all       127.0.0.1/32   scram-sha-256
EOF
  as_owner tee -a "$dir/data/postgresql.conf" >/dev/null <<EOF

# CuTru test cluster (scripts/postgres-test-cluster.sh)
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
password_encryption = 'scram-sha-256'
EOF

  # The port is checked first, but another program may take it in between: then the
  # server does not start and the next port is tried.
  local tries=0
  while :; do
    while port_in_use "$port"; do port=$((port + 1)); done
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p $port" -w -t 60 start >/dev/null 2>&1; then
      break
    fi
    tries=$((tries + 1))
    [ "$tries" -lt 5 ] || die "the server did not start: $(tail -n 3 "$dir/server.log" 2>/dev/null | tr '\n' ' ')"
    port=$((port + 1))
  done
  echo "$port" >"$dir/port"
  echo "postgresql://postgres@127.0.0.1:$port/postgres"
}

stop() {
  local dir=$1
  [ -d "$dir" ] || return 0
  # A start that failed before initdb leaves the folder empty.
  if [ -z "$(ls -A "$dir")" ]; then rmdir "$dir"; return 0; fi
  [ -e "$dir/.cutru-test-cluster" ] || die "$dir is not a test cluster made by this script; not removing it"
  if [ -f "$dir/data/postmaster.pid" ]; then
    local bin
    bin=$(bindir)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w -t 60 stop >/dev/null 2>&1 \
      || echo "postgres-test-cluster: the server in $dir did not stop cleanly" >&2
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) [ $# -ge 2 ] && [ $# -le 3 ] || usage; start "$2" "${3:-}" ;;
  stop) [ $# -eq 2 ] || usage; stop "$2" ;;
  *) usage ;;
esac
