# SPDX-License-Identifier: MIT
# The DOT of one sample goes through Graphviz `dot -Tsvg` with nothing at
# all on stderr (no warning), and the SVG is not empty.
# Usage: svg_clean.sh SCOPEVIZ SCRIPT [scopeviz dot options...]
set -u
sv=$1
script=$2
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$sv" dot "$@" "$script" >"$tmp/g.dot" 2>/dev/null
rc=$?
if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
  echo "FAIL: scopeviz dot exited $rc"
  exit 1
fi
dot -Tsvg "$tmp/g.dot" -o "$tmp/g.svg" 2>"$tmp/err"
drc=$?
if [ "$drc" -ne 0 ] || [ -s "$tmp/err" ] || [ ! -s "$tmp/g.svg" ]; then
  echo "FAIL: dot -Tsvg exited $drc with:"
  cat "$tmp/err"
  exit 1
fi
echo "ok $script $*"
