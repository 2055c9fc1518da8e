# Data exporters (names, explain, json), the golden workflow and the
# `scopeviz` CLI: unit tests, CLI tests, golden tests, JSON schema checks.

# Exporters on hand-built models (tf1-semantics.md §15), no engine needed.
sv_unit_test(export_fake SOURCES
  ${PROJECT_SOURCE_DIR}/tests/unit/check_export_fake.c
  ${PROJECT_SOURCE_DIR}/tests/unit/fake_model.c
  ${PROJECT_SOURCE_DIR}/exporters/common.c
  ${PROJECT_SOURCE_DIR}/exporters/names.c
  ${PROJECT_SOURCE_DIR}/exporters/explain.c
  ${PROJECT_SOURCE_DIR}/exporters/json.c
  ${PROJECT_SOURCE_DIR}/exporters/golden.c)
target_include_directories(check_export_fake PRIVATE
  ${PROJECT_SOURCE_DIR}/exporters)
target_link_libraries(check_export_fake PRIVATE PkgConfig::CJSON)

# The same exporters on models built through the engine (src/tf.h).
sv_unit_test(export_data
  SOURCES ${PROJECT_SOURCE_DIR}/tests/unit/check_export_data.c
  PARTS exporters)
target_link_libraries(check_export_data PRIVATE PkgConfig::CJSON)

# CLI tests: POSIX shell scripts, one ctest each (cli.<name>).
set(_sv_cli_tests exit_status output golden stdin batch determinism compact
    options json_paths)
foreach(t IN LISTS _sv_cli_tests)
  add_test(NAME cli.${t}
    COMMAND /bin/sh ${PROJECT_SOURCE_DIR}/tests/cli/${t}.sh)
  set_tests_properties(cli.${t} PROPERTIES LABELS cli
    ENVIRONMENT "SCOPEVIZ=$<TARGET_FILE:scopeviz>;SV_SRC=${PROJECT_SOURCE_DIR};SV_TMP=${CMAKE_CURRENT_BINARY_DIR}/cli-tmp/${t};LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/unit/lsan-graphviz.supp")
endforeach()

# Golden tests: every samples/**/*.py against tests/golden/<path>.<names|
# explain|dot|json> (those that exist), as ctest golden.<path with dots>.
file(GLOB_RECURSE _sv_samples RELATIVE ${PROJECT_SOURCE_DIR}/samples
  CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/samples/*.py)
list(SORT _sv_samples)
foreach(s IN LISTS _sv_samples)
  string(REGEX REPLACE "\\.py$" "" _name ${s})
  string(REPLACE "/" "." _name ${_name})
  add_test(NAME golden.${_name}
    COMMAND scopeviz check-golden ${PROJECT_SOURCE_DIR}/samples/${s})
  set_tests_properties(golden.${_name} PROPERTIES LABELS golden
    ENVIRONMENT "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/unit/lsan-graphviz.supp")
endforeach()

# Every JSON output (fresh from each sample, and every golden .json) is
# valid against docs/scopeviz-model.schema.json (python3-jsonschema).
find_program(SV_PYTHON3 NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(SV_PYTHON3)
  add_test(NAME json.schema
    COMMAND ${SV_PYTHON3} ${PROJECT_SOURCE_DIR}/tests/tools/validate_json.py
      --schema ${PROJECT_SOURCE_DIR}/docs/scopeviz-model.schema.json
      --scopeviz $<TARGET_FILE:scopeviz>
      ${PROJECT_SOURCE_DIR}/samples ${PROJECT_SOURCE_DIR}/tests/golden)
  set_tests_properties(json.schema PROPERTIES LABELS "cli;golden")
endif()

# Compact variables against the plain names table on random scripts that
# reach under variables' scopes (tests/tools/compact_diff.py; more with a
# larger COUNT by hand).
if(SV_PYTHON3)
  add_test(NAME cli.compact_random
    COMMAND ${SV_PYTHON3} ${PROJECT_SOURCE_DIR}/tests/tools/compact_diff.py
      $<TARGET_FILE:scopeviz> 1 400)
  set_tests_properties(cli.compact_random PROPERTIES LABELS cli
    ENVIRONMENT "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/unit/lsan-graphviz.supp")
endif()
