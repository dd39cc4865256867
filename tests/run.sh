#!/usr/bin/env bash
# Builds ksimd and runs the whole test suite, as CI does:
#   1. native build with -Werror: Criterion suites on every table this CPU
#      has, ksimd-selftest, the same selftest under qemu-x86_64 as a qemu64,
#      Nehalem and Haswell CPU, and the baseline-object check;
#   2. AArch64 cross build, its selftest under qemu-aarch64 (three cores).
# On Debian 12 it installs what is missing first (as root, or via sudo).
# Environment: KSIMD_BUILD_DIR (default build-test), KSIMD_SKIP_CROSS=1.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${KSIMD_BUILD_DIR:-$root/build-test}
jobs=$(nproc 2>/dev/null || echo 2)

need=(cmake make gcc pkg-config binutils libcriterion-dev libsleef-dev libmpfr-dev qemu-user)
[ "${KSIMD_SKIP_CROSS:-0}" = 1 ] || need+=(gcc-aarch64-linux-gnu libc6-dev-arm64-cross libsleef-dev:arm64)
"$root/cmake/install-deps.sh" "${need[@]}"

echo "== native build"
cmake -S "$root" -B "$out/native" -DCMAKE_BUILD_TYPE=Release -DKSIMD_WERROR=ON
cmake --build "$out/native" -j "$jobs"
ctest --test-dir "$out/native" --output-on-failure -j "$jobs"

if [ "${KSIMD_SKIP_CROSS:-0}" != 1 ]; then
    echo "== aarch64 cross build (tests under qemu-aarch64)"
    cmake -S "$root" -B "$out/aarch64" -DCMAKE_BUILD_TYPE=Release -DKSIMD_WERROR=ON \
        -DCMAKE_TOOLCHAIN_FILE="$root/cmake/toolchains/aarch64-linux-gnu.cmake"
    cmake --build "$out/aarch64" -j "$jobs"
    ctest --test-dir "$out/aarch64" --output-on-failure -j "$jobs"
fi
