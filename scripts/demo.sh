#!/usr/bin/env bash
# Quick start, command 1: set up (install, configure, build), then run
# scopeviz's main job on a bundled sample (the tutorial's example 2):
# print what the script prints and the variable names TF 1.15 would give,
# and render the scope diagram to build/example2.svg.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=setup.sh
source "$here/setup.sh"
root=$(cd "$here/.." && pwd)
sample=${1:-$root/samples/tutorial/example2.py}
svg=${2:-$SCOPEVIZ_BUILD_DIR/$(basename "${sample%.py}").svg}
bin=$SCOPEVIZ_BUILD_DIR/scopeviz
echo "== scopeviz run $sample"
"$bin" run "$sample"
echo "== scopeviz names $sample"
"$bin" names "$sample"
"$bin" render "$sample" -o "$svg"
echo "== diagram written to $svg"
