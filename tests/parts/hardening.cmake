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

set(_sv_supp ${PROJECT_SOURCE_DIR}/tests/unit/lsan-graphviz.supp)
set(_sv_lsan "LSAN_OPTIONS=suppressions=${_sv_supp}")
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

# ---- bad-input corpus (tests/bad/) -----------------------------------------
# Each case: an input, the expected exit status (<name>.status) and the
# expected output: <name>.out (exact stdout, if present), <name>.err (exact
# stderr) or <name>.err_first (exact first line of stderr). Inputs too big
# for git are written at test time by tests/bad/generate.cmake (fixture
# bad.generate). ctest: bad.<name>.
set(_sv_bad ${PROJECT_SOURCE_DIR}/tests/bad)
set(_sv_bad_gen ${CMAKE_CURRENT_BINARY_DIR}/bad-gen)
add_test(NAME bad.generate COMMAND ${CMAKE_COMMAND} -DOUT=${_sv_bad_gen}
  -P ${_sv_bad}/generate.cmake)
set_tests_properties(bad.generate PROPERTIES FIXTURES_SETUP sv_bad_gen
  LABELS "bad;hardening")

# sv_bad_case(NAME [GEN] [ARGS arg...]): runs `scopeviz ARGS NAME.py`
# (ARGS default: run) in the input's directory, so diagnostics name the
# file without a path.
function(sv_bad_case name)
  cmake_parse_arguments(B "GEN" "" "ARGS" ${ARGN})
  if(NOT B_ARGS)
    set(B_ARGS run)
  endif()
  set(_dir ${_sv_bad})
  if(B_GEN)
    set(_dir ${_sv_bad_gen})
  endif()
  file(READ ${_sv_bad}/${name}.status _status)
  string(STRIP "${_status}" _status)
  set(_exp)
  foreach(k out err err_first)
    if(EXISTS ${_sv_bad}/${name}.${k})
      string(TOUPPER ${k} _K)
      list(APPEND _exp -DEXPECT_${_K}=${_sv_bad}/${name}.${k})
    endif()
  endforeach()
  set(_args "${B_ARGS}")
  add_test(NAME bad.${name}
    COMMAND ${CMAKE_COMMAND} -DPROG=$<TARGET_FILE:scopeviz> "-DARGS=${_args}"
      -DSCRIPT=${name}.py -DEXPECT_STATUS=${_status} ${_exp}
      -P ${PROJECT_SOURCE_DIR}/tests/run_case.cmake
    WORKING_DIRECTORY ${_dir})
  set_tests_properties(bad.${name} PROPERTIES LABELS "bad;hardening"
    TIMEOUT 300
    ENVIRONMENT "${_sv_lsan}")
  if(B_GEN)
    set_tests_properties(bad.${name} PROPERTIES FIXTURES_REQUIRED sv_bad_gen)
  endif()
endfunction()

foreach(c empty nul_bytes binary_junk invalid_utf8 bom_crlf
    unterminated_string unterminated_bracket unterminated_triple huge_int
    infinite_recursion huge_repeat huge_list_repeat huge_pad
    huge_format_width name_with_nul weird_names deep_values
    cross_graph_tensor)
  sv_bad_case(${c})
endforeach()
sv_bad_case(infinite_loop ARGS run --max-steps 1000000)
sv_bad_case(string_growth ARGS run --max-memory 64M)
sv_bad_case(huge_case_map ARGS run --max-memory 64M)
foreach(c many_chars many_split_parts big_range_list)
  sv_bad_case(${c} ARGS run --max-memory 64M)
endforeach()
foreach(c deep_brackets deep_lists deep_calls deep_with_blocks
    deep_with_items big_identifier long_line op_chain)
  sv_bad_case(${c} GEN)
endforeach()

# Cases that need a shell: tests/bad/io_cases.sh CASE.
set(_sv_io_env "SCOPEVIZ=$<TARGET_FILE:scopeviz>" "SV_SRC=${PROJECT_SOURCE_DIR}"
  "SV_TMP=${CMAKE_CURRENT_BINARY_DIR}/bad-tmp" "SV_GEN=${_sv_bad_gen}"
  "${_sv_lsan}")
foreach(c input_directory input_missing input_unreadable input_fifo
    output_unwritable output_dev_full output_kept_on_failure
    output_file_too_large
    weird_names_dot weird_names_json deep_scope_exporters
    parse_memory_limit long_shape_text)
  add_test(NAME bad.${c} COMMAND /bin/sh ${_sv_bad}/io_cases.sh ${c})
  set_tests_properties(bad.${c} PROPERTIES LABELS "bad;hardening"
    SKIP_RETURN_CODE 77 TIMEOUT 300 FIXTURES_REQUIRED sv_bad_gen
    ENVIRONMENT "${_sv_io_env}")
endforeach()
