#!/usr/bin/env bash
# Builds ksimd and runs the whole test suite, as CI does. Jobs, in order:
#   format     every C source as .clang-format lays it out (clang-format 14)
#   native     gcc build with -Werror: Criterion suites on every table this
#              CPU has, ksimd-selftest, the same selftest under qemu-x86_64 as
#              a qemu64, Nehalem and Haswell CPU, the baseline-object check,
#              exported symbols, bad input, threads, fuzz-corpus replay, and
#              the consumer built against this build installed (ctest)
#   deb        cpack -G DEB of the native build, unpacked with dpkg -x: layout,
#              control fields, packaged selftest, consumer against it
#   valgrind   ksimd-selftest (every table valgrind runs) under memcheck
#   clang      the library and its tests with Debian's clang, -Werror, whole ctest
#   sanitize   clang -fsanitize=address,undefined -fno-sanitize-recover=all,
#              whole ctest except the qemu-emulated selftests
#   tsan       clang -fsanitize=thread: the thread and pool tests (ctest -L threads)
#   fuzz       clang libFuzzer + ASan/UBSan: fuzz_kernels, then fuzz_expr,
#              each for KSIMD_FUZZ_SECONDS (120) from its seed corpus
#   avx512emu  the avx512 table through SIMDe (KSIMD_EMULATE_AVX512, no AVX-512
#              instructions): the shim test, ksimd-selftest with avx512 chosen,
#              ksimd-fpflags and ctest. Only on CPUs without avx512f, whose
#              native job cannot run that table; KSIMD_FORCE_AVX512EMU=1 runs
#              it anyway (to try it on an AVX-512 machine)
#   cross      AArch64 cross build, its selftest under qemu-aarch64 (three cores)
#   armhf      32-bit ARM cross build, its selftest under qemu-arm (five cores,
#              and the scalar table alone under a KSIMD_ISA=scalar cap), and
#              its .deb
# Each job prints its time; a summary follows at the end (also on failure).
# On Debian 12 it installs what is missing first (as root, or via sudo).
# Environment:
#   KSIMD_BUILD_DIR      where the build trees go (default build-test)
#   KSIMD_SKIP_<JOB>=1   skip a job: KSIMD_SKIP_FORMAT, _NATIVE, _DEB, _VALGRIND,
#                        _CLANG, _SANITIZE, _TSAN, _FUZZ, _AVX512EMU, _CROSS, _ARMHF (deb and
#                        valgrind use the native build: skipping native
#                        skips them too)
#   KSIMD_FUZZ_SECONDS   fuzzing time of the fuzz job (default 120)
#   KSIMD_FORCE_AVX512EMU=1  run the avx512emu job on a CPU with avx512f too
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${KSIMD_BUILD_DIR:-$root/build-test}
jobs=$(nproc 2>/dev/null || echo 2)
fuzz_seconds=${KSIMD_FUZZ_SECONDS:-120}

skipped() { local var="KSIMD_SKIP_${1^^}"; [ "${!var:-0}" = 1 ]; }
[ "${KSIMD_SKIP_NATIVE:-0}" = 1 ] && export KSIMD_SKIP_DEB=1 KSIMD_SKIP_VALGRIND=1

need=(cmake make gcc pkg-config binutils libcriterion-dev libsleef-dev libmpfr-dev qemu-user)
skipped format || need+=(clang-format git)
skipped cross || need+=(gcc-aarch64-linux-gnu libc6-dev-arm64-cross libsleef-dev:arm64)
skipped armhf || need+=(gcc-arm-linux-gnueabihf libc6-dev-armhf-cross libsleef-dev:armhf dpkg-dev)
skipped deb || need+=(dpkg-dev file)
skipped valgrind || need+=(valgrind)
skipped avx512emu || need+=(libsimde-dev)
if ! (skipped clang && skipped sanitize && skipped tsan && skipped fuzz); then
    need+=(clang libclang-rt-14-dev)
fi
"$root/cmake/install-deps.sh" "${need[@]}"

