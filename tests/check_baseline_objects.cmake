# Fails if any of OBJECTS ("a.o|b.o|...") contains AVX or AVX-512 code: a
# ymm or zmm register, an opmask register (k0-k7), or a VEX/EVEX-encoded
# instruction (mnemonics starting with "v", even on xmm registers).
#   cmake -DOBJDUMP=objdump -DOBJECTS="a.o|b.o" -P check_baseline_objects.cmake
if(NOT OBJDUMP OR NOT OBJECTS)
  message(FATAL_ERROR "usage: cmake -DOBJDUMP=<objdump> -DOBJECTS=<a.o|b.o|...> -P ${CMAKE_CURRENT_LIST_FILE}")
endif()
string(REPLACE "|" ";" objects "${OBJECTS}")

set(instructions 0)
set(bad "")
foreach(object IN LISTS objects)
  if(NOT EXISTS "${object}")
    message(FATAL_ERROR "missing object ${object}: build the project first")
  endif()
  execute_process(COMMAND "${OBJDUMP}" -d --no-show-raw-insn "${object}"
    OUTPUT_VARIABLE asm ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0 OR NOT asm MATCHES "file format elf64-x86-64")
    message(FATAL_ERROR "${OBJDUMP} cannot disassemble ${object}: ${err}")
  endif()
  # One match per instruction line ("  1f:\tmnemonic operands"; llvm-objdump
  # puts spaces before the tab).
  string(REGEX MATCHALL "\n *[0-9a-f]+: *\t[^\n]*" lines "${asm}")
  list(LENGTH lines count)
  math(EXPR instructions "${instructions} + ${count}")
  string(REGEX MATCHALL "\n *[0-9a-f]+: *\t(v[a-z0-9]*[^\n]*|[^\n]*%([yz]mm[0-9]+|k[0-7])[^\n]*)" hits "${asm}")
  if(hits)
    list(LENGTH hits nhits)
    list(SUBLIST hits 0 5 first)
    string(REPLACE ";" "" first "${first}")
    string(APPEND bad "\n${object}: ${nhits} AVX/AVX-512 instructions, e.g.:${first}")
  endif()
endforeach()

if(instructions EQUAL 0)
  message(FATAL_ERROR "no instructions disassembled from ${OBJECTS}")
endif()
if(bad)
  message(FATAL_ERROR "objects built with baseline flags contain AVX/AVX-512 code:${bad}")
endif()
list(LENGTH objects nobjects)
message(STATUS "${nobjects} baseline objects, ${instructions} instructions, no AVX/AVX-512 code")
