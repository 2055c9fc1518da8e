# interp sources (owned by the interp component): runtime values, the
# evaluator, builtins, Python number formatting and str's Unicode rules (script-language.md
# §2-§3, §6-§7).
set(SV_INTERP_SOURCES
  ${PROJECT_SOURCE_DIR}/src/value.c
  ${PROJECT_SOURCE_DIR}/src/interp.c
  ${PROJECT_SOURCE_DIR}/src/builtins.c
  ${PROJECT_SOURCE_DIR}/src/pyfmt.c
  ${PROJECT_SOURCE_DIR}/src/pyunicode.c
)
