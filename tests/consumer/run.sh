#!/usr/bin/env bash
# Builds and runs tests/consumer against an installed ksimd, three ways:
#   1. CMake find_package, shared (ksimd::ksimd);
#   2. CMake find_package, static (ksimd::ksimd_static: -lsleef -lm by name);
#   3. pkg-config, shared (and checks that --static adds -lsleef -lm).
# Each program must pass its checks, and each must use the installed
# library: the shared ones load libksimd.so.0 from PREFIX, the static one
# does not load it at all.
#   tests/consumer/run.sh PREFIX WORKDIR
# PREFIX: where ksimd was installed (cmake --install --prefix, or the usr/ of
# an unpacked .deb). WORKDIR: scratch space, emptied first. CC and CFLAGS
# (e.g. sanitizer flags) are used for all three builds. With
# KSIMD_INSTALL_FROM=<build dir> it first installs that build into PREFIX
# (emptied first): the ctest test `consumer` does this.
set -euo pipefail

if [ -n "${KSIMD_INSTALL_FROM:-}" ]; then
    rm -rf "$1"
    cmake --install "$KSIMD_INSTALL_FROM" --prefix "$1" >/dev/null
fi
prefix=$(cd "$1" && pwd)
work=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cc=${CC:-cc}
cflags=${CFLAGS:-}
rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd)

pc=$(find "$prefix" -name ksimd.pc -path '*/pkgconfig/*' | head -n 1)
[ -n "$pc" ] || { echo "consumer: no ksimd.pc under $prefix" >&2; exit 1; }
libdir=$(dirname "$(dirname "$pc")")

# The library a binary loads, as the dynamic loader resolves it.
loaded_ksimd() { LD_LIBRARY_PATH=${2:-} ldd "$1" | awk '/libksimd\.so/ {print $3}'; }

for kind in shared static; do
    static=OFF
    [ "$kind" = static ] && static=ON
    echo "-- consumer: find_package, $kind"
    cmake -S "$here" -B "$work/cmake-$kind" -DCMAKE_PREFIX_PATH="$prefix" -DCONSUMER_STATIC=$static \
        -DCMAKE_C_COMPILER="$cc" -DCMAKE_C_FLAGS="$cflags" -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$work/cmake-$kind" >/dev/null
    bin=$work/cmake-$kind/consumer
    "$bin"
    lib=$(loaded_ksimd "$bin")
    if [ "$kind" = shared ]; then
        # CMake links the imported target by full path and sets RUNPATH to it.
        [ "$(readlink -f "$lib")" = "$(readlink -f "$libdir/libksimd.so.0")" ] ||
            { echo "consumer: $bin loads '$lib', not $libdir/libksimd.so.0" >&2; exit 1; }
    else
        [ -z "$lib" ] || { echo "consumer: the static build still loads $lib" >&2; exit 1; }
    fi
done

echo "-- consumer: pkg-config, shared"
export PKG_CONFIG_PATH="$libdir/pkgconfig"
static_libs=$(pkg-config --static --libs ksimd)
for lib in -lsleef -lm; do
    case " $static_libs " in
    *" $lib "*) ;;
    *) echo "consumer: pkg-config --static --libs ksimd lacks $lib: $static_libs" >&2; exit 1 ;;
    esac
done
# shellcheck disable=SC2046,SC2086  # word splitting of the flags is wanted
"$cc" $cflags -std=c11 -o "$work/consumer-pc" "$here/consumer.c" $(pkg-config --cflags --libs ksimd)
LD_LIBRARY_PATH="$libdir" "$work/consumer-pc"
lib=$(loaded_ksimd "$work/consumer-pc" "$libdir")
[ "$(readlink -f "$lib")" = "$(readlink -f "$libdir/libksimd.so.0")" ] ||
    { echo "consumer: consumer-pc loads '$lib', not $libdir/libksimd.so.0" >&2; exit 1; }
echo "-- consumer: find_package (shared, static) and pkg-config against $prefix: passed"
