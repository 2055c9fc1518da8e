#!/usr/bin/env bash
# Installs what scopeviz needs (Debian 12 packages, only those missing),
# then configures and builds. Sourced by demo.sh and test.sh; idempotent
# and quick when everything is already there.
#   SCOPEVIZ_BUILD     build directory (default: build)
#   SCOPEVIZ_SANITIZE  ON for an ASan+UBSan build (default: OFF)
#   CC                 compiler (default: cc)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SCOPEVIZ_BUILD:-$root/build}
case "$build" in /*) ;; *) build=$root/$build ;; esac

packages=(cmake make gcc pkg-config libgraphviz-dev graphviz libcjson-dev libunistring-dev
          check python3 python3-jsonschema)
# CI (.ci/run) also fuzzes with clang's libFuzzer and runs valgrind: one
# apt-get update and install for everything.
if [ "${CI:-}" = true ]; then
  packages+=(clang libclang-rt-14-dev valgrind)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" \
    || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "scopeviz: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSCOPEVIZ_SANITIZE="${SCOPEVIZ_SANITIZE:-OFF}" >/dev/null
cmake --build "$build" -j "$(nproc)" >/dev/null \
  || cmake --build "$build" -j 1   # re-run serially to show the error
export SCOPEVIZ_BUILD_DIR=$build
