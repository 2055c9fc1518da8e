set(SV_CLI_SOURCES ${PROJECT_SOURCE_DIR}/src/cli/main.c)
