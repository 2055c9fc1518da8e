# Exporter unit tests (owned by the exporters component). check_dot runs
# the DOT/render exporters on hand-built models (tests/unit/fake_model.c),
# check_dot_engine on models built through the scope engine (src/tf.h).
# Both need Graphviz's `dot` on PATH to check that every DOT is accepted
# without a warning.
sv_unit_test(dot
  SOURCES ${PROJECT_SOURCE_DIR}/tests/unit/check_dot.c
          ${PROJECT_SOURCE_DIR}/tests/unit/dot_testlib.c
          ${PROJECT_SOURCE_DIR}/tests/unit/fake_model.c
  PARTS exporters)
target_link_libraries(check_dot PRIVATE PkgConfig::CGRAPH)
set_tests_properties(unit.dot PROPERTIES ENVIRONMENT
  "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/unit/lsan-graphviz.supp")

sv_unit_test(dot_engine
  SOURCES ${PROJECT_SOURCE_DIR}/tests/unit/check_dot_engine.c
          ${PROJECT_SOURCE_DIR}/tests/unit/dot_testlib.c
          ${PROJECT_SOURCE_DIR}/tests/unit/engine_testlib.c
  PARTS exporters)
target_link_libraries(check_dot_engine PRIVATE PkgConfig::CGRAPH)
set_tests_properties(unit.dot_engine PROPERTIES ENVIRONMENT
  "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/unit/lsan-graphviz.supp")

# `scopeviz dot` byte-identical over 10 processes per sample with
# different environment sizes (issue 4: names once came out as <n7> or n7).
add_test(NAME dot.determinism
  COMMAND /bin/sh ${PROJECT_SOURCE_DIR}/tests/dot/determinism.sh
    $<TARGET_FILE:scopeviz> ${PROJECT_SOURCE_DIR}/samples 10)
set_tests_properties(dot.determinism PROPERTIES LABELS "dot;cli"
  ENVIRONMENT "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/unit/lsan-graphviz.supp")

# Every sample's DOT through `dot -Tsvg`: no stderr output at all
# (dot.svg.<path with dots>), with the default options and with ops.
file(GLOB_RECURSE _sv_dot_samples RELATIVE ${PROJECT_SOURCE_DIR}/samples
  CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/samples/*.py)
list(SORT _sv_dot_samples)
foreach(s IN LISTS _sv_dot_samples)
  string(REGEX REPLACE "\\.py$" "" _name ${s})
  string(REPLACE "/" "." _name ${_name})
  add_test(NAME dot.svg.${_name}
    COMMAND /bin/sh ${PROJECT_SOURCE_DIR}/tests/dot/svg_clean.sh
      $<TARGET_FILE:scopeviz> ${PROJECT_SOURCE_DIR}/samples/${s})
  add_test(NAME dot.svg_ops.${_name}
    COMMAND /bin/sh ${PROJECT_SOURCE_DIR}/tests/dot/svg_clean.sh
      $<TARGET_FILE:scopeviz> ${PROJECT_SOURCE_DIR}/samples/${s}
      --internal-ops --no-group)
  set_tests_properties(dot.svg.${_name} dot.svg_ops.${_name} PROPERTIES
    LABELS dot
    ENVIRONMENT "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/unit/lsan-graphviz.supp")
endforeach()

# Large models and the size options through the CLI (bench/gen.py).
find_program(SV_DOT_PYTHON3 NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(SV_DOT_PYTHON3)
  add_test(NAME dot.large
    COMMAND /bin/sh ${PROJECT_SOURCE_DIR}/tests/dot/large.sh
      $<TARGET_FILE:scopeviz> ${SV_DOT_PYTHON3} ${PROJECT_SOURCE_DIR})
  set_tests_properties(dot.large PROPERTIES LABELS dot TIMEOUT 300
    ENVIRONMENT "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/unit/lsan-graphviz.supp")
endif()

add_test(NAME dot.cluster_order
  COMMAND /bin/sh ${PROJECT_SOURCE_DIR}/tests/dot/cluster_order.sh
    $<TARGET_FILE:scopeviz> ${PROJECT_SOURCE_DIR}/tests/dot/cluster_order.py)
set_tests_properties(dot.cluster_order PROPERTIES LABELS dot)
