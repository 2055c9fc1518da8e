# Unit tests of the scope engine (tf1-semantics.md §1-§11, §15), one
# executable per area, all sharing tests/unit/engine_testlib.c.
sv_unit_test(engine SOURCES ${PROJECT_SOURCE_DIR}/tests/unit/check_engine.c
  PARTS util engine)
foreach(area names ops vscopes variables)
  sv_unit_test(${area} SOURCES
    ${PROJECT_SOURCE_DIR}/tests/unit/check_${area}.c
    ${PROJECT_SOURCE_DIR}/tests/unit/engine_testlib.c
    PARTS util engine)
endforeach()
