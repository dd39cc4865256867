#!/usr/bin/env bash
# Builds ksimd (Release) and runs kbench on this CPU; arguments go to kbench
# (e.g. --kernel 'add_*' --size 1Ki,16Mi, --csv). On Debian 12 it installs
# what is missing first (as root, or via sudo).
# Environment: KSIMD_BUILD_DIR (default build-bench).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${KSIMD_BUILD_DIR:-$root/build-bench}

"$root/cmake/install-deps.sh" cmake make gcc g++ pkg-config libsleef-dev
cmake -S "$root" -B "$out" -DCMAKE_BUILD_TYPE=Release -DKSIMD_BUILD_TESTS=OFF >/dev/null
cmake --build "$out" -j "$(nproc 2>/dev/null || echo 2)" --target kbench >/dev/null
exec "$out/bench/kbench" "$@"
