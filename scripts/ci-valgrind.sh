#!/usr/bin/env bash
# CI: valgrind memcheck over `scopeviz run/names/explain/json/dot` of every
# sample and of the bad-input corpus that is small enough
# (docs/reliability.md): zero errors and no definite or indirect leaks.
# Graphviz's own one-time allocations are suppressed by tests/valgrind.supp
# (frames in libcgraph/libgvc/libcdt/fontconfig only).
#   SCOPEVIZ_BUILD  build directory (default: build-valgrind, a plain
#                   RelWithDebInfo gcc build: valgrind and ASan exclude
#                   each other)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SCOPEVIZ_BUILD:-$root/build-valgrind}
case "$build" in /*) ;; *) build=$root/$build ;; esac

packages=(valgrind cmake make gcc pkg-config libgraphviz-dev graphviz
          libcjson-dev libunistring-dev check)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" \
    || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "ci-valgrind: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSCOPEVIZ_SANITIZE=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" --target scopeviz
bin=$build/scopeviz

log=$build/valgrind-logs
rm -rf "$log"
mkdir -p "$log"
inputs=()
while IFS= read -r f; do inputs+=("$f"); done < <(
  find "$root/samples" -name '*.py' | LC_ALL=C sort
  for f in empty bom_crlf nul_bytes binary_junk invalid_utf8 \
           unterminated_string unterminated_triple huge_int weird_names \
           name_with_nul infinite_recursion huge_repeat huge_pad; do
    echo "$root/tests/bad/$f.py"
  done
)
fails=0 runs=0
for f in "${inputs[@]}"; do
  for c in run names explain json dot; do
    extra=()
    case $f in *infinite_recursion*) extra=(--max-depth 200) ;; esac
    name=$(basename "$f" .py).$c
    runs=$((runs + 1))
    # Exit status 99 marks a memcheck finding; anything else is the
    # script's own status (0-3), which is fine here.
    set +e
    valgrind -q --error-exitcode=99 --leak-check=full \
      --errors-for-leak-kinds=definite,indirect \
      --show-leak-kinds=definite,indirect \
      --suppressions="$root/tests/valgrind.supp" \
      --log-file="$log/$name.log" \
      "$bin" "$c" "${extra[@]}" "$f" > /dev/null 2>&1
    rc=$?
    set -e
    if [ $rc = 99 ] || [ $rc -ge 128 ]; then
      echo "ci-valgrind: $c $f: exit $rc" >&2
      cat "$log/$name.log" >&2
      fails=$((fails + 1))
    fi
  done
done
echo "ci-valgrind: $runs runs, $fails with memcheck errors" >&2
[ $fails = 0 ]
