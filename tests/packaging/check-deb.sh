#!/usr/bin/env bash
# Builds the .deb of a configured and built tree (cpack -G DEB), unpacks it
# into a scratch root (dpkg -x, no root needed, nothing touches the system)
# and checks what users get: the layout of tests/README-packaging.md, the
# control fields, the SONAME link chain, that the packaged ksimd-selftest
# passes, and that tests/consumer builds against the unpacked usr/ three
# ways (so the packaged CMake and pkg-config files are relocatable).
#   tests/packaging/check-deb.sh BUILD_DIR WORKDIR
# Configure BUILD_DIR with -DCMAKE_INSTALL_PREFIX=/usr for Debian's
# multiarch library directory (usr/lib/<triplet>); otherwise usr/lib.
set -euo pipefail

build=$(cd "$1" && pwd)
work=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
rm -rf "$work"
mkdir -p "$work"
work=$(cd "$work" && pwd)

(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" >/dev/null)
deb=$(ls "$work"/ksimd_*.deb)
echo "-- deb: $(basename "$deb")"
root=$work/root
dpkg -x "$deb" "$root"

fail=0
need() { [ -e "$root/$1" ] || [ -L "$root/$1" ] || { echo "deb: missing $1" >&2; fail=1; }; }

need usr/include/ksimd.h
need usr/bin/ksimd-selftest
need usr/bin/kbench
pc=$(cd "$root" && find usr -name ksimd.pc)
[ -n "$pc" ] || { echo "deb: no ksimd.pc" >&2; exit 1; }
libdir=$(dirname "$(dirname "$pc")")
case "$libdir" in
usr/lib | usr/lib/*-linux-gnu*) ;;
*) echo "deb: libraries in $libdir, expected usr/lib or usr/lib/<triplet>" >&2; fail=1 ;;
esac
version=$(dpkg-deb -f "$deb" Version)
for f in libksimd.a libksimd.so libksimd.so.0 "libksimd.so.$version" cmake/ksimd/ksimdConfig.cmake \
    cmake/ksimd/ksimdConfigVersion.cmake cmake/ksimd/ksimdTargets.cmake pkgconfig/ksimd.pc; do
    need "$libdir/$f"
done
# The development link and the SONAME link resolve to the real file.
[ "$(readlink "$root/$libdir/libksimd.so")" = libksimd.so.0 ] || { echo "deb: libksimd.so is not -> libksimd.so.0" >&2; fail=1; }
[ "$(readlink "$root/$libdir/libksimd.so.0")" = "libksimd.so.$version" ] ||
    { echo "deb: libksimd.so.0 is not -> libksimd.so.$version" >&2; fail=1; }
# Nothing outside /usr, nothing unexpected inside it.
unexpected=$(cd "$root" && find . -mindepth 1 -maxdepth 1 ! -name usr)
[ -z "$unexpected" ] || { echo "deb: files outside /usr: $unexpected" >&2; fail=1; }

depends=$(dpkg-deb -f "$deb" Depends)
for dep in libc6 libsleef3 libsleef-dev; do
    case ", $depends," in
    *", $dep "* | *", $dep,"*) ;;
    *) echo "deb: Depends lacks $dep: $depends" >&2; fail=1 ;;
    esac
done
[ "$(dpkg-deb -f "$deb" Package)" = ksimd ] || { echo "deb: package name is not ksimd" >&2; fail=1; }
[ $fail = 0 ] || exit 1
echo "-- deb: layout under /$libdir, Depends: $depends"

"$root/usr/bin/ksimd-selftest" --quiet
LD_LIBRARY_PATH="$root/$libdir" "$root/usr/bin/kbench" --help >/dev/null
"$here/../consumer/run.sh" "$root/usr" "$work/consumer"
echo "-- deb: passed"