# ---- job bookkeeping: times, and a summary however the script ends
times=()
current=""
summary() {
    local rc=$?
    [ -n "$current" ] && times+=("$(printf '%-9s FAILED after %d s' "$current" $((SECONDS - started)))")
    echo "== job times"
    printf '  %s\n' "${times[@]}"
    echo "  total: $SECONDS s"
    exit $rc
}
trap summary EXIT
job() {
    local name=$1
    if skipped "$name"; then
        times+=("$(printf '%-9s skipped (KSIMD_SKIP_%s=1)' "$name" "${name^^}")")
        return
    fi
    echo "== $name"
    current=$name
    started=$SECONDS
    job_note=""
    "job_$name"
    times+=("$(printf '%-9s %4d s%s' "$name" $((SECONDS - started)) "${job_note:+ ($job_note)}")")
    current=""
}

# Configure and build $out/<dir> (Release, -Werror); extra cmake arguments after.
configure_and_build() {
    local dir=$1
    shift
    cmake -S "$root" -B "$out/$dir" -DCMAKE_BUILD_TYPE=Release -DKSIMD_WERROR=ON "$@"
    cmake --build "$out/$dir" -j "$jobs"
}

# ---- the jobs

job_format() {
    "$root/tests/check-format.sh"
}

job_native() {
    # Prefix /usr: Debian's multiarch library directory for the deb job.
    configure_and_build native -DCMAKE_INSTALL_PREFIX=/usr
    ctest --test-dir "$out/native" --output-on-failure -j "$jobs"
}

job_deb() {
    "$root/tests/packaging/check-deb.sh" "$out/native" "$out/deb"
}

job_valgrind() {
    # valgrind 3.19 runs AVX2 code but not AVX-512: ksimd-selftest checks
    # every table it reports available there (the first lines say which)
    # and their identity with the scalar table.
    valgrind --error-exitcode=1 --quiet "$out/native/tests/selftest/ksimd-selftest" |
        grep -E '^(tables|active|[a-z0-9.]+:|identity|[0-9]+ passed)'
}

job_clang() {
    # kbench is left out: clang 14's backend crashes ("Cannot select
    # X86ISD::PCMPGT") on the avx512f clone of bench/peers/compiler_masked.c.
    # Small axis stacks: column sums, minima and maxima then run in strips
    # of a few dozen to a few hundred columns, so the tests' matrices cross
    # strip boundaries.
    CC=clang configure_and_build clang -DKSIMD_BUILD_BENCH=OFF \
        "-DCMAKE_C_FLAGS=-DKSUM_AXIS_BYTES=2048 -DKFOLD_BYTES=256"
    ctest --test-dir "$out/clang" --output-on-failure -j "$jobs"
}

job_sanitize() {
    # clang's UBSan also flags NULL + 0 (gcc's does not). The qemu-emulated
    # selftests are left out: ASan's shadow memory does not fit under
    # qemu-user.
    CC=clang configure_and_build sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKSIMD_BUILD_BENCH=OFF \
        "-DCMAKE_C_FLAGS=-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
    LSAN_OPTIONS=suppressions=$root/tests/sanitize/lsan.supp ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
        UBSAN_OPTIONS=print_stacktrace=1 ctest --test-dir "$out/sanitize" --output-on-failure -j "$jobs" -E '^selftest-'
}

job_tsan() {
    CC=clang cmake -S "$root" -B "$out/tsan" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKSIMD_WERROR=ON \
        -DKSIMD_BUILD_BENCH=OFF -DCMAKE_C_FLAGS=-fsanitize=thread
    cmake --build "$out/tsan" -j "$jobs" --target ksimd-threads ksimd-pool ksimd-parallel ksimd-dlclose ksimd
    TSAN_OPTIONS=halt_on_error=1 ctest --test-dir "$out/tsan" --output-on-failure -L threads
}

