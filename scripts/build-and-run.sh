#!/usr/bin/env bash
# Builds CuTru and launches it. On first start it creates the demo province
# (Thái Bình 2012) in the application data folder and opens it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build
exec build/bin/cutru "$@"
