# ksimd_add_isa(<name> [HEADER <header>] [FLAGS <flag>...])
#
# Compiles the written-once kernel sources (KSIMD_KERNEL_SOURCES) once more,
# as an OBJECT library ksimd_isa_<name> with that ISA's flags,
# KSIMD_TARGET_<NAME>, KSIMD_ISA_SUFFIX=<name> and KSIMD_ISA_HEADER=<header>
# defined (kernels/simd/simd.h includes <header>.h by the latter; the header
# is <name> unless the ISA has one per architecture, as NEON has
# neon_armv7 on 32-bit ARM), plus the ISA's hand-tuned file
# kernels/tuned/<name>.c when there is one, and KSIMD_TUNED defined as the
# name of kernels/tuned/<name>.h, when there is one, for kernels/table.c.
# Records the ISA in the global property KSIMD_ISAS so dispatch learns which tables exist.
function(ksimd_add_isa name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "HEADER" "FLAGS")
  if(NOT ARG_HEADER)
    set(ARG_HEADER ${name})
  endif()
  string(TOUPPER "${name}" upper)
  set(sources ${KSIMD_KERNEL_SOURCES})
  set(definitions KSIMD_TARGET_${upper} KSIMD_ISA_SUFFIX=${name} KSIMD_ISA_HEADER=${ARG_HEADER})
  # CONFIGURE_DEPENDS: a tuned file added later re-runs CMake at the next
  # build, and the changed definitions rebuild the ISA's units, table.c too.
  file(GLOB tuned CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/kernels/tuned/${name}.[ch]")
  if("${PROJECT_SOURCE_DIR}/kernels/tuned/${name}.c" IN_LIST tuned)
    list(APPEND sources "${PROJECT_SOURCE_DIR}/kernels/tuned/${name}.c")
  endif()
  if("${PROJECT_SOURCE_DIR}/kernels/tuned/${name}.h" IN_LIST tuned)
    list(APPEND definitions "KSIMD_TUNED=\"tuned/${name}.h\"")
  endif()
  add_library(ksimd_isa_${name} OBJECT ${sources})
  target_compile_definitions(ksimd_isa_${name} PRIVATE ${definitions})
  target_compile_options(ksimd_isa_${name} PRIVATE ${ARG_FLAGS} ${KSIMD_KERNEL_FLAGS})
  target_include_directories(ksimd_isa_${name} PRIVATE
    "${PROJECT_SOURCE_DIR}/include" "${PROJECT_SOURCE_DIR}/kernels")
  set_property(GLOBAL APPEND PROPERTY KSIMD_ISAS ${name})
endfunction()