job_fuzz() {
    CC=clang cmake -S "$root" -B "$out/fuzz" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKSIMD_WERROR=ON \
        -DKSIMD_BUILD_BENCH=OFF -DKSIMD_FUZZ=ON \
        "-DCMAKE_C_FLAGS=-fsanitize=address,undefined -fno-sanitize-recover=all -fsanitize=fuzzer-no-link"
    cmake --build "$out/fuzz" -j "$jobs" --target fuzz_kernels fuzz_expr
    # A scratch copy: the corpus grows while fuzzing.
    rm -rf "$out/fuzz/work" && mkdir -p "$out/fuzz/work" && cp "$root"/tests/fuzz/corpus/* "$out/fuzz/work/"
    (cd "$out/fuzz" && tests/fuzz/fuzz_kernels -max_total_time="$fuzz_seconds" -print_final_stats=1 \
        work "$root/tests/fuzz/regressions" 2>&1 | tee fuzz.log | grep -E '^(#[0-9]+ *(INITED|DONE)|Done|stat::number|==|SUMMARY)|fuzz_kernels:')
    rm -rf "$out/fuzz/work-expr" && mkdir -p "$out/fuzz/work-expr" && cp "$root"/tests/fuzz/corpus_expr/* "$out/fuzz/work-expr/"
    (cd "$out/fuzz" && tests/fuzz/fuzz_expr -max_total_time="$fuzz_seconds" -print_final_stats=1 \
        work-expr 2>&1 | tee fuzz-expr.log | grep -E '^(#[0-9]+ *(INITED|DONE)|Done|stat::number|==|SUMMARY)|fuzz_expr:')
}

job_avx512emu() {
    # The native job tests the real avx512 table where the CPU has it.
    if grep -qw avx512f /proc/cpuinfo && [ "${KSIMD_FORCE_AVX512EMU:-0}" != 1 ]; then
        job_note="skipped: this CPU has avx512f; KSIMD_FORCE_AVX512EMU=1 runs it"
        echo "-- $job_note"
        return
    fi
    configure_and_build avx512emu -DKSIMD_EMULATE_AVX512=ON -DKSIMD_BUILD_BENCH=OFF
    local bin=$out/avx512emu/tests
    # Detection must choose the emulated table; --isa avx512: its checks alone.
    KSIMD_ISA= KSIMD_PROFILE= "$bin/selftest/ksimd-selftest" --expect-isa avx512 --isa avx512
    KSIMD_ISA= KSIMD_PROFILE= "$bin/hardening/ksimd-fpflags"
    # The rest of the suite with the emulated table active. Under qemu as a
    # Haswell detection rightly picks the emulated table, not the avx2 the
    # test expects (and takes minutes there); qemu64 and Nehalem, without
    # AVX2, must still get scalar and sse4.2.
    ctest --test-dir "$out/avx512emu" --output-on-failure -j "$jobs" -E '^selftest-haswell$'
}

job_cross() {
    configure_and_build aarch64 -DCMAKE_TOOLCHAIN_FILE="$root/cmake/toolchains/aarch64-linux-gnu.cmake"
    ctest --test-dir "$out/aarch64" --output-on-failure -j "$jobs"
}

job_armhf() {
    configure_and_build armhf -DCMAKE_INSTALL_PREFIX=/usr \
        -DCMAKE_TOOLCHAIN_FILE="$root/cmake/toolchains/arm-linux-gnueabihf.cmake"
    ctest --test-dir "$out/armhf" --output-on-failure -j "$jobs"
    # The same CPack configuration gives the armhf .deb, multiarch paths and
    # armhf dependencies (dpkg-shlibdeps on the cross-built binaries).
    (cd "$out/armhf" && rm -f ksimd_*.deb && cpack -G DEB >/dev/null)
    local deb
    deb=$(ls "$out"/armhf/ksimd_*_armhf.deb)
    [ "$(dpkg-deb -f "$deb" Architecture)" = armhf ]
    dpkg-deb -c "$deb" | grep ' ./usr/lib/arm-linux-gnueabihf/libksimd.so.0 -> ' >/dev/null
    dpkg-deb -f "$deb" Depends | grep 'libsleef3' >/dev/null
    echo "-- $(basename "$deb"): Depends: $(dpkg-deb -f "$deb" Depends)"
}

for name in format native deb valgrind clang sanitize tsan fuzz avx512emu cross armhf; do job "$name"; done
