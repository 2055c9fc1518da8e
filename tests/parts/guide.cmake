# The learner's guide (docs/guide.md) and every picture under docs/img/
# are generated from samples/ by scopeviz (tests/tools/gen_docs.py, run by
# scripts/gen-docs.sh). docs.current regenerates them into a temporary
# directory and fails, listing the stale files, when anything committed
# differs: a sample or an exporter changed without regenerating the docs.
find_program(SV_GUIDE_PYTHON3 NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(SV_GUIDE_PYTHON3)
  add_test(NAME docs.current
    COMMAND ${SV_GUIDE_PYTHON3} ${PROJECT_SOURCE_DIR}/tests/tools/gen_docs.py
      --check --scopeviz $<TARGET_FILE:scopeviz>
      --root ${PROJECT_SOURCE_DIR})
  set_tests_properties(docs.current PROPERTIES LABELS "docs;samples"
    ENVIRONMENT "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/unit/lsan-graphviz.supp")
endif()
