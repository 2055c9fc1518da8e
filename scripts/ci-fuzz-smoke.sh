#!/usr/bin/env bash
# CI: a short fuzz smoke run per harness (docs/reliability.md). Builds
# tests/fuzz/fuzz_parse and fuzz_run with clang -fsanitize=fuzzer,address,
# undefined (-DSCOPEVIZ_FUZZ=ON), replays the regression corpus, then
# fuzzes each harness for SCOPEVIZ_FUZZ_SECONDS (default 60) from the seed
# corpus (samples/, tests/lang, tests/tf, tests/fuzz/regress). Any crash,
# sanitizer report, leak or timeout fails the run; the input is left in
# $build/fuzz-artifacts/ (add it to tests/fuzz/regress/ once fixed).
#   SCOPEVIZ_FUZZ_BUILD    build directory (default: build-fuzz)
#   SCOPEVIZ_FUZZ_SECONDS  seconds per harness (default: 60)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SCOPEVIZ_FUZZ_BUILD:-$root/build-fuzz}
case "$build" in /*) ;; *) build=$root/$build ;; esac
seconds=${SCOPEVIZ_FUZZ_SECONDS:-60}

# clang 14 and its libFuzzer runtime (Debian 12: libclang-rt-14-dev).
packages=(cmake make clang libclang-rt-14-dev pkg-config libgraphviz-dev
          libcjson-dev libunistring-dev check)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" \
    || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "ci-fuzz-smoke: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

CC=clang cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSCOPEVIZ_FUZZ=ON >/dev/null
cmake --build "$build" -j "$(nproc)" --target fuzz_parse fuzz_run

export LSAN_OPTIONS=suppressions=$root/tests/unit/lsan-graphviz.supp
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
dict=$root/tests/fuzz/python_tf.dict
seeds=$build/fuzz-seeds
rm -rf "$seeds"
mkdir -p "$seeds" "$build/fuzz-artifacts"
for f in "$root"/samples/*/*.py "$root"/tests/lang/*.py "$root"/tests/tf/*.py \
         "$root"/tests/fuzz/regress/*/*; do
  [ -f "$f" ] && cp "$f" "$seeds/$(echo "${f#"$root"/}" | tr / _)"
done

status=0
for h in parse run; do
  bin=$build/tests/fuzz_$h
  corpus=$build/fuzz-corpus/$h
  mkdir -p "$corpus"
  echo "ci-fuzz-smoke: fuzz_$h for ${seconds}s" >&2
  # Fresh corpus per run keeps it reproducible; -timeout catches hangs.
  if ! "$bin" -dict="$dict" -max_total_time="$seconds" -timeout=25 \
      -rss_limit_mb=2560 -print_final_stats=1 \
      -artifact_prefix="$build/fuzz-artifacts/$h-" \
      "$corpus" "$seeds" > "$build/fuzz-$h.log" 2>&1; then
    echo "ci-fuzz-smoke: fuzz_$h found a problem:" >&2
    grep -E "ERROR|SUMMARY|Test unit written" "$build/fuzz-$h.log" >&2 || true
    tail -n 40 "$build/fuzz-$h.log" >&2
    status=1
  else
    grep -E "^stat::number_of_executed_units|^Done" "$build/fuzz-$h.log" >&2 \
      || true
  fi
done
exit $status
