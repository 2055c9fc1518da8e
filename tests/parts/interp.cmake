# interp tests: unit tests for values/formatting, the sv_pyrun driver and
# the language corpus tests/lang/*.py (expectations from CPython 3.11).
sv_unit_test(value SOURCES ${PROJECT_SOURCE_DIR}/tests/unit/check_value.c
  PARTS util engine front interp)
sv_unit_test(pyfmt SOURCES ${PROJECT_SOURCE_DIR}/tests/unit/check_pyfmt.c
  PARTS util engine front interp)

add_executable(sv_pyrun ${PROJECT_SOURCE_DIR}/tests/tools/sv_pyrun.c
  $<TARGET_OBJECTS:sv_util> $<TARGET_OBJECTS:sv_engine>
  $<TARGET_OBJECTS:sv_front> $<TARGET_OBJECTS:sv_interp>)
target_include_directories(sv_pyrun PRIVATE
  ${PROJECT_SOURCE_DIR}/include ${PROJECT_SOURCE_DIR}/src)
target_link_libraries(sv_pyrun PRIVATE scopeviz_options sv_unistring m)

file(GLOB _sv_lang_cases RELATIVE ${PROJECT_SOURCE_DIR}/tests/lang
  ${PROJECT_SOURCE_DIR}/tests/lang/*.py)
list(REMOVE_ITEM _sv_lang_cases recheck.py)
foreach(_case IN LISTS _sv_lang_cases)
  string(REGEX REPLACE "\\.py$" "" _name ${_case})
  set(_dir ${PROJECT_SOURCE_DIR}/tests/lang)
  file(READ ${_dir}/${_name}.status _status)
  string(STRIP "${_status}" _status)
  add_test(NAME lang.${_name}
    COMMAND ${CMAKE_COMMAND} -DPROG=$<TARGET_FILE:scopeviz> -DARGS=run
      -DSCRIPT=${_dir}/${_case} -DEXPECT_OUT=${_dir}/${_name}.out
      -DEXPECT_ERR_LAST=${_dir}/${_name}.err -DEXPECT_STATUS=${_status}
      -P ${PROJECT_SOURCE_DIR}/tests/run_case.cmake)
  set_tests_properties(lang.${_name} PROPERTIES LABELS lang)
endforeach()
