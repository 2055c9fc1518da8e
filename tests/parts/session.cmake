# `scopeviz run` on every bundled sample: stdout, last stderr line and exit
# status against tests/golden/<path>.out/.err/.status (status 0 when no
# .status file). Expectations come from tf1-semantics.md (§15 for the
# tutorial examples), reviewed by hand.
file(GLOB_RECURSE _samples RELATIVE ${PROJECT_SOURCE_DIR}/samples
  ${PROJECT_SOURCE_DIR}/samples/*.py)
list(SORT _samples)
foreach(s IN LISTS _samples)
  string(REGEX REPLACE "\\.py$" "" base "${s}")
  set(g ${PROJECT_SOURCE_DIR}/tests/golden/${base})
  if(NOT EXISTS ${g}.out)
    continue()
  endif()
  set(status 0)
  if(EXISTS ${g}.status)
    file(READ ${g}.status status)
    string(STRIP "${status}" status)
  elseif(EXISTS ${g}.err)
    file(SIZE ${g}.err _errsize)
    if(_errsize GREATER 0)
      set(status 1)
    endif()
  endif()
  string(REPLACE "/" "." tname "${base}")
  add_test(NAME run.${tname}
    COMMAND ${CMAKE_COMMAND} -DPROG=$<TARGET_FILE:scopeviz> -DARGS=run
      -DSCRIPT=${PROJECT_SOURCE_DIR}/samples/${s} -DEXPECT_OUT=${g}.out
      -DEXPECT_ERR_LAST=${g}.err -DEXPECT_STATUS=${status}
      -P ${PROJECT_SOURCE_DIR}/tests/run_case.cmake)
  set_tests_properties(run.${tname} PROPERTIES LABELS "run;samples")
endforeach()

# `scopeviz run --parse-only`: a syntax check that never runs the script.
add_test(NAME run.parse_only_ok
  COMMAND ${CMAKE_COMMAND} -DPROG=$<TARGET_FILE:scopeviz> "-DARGS=run;--parse-only"
    -DSCRIPT=${PROJECT_SOURCE_DIR}/samples/tutorial/example3.py
    -DEXPECT_OUT=${PROJECT_SOURCE_DIR}/tests/golden/tutorial/example3.out
    -DEXPECT_ERR_LAST=${PROJECT_SOURCE_DIR}/tests/golden/tutorial/example1.err
    -DEXPECT_STATUS=0 -P ${PROJECT_SOURCE_DIR}/tests/run_case.cmake)
add_test(NAME run.parse_only_syntax_error
  COMMAND ${CMAKE_COMMAND} -DPROG=$<TARGET_FILE:scopeviz> "-DARGS=run;--parse-only"
    -DSCRIPT=unclosed.py
    -DEXPECT_OUT=${PROJECT_SOURCE_DIR}/tests/golden/tutorial/example3.out
    -DEXPECT_ERR=${PROJECT_SOURCE_DIR}/tests/cli/data/unclosed.err
    -DEXPECT_STATUS=2 -P ${PROJECT_SOURCE_DIR}/tests/run_case.cmake
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}/tests/cli/data)

# Diagnostics corpus: tests/errors/<name>.py must give exactly <name>.err on
# stderr, <name>.out on stdout and exit status <name>.status; <name>.args
# holds extra options (a ;-list). Messages follow CPython 3.11 where CPython
# has one (checked with /usr/bin/python3), positions are line:col.
file(GLOB _errcases ${PROJECT_SOURCE_DIR}/tests/errors/*.py)
list(SORT _errcases)
foreach(py IN LISTS _errcases)
  get_filename_component(n ${py} NAME_WE)
  set(d ${PROJECT_SOURCE_DIR}/tests/errors)
  file(READ ${d}/${n}.status st)
  string(STRIP "${st}" st)
  set(args "run")
  if(EXISTS ${d}/${n}.args)
    file(READ ${d}/${n}.args extra)
    string(STRIP "${extra}" extra)
    set(args "run;${extra}")
  endif()
  # <name>.errlast instead of .err: only the last stderr line is compared
  # (a traceback whose depth depends on the build's stack, e.g. ASan).
  if(EXISTS ${d}/${n}.errlast)
    set(errcmp -DEXPECT_ERR_LAST=${d}/${n}.errlast)
  else()
    set(errcmp -DEXPECT_ERR=${d}/${n}.err)
  endif()
  add_test(NAME errors.${n}
    COMMAND ${CMAKE_COMMAND} -DPROG=$<TARGET_FILE:scopeviz> "-DARGS=${args}"
      -DSCRIPT=${n}.py -DEXPECT_OUT=${d}/${n}.out ${errcmp}
      -DEXPECT_STATUS=${st} -P ${PROJECT_SOURCE_DIR}/tests/run_case.cmake
    WORKING_DIRECTORY ${d})
  set_tests_properties(errors.${n} PROPERTIES LABELS errors)
endforeach()
