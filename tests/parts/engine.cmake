# Unit tests of the scope engine (tf1-semantics.md §1-§11, §15), one
# executable per area, all sharing tests/unit/engine_testlib.c.
sv_unit_test(engine SOURCES ${PROJECT_SOURCE_DIR}/tests/unit/check_engine.c
  PARTS util engine)
foreach(area names ops vscopes variables printing)
  sv_unit_test(${area} SOURCES
    ${PROJECT_SOURCE_DIR}/tests/unit/check_${area}.c
    ${PROJECT_SOURCE_DIR}/tests/unit/engine_testlib.c
    PARTS util engine)
endforeach()

# Benchmark driver of the engine (built, not registered with ctest):
# engine_bench [iterations] prints time and peak bytes per op.
add_executable(engine_bench ${PROJECT_SOURCE_DIR}/tests/tools/engine_bench.c
  $<TARGET_OBJECTS:sv_util> $<TARGET_OBJECTS:sv_engine>)
target_include_directories(engine_bench PRIVATE
  ${PROJECT_SOURCE_DIR}/include ${PROJECT_SOURCE_DIR}/src)
target_link_libraries(engine_bench PRIVATE scopeviz_options m)
