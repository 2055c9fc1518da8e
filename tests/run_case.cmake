# Runs one script through a program and compares the result with expected
# files. Usage (from ctest):
#   cmake -DPROG=<exe> "-DARGS=run" -DSCRIPT=<file.py>
#         -DEXPECT_OUT=<file> [-DEXPECT_ERR_LAST=<file>] [-DEXPECT_ERR=<file>]
#         -DEXPECT_STATUS=<n> [-DSTDIN=<file>] -P run_case.cmake
# EXPECT_OUT: exact stdout. EXPECT_ERR_LAST: exact last line of stderr (an
# empty file means stderr must be empty). EXPECT_ERR: exact whole stderr.
# [-DEXPECT_ERR_FIRST=<file>]: exact first line of stderr (for huge
# diagnostics; added for tests/bad/).
# Needs neither Python nor a shell.
foreach(v PROG SCRIPT EXPECT_STATUS)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "run_case.cmake: -D${v}=... is required")
  endif()
endforeach()

set(_in)
if(DEFINED STDIN)
  set(_in INPUT_FILE ${STDIN})
endif()
execute_process(COMMAND ${PROG} ${ARGS} ${SCRIPT}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err ${_in})

set(fail FALSE)
if(NOT "${rc}" STREQUAL "${EXPECT_STATUS}")
  message("exit status: expected ${EXPECT_STATUS}, got ${rc}")
  set(fail TRUE)
endif()

if(DEFINED EXPECT_OUT)
  file(READ ${EXPECT_OUT} want)
  if(NOT "${out}" STREQUAL "${want}")
    message("stdout differs.\n--- expected (${EXPECT_OUT})\n${want}--- got\n${out}---")
    set(fail TRUE)
  endif()
endif()

if(DEFINED EXPECT_ERR)
  file(READ ${EXPECT_ERR} want)
  if(NOT "${err}" STREQUAL "${want}")
    message("stderr differs.\n--- expected (${EXPECT_ERR})\n${want}--- got\n${err}---")
    set(fail TRUE)
  endif()
endif()

if(DEFINED EXPECT_ERR_LAST)
  file(READ ${EXPECT_ERR_LAST} want)
  string(REGEX REPLACE "\n+$" "" want "${want}")
  string(REGEX REPLACE "\n+$" "" errt "${err}")
  string(FIND "${errt}" "\n" pos REVERSE)
  if(pos EQUAL -1)
    set(last "${errt}")
  else()
    math(EXPR pos "${pos} + 1")
    string(SUBSTRING "${errt}" ${pos} -1 last)
  endif()
  if(NOT "${last}" STREQUAL "${want}")
    message("last line of stderr differs.\n--- expected\n${want}\n--- got (whole stderr)\n${err}---")
    set(fail TRUE)
  endif()
endif()

if(DEFINED EXPECT_ERR_FIRST)
  file(READ ${EXPECT_ERR_FIRST} want)
  string(REGEX REPLACE "\n.*$" "" want "${want}")
  string(FIND "${err}" "\n" pos)
  if(pos EQUAL -1)
    set(first "${err}")
  else()
    string(SUBSTRING "${err}" 0 ${pos} first)
  endif()
  if(NOT "${first}" STREQUAL "${want}")
    message("first line of stderr differs.\n--- expected\n${want}\n--- got\n${first}\n---")
    set(fail TRUE)
  endif()
endif()

if(fail)
  message(FATAL_ERROR "case ${SCRIPT} failed")
endif()
