# The TF script corpus (tests/tf/s<section>_<topic>.py): `scopeviz run` on
# each script, compared with <name>.out (exact stdout), <name>.err (exact
# last line of stderr; empty: stderr must be empty) and <name>.status (exit
# status, 0 when absent). Every expected line comes from tf1-semantics.md
# (the section is cited next to each print) or from CPython for
# pure-Python behaviour.
file(GLOB _tf_cases RELATIVE ${PROJECT_SOURCE_DIR}/tests/tf
  ${PROJECT_SOURCE_DIR}/tests/tf/*.py)
list(SORT _tf_cases)
foreach(s IN LISTS _tf_cases)
  string(REGEX REPLACE "\\.py$" "" base "${s}")
  set(e ${PROJECT_SOURCE_DIR}/tests/tf/${base})
  set(status 0)
  if(EXISTS ${e}.status)
    file(READ ${e}.status status)
    string(STRIP "${status}" status)
  endif()
  set(_err)
  if(EXISTS ${e}.err)
    set(_err -DEXPECT_ERR_LAST=${e}.err)
  endif()
  add_test(NAME tf.${base}
    COMMAND ${CMAKE_COMMAND} -DPROG=$<TARGET_FILE:scopeviz> -DARGS=run
      -DSCRIPT=${e}.py -DEXPECT_OUT=${e}.out ${_err}
      -DEXPECT_STATUS=${status}
      -P ${PROJECT_SOURCE_DIR}/tests/run_case.cmake)
  set_tests_properties(tf.${base} PROPERTIES LABELS "tf")
endforeach()

sv_unit_test(tfbind SOURCES ${PROJECT_SOURCE_DIR}/tests/unit/check_tfbind.c
  PARTS core)
