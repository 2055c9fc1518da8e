#!/usr/bin/env bash
# Regenerates every generated part of docs/: the pictures under docs/img/
# and the script/output/explain blocks between "<!-- gen:... -->" markers
# in docs/*.md, all produced by scopeviz from samples/. Builds scopeviz
# first if needed. ctest's docs.current fails until this has been run.
#   SCOPEVIZ_BUILD  build directory (default: build)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SCOPEVIZ_BUILD:-$root/build}
case "$build" in /*) ;; *) build=$root/$build ;; esac
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" >/dev/null
fi
cmake --build "$build" --target scopeviz -j "$(nproc)" >/dev/null
exec /usr/bin/python3 "$root/tests/tools/gen_docs.py" \
  --scopeviz "$build/scopeviz" --root "$root" "$@"
