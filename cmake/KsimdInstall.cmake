# What users who link ksimd get from `cmake --install`: the header, the
# shared library (versioned SONAME) and the static one, a CMake package
# (find_package(ksimd CONFIG) -> ksimd::ksimd, ksimd::ksimd_static), a
# pkg-config file, and a .deb through CPack.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS ksimd ksimd_static ksimd_sleef EXPORT ksimdTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES include/ksimd.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(KSIMD_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/ksimd)
install(EXPORT ksimdTargets NAMESPACE ksimd:: DESTINATION ${KSIMD_CMAKE_DIR})
configure_package_config_file(cmake/ksimdConfig.cmake.in
  ${PROJECT_BINARY_DIR}/ksimdConfig.cmake INSTALL_DESTINATION ${KSIMD_CMAKE_DIR})
# 0.x releases may break the API between minor versions.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/ksimdConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/ksimdConfig.cmake ${PROJECT_BINARY_DIR}/ksimdConfigVersion.cmake
  DESTINATION ${KSIMD_CMAKE_DIR})

# The .pc file finds its prefix from where it lies (${pcfiledir}): the same
# file then serves `cmake --install --prefix <anywhere>` and the .deb, which
# CPack stages under /usr whatever prefix the build was configured with.
file(RELATIVE_PATH KSIMD_PC_UP "${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig" "${CMAKE_INSTALL_PREFIX}")
configure_file(cmake/ksimd.pc.in ${PROJECT_BINARY_DIR}/ksimd.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/ksimd.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

set(CPACK_PACKAGE_NAME ksimd)
set(CPACK_PACKAGE_VENDOR "The ksimd authors")
set(CPACK_PACKAGE_CONTACT "The ksimd authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION libdevel)
# dpkg-shlibdeps derives the runtime dependencies (libc, libsleef3) from
# the installed binaries.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsleef-dev")
# A shlibs file, so packages linking libksimd.so.0 get "Depends: ksimd
# (>= this version)" from their own dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")
# Cross builds package for their target (arm64, armhf), not for the build
# machine, which is what CPack would ask dpkg for.
if(CMAKE_CROSSCOMPILING AND CMAKE_LIBRARY_ARCHITECTURE)
  find_program(KSIMD_DPKG_ARCHITECTURE dpkg-architecture)
  if(KSIMD_DPKG_ARCHITECTURE)
    execute_process(COMMAND ${KSIMD_DPKG_ARCHITECTURE} -t${CMAKE_LIBRARY_ARCHITECTURE} -qDEB_HOST_ARCH
      OUTPUT_VARIABLE CPACK_DEBIAN_PACKAGE_ARCHITECTURE OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  endif()
endif()
include(CPack)
