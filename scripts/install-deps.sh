#!/usr/bin/env bash
# Installs the Debian packages CuTru needs to build, test and run (Debian 12 /
# Ubuntu 22.04+). Uses sudo when not root. Safe to run again: apt skips what is there.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev libgl-dev
  qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins
  libspdlog-dev libfmt-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  sqlite3 libsqlite3-dev libsodium-dev libpq-dev
  libxlsxwriter-dev libzip-dev unzip
  fonts-liberation2 poppler-utils
)

# The PostgreSQL server (initdb, pg_ctl) for the tests' throwaway cluster
# (scripts/postgres-test-cluster.sh). Not needed to build or run CuTru: when it cannot
# be installed, the PostgreSQL test runs are skipped with a message saying so.
optional=(postgresql)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
missing=()
for p in "${packages[@]}"; do installed "$p" || missing+=("$p"); done
missing_optional=()
for p in "${optional[@]}"; do installed "$p" || missing_optional+=("$p"); done
[ ${#missing[@]} -eq 0 ] && [ ${#missing_optional[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q || [ ${#missing[@]} -eq 0 ]
if [ ${#missing[@]} -gt 0 ]; then
  $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
if [ ${#missing_optional[@]} -gt 0 ]; then
  $sudo apt-get install -y -q --no-install-recommends "${missing_optional[@]}" \
    || echo "WARNING: could not install ${missing_optional[*]}; the PostgreSQL tests will be skipped." >&2
fi
