#!/usr/bin/env bash
# Builds CuTru and runs every test (unit, storage, services, reports, demo
# province, offscreen GUI; storage, services, demo and reports also on PostgreSQL).
# Installs the Debian packages it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build

# The storage, services, demo and reports tests run a second time on PostgreSQL
# (tests "pg.…"), on a throwaway cluster on 127.0.0.1 that is removed on any exit.
# Without one they are skipped, and this says so before and after the run.
pg_skipped=""
pg_dir=$(mktemp -d -t cutru-test-postgres-XXXXXX)
trap 'bash scripts/postgres-test-cluster.sh stop "$pg_dir" || true' EXIT
trap 'exit 130' INT TERM
if pg_uri=$(bash scripts/postgres-test-cluster.sh start "$pg_dir" 55433 2>"$pg_dir.err"); then
  export CUTRU_TEST_POSTGRES="$pg_uri"
  echo "PostgreSQL tests on a throwaway cluster: $pg_uri"
else
  pg_skipped="the test cluster could not be started: $(tr '\n' ' ' <"$pg_dir.err")"
  export CUTRU_TEST_POSTGRES_UNAVAILABLE="$pg_skipped"
  unset CUTRU_TEST_POSTGRES
  echo "=== PostgreSQL tests SKIPPED: $pg_skipped ==="
fi
rm -f "$pg_dir.err"

status=0
QT_QPA_PLATFORM=offscreen ctest --test-dir build --output-on-failure -j "$(nproc)" || status=$?
[ -z "$pg_skipped" ] || echo "=== PostgreSQL tests SKIPPED: $pg_skipped ==="
exit "$status"
