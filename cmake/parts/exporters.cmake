# exporters sources (owned by the exporters component): every exporter of
# the recorded model, built into scopeviz_exporters.
set(SV_EXPORTERS_SOURCES
  ${PROJECT_SOURCE_DIR}/exporters/common.c
  ${PROJECT_SOURCE_DIR}/exporters/dot.c
  ${PROJECT_SOURCE_DIR}/exporters/render.c
  ${PROJECT_SOURCE_DIR}/exporters/json.c
  ${PROJECT_SOURCE_DIR}/exporters/names.c
  ${PROJECT_SOURCE_DIR}/exporters/explain.c
  ${PROJECT_SOURCE_DIR}/exporters/golden.c
)
