# tfbind sources (owned by the tfbind component): the emulated tensorflow
# and numpy modules bound to the scope engine.
set(SV_TFBIND_SOURCES
  ${PROJECT_SOURCE_DIR}/src/tf_builtins.c
  ${PROJECT_SOURCE_DIR}/src/tf_api.c
  ${PROJECT_SOURCE_DIR}/src/tf_numpy.c
)
