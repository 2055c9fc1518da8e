# front sources (owned by the front component): lexer and parser of the
# Python subset (script-language.md §1-§3).
set(SV_FRONT_SOURCES
  ${PROJECT_SOURCE_DIR}/src/lexer.c
  ${PROJECT_SOURCE_DIR}/src/parser.c
)
