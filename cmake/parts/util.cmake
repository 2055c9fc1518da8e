# Shared utilities: allocation seam, interner, diagnostics, UTF-8.
set(SV_UTIL_SOURCES
  ${PROJECT_SOURCE_DIR}/src/mem.c
  ${PROJECT_SOURCE_DIR}/src/intern.c
  ${PROJECT_SOURCE_DIR}/src/diag.c
  ${PROJECT_SOURCE_DIR}/src/utf8.c
)
