#!/usr/bin/env bash
# Quick start, command 2: set up (install, configure, build) and run the
# whole test suite with ctest. Extra arguments go to ctest (e.g. -L unit).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=setup.sh
source "$here/setup.sh"
cd "$SCOPEVIZ_BUILD_DIR"
ctest --output-on-failure -j "$(nproc)" "$@"
