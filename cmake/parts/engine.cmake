# The scope engine (tf.h, scopeviz/model.h accessors): TF 1.15 naming.
set(SV_ENGINE_SOURCES
  ${PROJECT_SOURCE_DIR}/src/graph.c
  ${PROJECT_SOURCE_DIR}/src/scope.c
  ${PROJECT_SOURCE_DIR}/src/ops.c
  ${PROJECT_SOURCE_DIR}/src/variables.c
  ${PROJECT_SOURCE_DIR}/src/vartpl.c
  ${PROJECT_SOURCE_DIR}/src/tftypes.c
)
