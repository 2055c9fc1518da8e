# The public session API (scopeviz.h): load, parse, run, model.
set(SV_SESSION_SOURCES
  ${PROJECT_SOURCE_DIR}/src/session.c
)
