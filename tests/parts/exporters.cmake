# Exporter unit tests (owned by the exporters component). check_dot runs
# the DOT/render exporters on hand-built models (tests/unit/fake_model.c)
# and needs Graphviz's `dot` on PATH to check that every DOT is accepted
# without a warning.
sv_unit_test(dot
  SOURCES ${PROJECT_SOURCE_DIR}/tests/unit/check_dot.c
          ${PROJECT_SOURCE_DIR}/tests/unit/fake_model.c
  PARTS exporters)
target_link_libraries(check_dot PRIVATE PkgConfig::CGRAPH)
set_tests_properties(unit.dot PROPERTIES ENVIRONMENT
  "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/unit/lsan-graphviz.supp")
