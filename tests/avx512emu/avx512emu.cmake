# KSIMD_EMULATE_AVX512=ON (test builds only): the avx512 table compiled
# from the same sources, but with SIMDe's portable AVX-512 intrinsics and
# this directory's shim instead of the real ones, and the avx2 table's flags
# (x86-64-v3, no AVX-512). CI machines without AVX-512 then run the avx512
# table's code (tests/run.sh, job avx512emu). Included from CMakeLists.txt
# in place of ksimd_add_isa(avx512); such a build installs nothing.
find_path(KSIMD_SIMDE_INCLUDE_DIR simde/x86/avx512.h)
if(NOT KSIMD_SIMDE_INCLUDE_DIR)
  message(FATAL_ERROR "KSIMD_EMULATE_AVX512 needs SIMDe (Debian: libsimde-dev)")
endif()
# -Wno-psabi: SIMDe passes its 64-byte vector types by value between static
# inline functions, where GCC warns of an ABI no call here crosses.
ksimd_add_isa(avx512 FLAGS -march=x86-64-v3 -Wno-psabi)
target_compile_definitions(ksimd_isa_avx512 PRIVATE KSIMD_EMULATE_AVX512 SIMDE_ENABLE_NATIVE_ALIASES)
target_include_directories(ksimd_isa_avx512 PRIVATE "${CMAKE_CURRENT_LIST_DIR}")
target_include_directories(ksimd_isa_avx512 SYSTEM PRIVATE "${KSIMD_SIMDE_INCLUDE_DIR}")
# An emulated table must never reach users: no install rules, no packages.
set(CMAKE_SKIP_INSTALL_RULES ON)
message(STATUS "ksimd: KSIMD_EMULATE_AVX512: the avx512 table runs on SIMDe (test build, not installable)")
