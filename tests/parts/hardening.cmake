# Hardening (issue 5): fuzz harnesses, their regression replay, and the
# bad-input corpus tests/bad/. docs/reliability.md describes all of it.

# ---- fuzz harnesses -------------------------------------------------------
# replay_<h>: the harness's LLVMFuzzerTestOneInput with a main() that reads
# files, built in every configuration, so ctest replays every input the
# fuzzers ever found (tests/fuzz/regress/<h>/) plus the seed scripts.
set(_sv_fuzz ${PROJECT_SOURCE_DIR}/tests/fuzz)
add_executable(replay_parse ${_sv_fuzz}/fuzz_parse.c ${_sv_fuzz}/replay_main.c
  $<TARGET_OBJECTS:sv_util> $<TARGET_OBJECTS:sv_front>)
target_include_directories(replay_parse PRIVATE
  ${PROJECT_SOURCE_DIR}/include ${PROJECT_SOURCE_DIR}/src)
target_link_libraries(replay_parse PRIVATE scopeviz_options)
add_executable(replay_run ${_sv_fuzz}/fuzz_run.c ${_sv_fuzz}/replay_main.c)
target_link_libraries(replay_run PRIVATE scopeviz_exporters scopeviz_options)

set(_sv_lsan "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/unit/lsan-graphviz.supp")
add_test(NAME fuzz.replay.parse COMMAND replay_parse
  ${_sv_fuzz}/regress/parse ${_sv_fuzz}/regress/run
  ${PROJECT_SOURCE_DIR}/tests/lang ${PROJECT_SOURCE_DIR}/tests/tf)
add_test(NAME fuzz.replay.run COMMAND replay_run
  ${_sv_fuzz}/regress/run ${_sv_fuzz}/regress/parse)
set_tests_properties(fuzz.replay.parse fuzz.replay.run PROPERTIES
  LABELS "fuzz;hardening" ENVIRONMENT "${_sv_lsan}")

# With -DSCOPEVIZ_FUZZ=ON (clang only): everything is compiled with
# coverage instrumentation and ASan+UBSan, and fuzz_parse / fuzz_run are
# libFuzzer binaries (scripts/ci-fuzz-smoke.sh, docs/reliability.md).
if(SCOPEVIZ_FUZZ)
  if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "SCOPEVIZ_FUZZ needs clang (CC=clang)")
  endif()
  set(_sv_fz -fsanitize=fuzzer-no-link,address,undefined
             -fno-sanitize-recover=all -fno-omit-frame-pointer)
  set_property(TARGET scopeviz_options APPEND PROPERTY
    INTERFACE_COMPILE_OPTIONS ${_sv_fz})
  set_property(TARGET scopeviz_options APPEND PROPERTY
    INTERFACE_LINK_OPTIONS -fsanitize=address,undefined)
  add_executable(fuzz_parse ${_sv_fuzz}/fuzz_parse.c
    $<TARGET_OBJECTS:sv_util> $<TARGET_OBJECTS:sv_front>)
  target_include_directories(fuzz_parse PRIVATE
    ${PROJECT_SOURCE_DIR}/include ${PROJECT_SOURCE_DIR}/src)
  add_executable(fuzz_run ${_sv_fuzz}/fuzz_run.c)
  target_link_libraries(fuzz_run PRIVATE scopeviz_exporters)
  foreach(t fuzz_parse fuzz_run)
    target_link_libraries(${t} PRIVATE scopeviz_options)
    target_link_options(${t} PRIVATE -fsanitize=fuzzer)
  endforeach()
endif()
