# Unit tests of the front component (lexer, parser).
sv_unit_test(lexer SOURCES ${PROJECT_SOURCE_DIR}/tests/unit/check_lexer.c
  PARTS util front)
sv_unit_test(parser SOURCES ${PROJECT_SOURCE_DIR}/tests/unit/check_parser.c
  PARTS util front)
