# The shared library's dynamic symbol table is its ABI: it must hold exactly
# the functions include/ksimd.h declares. Anything else (a kernel such as
# ksimd_add_f64_avx2, the table pointer, a helper that lost its `static`)
# would become something users can link against and we could never remove.
# Also checks the versioned SONAME.
#   cmake -DNM=nm -DREADELF=readelf -DLIBRARY=libksimd.so -DHEADER=ksimd.h
#         -DSONAME=libksimd.so.0 -P check_exports.cmake
cmake_minimum_required(VERSION 3.25)
foreach(var NM LIBRARY HEADER SONAME)
  if(NOT ${var})
    message(FATAL_ERROR "usage: cmake -DNM=<nm> [-DREADELF=<readelf>] -DLIBRARY=<lib> -DHEADER=<ksimd.h> -DSONAME=<name> -P ${CMAKE_CURRENT_LIST_FILE}")
  endif()
endforeach()

# Declared: every identifier followed by "(" on a line starting with KSIMD_API.
file(STRINGS "${HEADER}" api_lines REGEX "^KSIMD_API ")
set(declared "")
foreach(line IN LISTS api_lines)
  if(line MATCHES "(ksimd_[A-Za-z0-9_]+)\\(")
    list(APPEND declared "${CMAKE_MATCH_1}")
  endif()
endforeach()
list(LENGTH declared ndeclared)
if(ndeclared LESS 10)
  message(FATAL_ERROR "found only ${ndeclared} declarations in ${HEADER}: is the KSIMD_API pattern stale?")
endif()

execute_process(COMMAND "${NM}" -D --defined-only "${LIBRARY}"
  OUTPUT_VARIABLE nm_out ERROR_VARIABLE nm_err RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${NM} -D --defined-only ${LIBRARY} failed: ${nm_err}")
endif()
# "0000000000012340 T ksimd_add_f32" -> ksimd_add_f32 (versioned names keep
# their @VERSION, which then fails the prefix test below: we do not version).
string(REGEX MATCHALL "[^\n]+" nm_lines "${nm_out}")
set(exported "")
set(bad "")
foreach(line IN LISTS nm_lines)
  if(NOT line MATCHES "^[0-9a-fA-F]* *[A-Za-z] (.+)$")
    message(FATAL_ERROR "unexpected ${NM} line: ${line}")
  endif()
  set(sym "${CMAKE_MATCH_1}")
  list(APPEND exported "${sym}")
  if(NOT sym MATCHES "^ksimd_")
    string(APPEND bad "\n  ${sym}: not in the ksimd_ namespace")
  elseif(NOT sym IN_LIST declared)
    string(APPEND bad "\n  ${sym}: not declared in ksimd.h (give it hidden visibility or static)")
  endif()
endforeach()
foreach(fn IN LISTS declared)
  if(NOT fn IN_LIST exported)
    string(APPEND bad "\n  ${fn}: declared in ksimd.h but not exported (users cannot link it)")
  endif()
endforeach()

if(READELF)
  execute_process(COMMAND "${READELF}" -d "${LIBRARY}" OUTPUT_VARIABLE dyn RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0 OR NOT dyn MATCHES "Library soname: \\[([^]]*)\\]")
    string(APPEND bad "\n  no SONAME in ${LIBRARY}")
  elseif(NOT CMAKE_MATCH_1 STREQUAL SONAME)
    string(APPEND bad "\n  SONAME is ${CMAKE_MATCH_1}, expected ${SONAME}")
  endif()
endif()

if(bad)
  message(FATAL_ERROR "${LIBRARY} exports the wrong symbols:${bad}")
endif()
list(LENGTH exported nexported)
message(STATUS "${nexported} exported symbols, all declared in ksimd.h; ${ndeclared} declarations, all exported")
