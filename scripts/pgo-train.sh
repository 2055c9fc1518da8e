#!/usr/bin/env bash
# The training run of a profile-guided build (scripts/setup.sh,
# SCOPEVIZ_PGO in CMakeLists.txt): runs an instrumented scopeviz over the
# bundled samples and over the benchmark's five shapes (bench/gen.py, at
# sizes that take seconds), through every exporter that needs no file.
#   pgo-train.sh BUILD_DIR     (BUILD_DIR/scopeviz built with
#                               -DSCOPEVIZ_PGO=generate)
# The profiles land in BUILD_DIR/pgo; earlier ones are removed first.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:?usage: pgo-train.sh BUILD_DIR}
bin=$build/scopeviz
py=/usr/bin/python3
[ -x "$py" ] || py=python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
find "$build/pgo" -name '*.gcda' -delete 2>/dev/null || true

# the shapes of bench/gen.py: what large models spend their time on
for shape in mlp:20000 flat:4000 reuse:10000 collision:10000 deep:4000; do
  "$py" "$root/bench/gen.py" "${shape%%:*}" "${shape#*:}" \
    "$work/${shape%%:*}.py"
done
for f in "$work"/*.py "$root"/samples/*/*.py; do
  for cmd in run names json explain dot; do
    # a sample that stops with a TF error exits 1: still training; a
    # signal is a crash
    rc=0
    "$bin" "$cmd" "$f" >/dev/null 2>&1 || rc=$?
    if [ "$rc" -ge 128 ]; then
      echo "pgo-train: scopeviz $cmd $f died (status $rc)" >&2
      exit 1
    fi
  done
done
"$bin" json --internal-ops "$work/mlp.py" >/dev/null
"$bin" dot --ops --internal-ops "$work/mlp.py" >/dev/null
n=$(find "$build/pgo" -name '*.gcda' | wc -l)
if [ "$n" -eq 0 ]; then
  echo "pgo-train: no profiles written under $build/pgo" >&2
  exit 1
fi
echo "pgo-train: $n profiles under $build/pgo" >&2
