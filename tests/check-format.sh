#!/usr/bin/env bash
# Fails when a C or C++ source of the project differs from what clang-format
# (the root .clang-format) makes of it, listing the files and the first lines
# of each difference. Deliberate tables sit between "clang-format off/on".
# Usage: tests/check-format.sh [CLANG_FORMAT]   (default: clang-format)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cf=${1:-clang-format}
cd "$root"

bad=()
while IFS= read -r f; do
    if ! "$cf" --style=file "$f" | cmp -s - "$f"; then
        bad+=("$f")
        "$cf" --style=file "$f" | diff -u "$f" - | sed -n '3,12p' | sed "s|^|  $f: |"
    fi
done < <(git ls-files '*.c' '*.h' '*.cc' 2>/dev/null ||
    find bench cmake dispatch include kernels tests -name '*.[ch]' -o -name '*.cc')

if [ ${#bad[@]} -gt 0 ]; then
    echo "${#bad[@]} file(s) not formatted; run: clang-format -i ${bad[*]}" >&2
    exit 1
fi
echo "format: every C source matches .clang-format ($("$cf" --version | head -n 1))"
