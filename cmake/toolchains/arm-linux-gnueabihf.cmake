# Cross-compiling for 32-bit ARM Linux with hard float (Debian armhf:
# Raspberry Pi OS 32-bit on every Pi from the 2 on, Cortex-A7/A9/A15
# boards) with Debian's gcc-arm-linux-gnueabihf. The baseline is ARMv7 with
# VFPv3-D16; the NEON table is compiled for NEON on top and chosen at run
# time. Tests run under qemu-arm when it is installed (Debian's qemu-user).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR armv7l)
set(CMAKE_C_COMPILER arm-linux-gnueabihf-gcc)
# C++ is only for kbench's optional Highway peer: name the compiler only
# when it is installed (g++-arm-linux-gnueabihf), so C-only builds configure.
find_program(KSIMD_ARMHF_CXX arm-linux-gnueabihf-g++)
if(KSIMD_ARMHF_CXX)
  set(CMAKE_CXX_COMPILER ${KSIMD_ARMHF_CXX})
endif()
set(CMAKE_LIBRARY_ARCHITECTURE arm-linux-gnueabihf)

set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set(CMAKE_FIND_ROOT_PATH /usr/arm-linux-gnueabihf /usr)
# pkg-config must see the armhf .pc files (Debian multiarch), not the host's.
set(ENV{PKG_CONFIG_LIBDIR} /usr/lib/arm-linux-gnueabihf/pkgconfig:/usr/share/pkgconfig)

find_program(KSIMD_QEMU_ARMHF qemu-arm)
if(KSIMD_QEMU_ARMHF)
  # -L: where the emulated program's dynamic loader and libc live.
  set(CMAKE_CROSSCOMPILING_EMULATOR "${KSIMD_QEMU_ARMHF};-L;/usr/arm-linux-gnueabihf")
endif()
