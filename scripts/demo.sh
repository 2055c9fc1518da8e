#!/usr/bin/env bash
# Quick start, command 1: set up (install, configure, build) and run
# scopeviz on a bundled sample: the tutorial's example 2.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=setup.sh
source "$here/setup.sh"
root=$(cd "$here/.." && pwd)
sample=${1:-$root/samples/tutorial/example2.py}
"$SCOPEVIZ_BUILD_DIR/scopeviz" run "$sample"
