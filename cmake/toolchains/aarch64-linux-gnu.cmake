# Cross-compiling for 64-bit ARM Linux (Raspberry Pi 3/4/5, Jetson,
# Graviton) with Debian's gcc-aarch64-linux-gnu. Tests run under
# qemu-aarch64 when it is installed (Debian's qemu-user).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
# C++ is only for kbench's optional Highway peer: name the compiler only
# when it is installed (g++-aarch64-linux-gnu), so C-only builds configure.
find_program(KSIMD_AARCH64_CXX aarch64-linux-gnu-g++)
if(KSIMD_AARCH64_CXX)
  set(CMAKE_CXX_COMPILER ${KSIMD_AARCH64_CXX})
endif()
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)

set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set(CMAKE_FIND_ROOT_PATH /usr/aarch64-linux-gnu /usr)
# pkg-config must see the arm64 .pc files (Debian multiarch), not the host's.
set(ENV{PKG_CONFIG_LIBDIR} /usr/lib/aarch64-linux-gnu/pkgconfig:/usr/share/pkgconfig)

find_program(KSIMD_QEMU_AARCH64 qemu-aarch64)
if(KSIMD_QEMU_AARCH64)
  # -L: where the emulated program's dynamic loader and libc live.
  set(CMAKE_CROSSCOMPILING_EMULATOR "${KSIMD_QEMU_AARCH64};-L;/usr/aarch64-linux-gnu")
endif()
