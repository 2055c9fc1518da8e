#!/usr/bin/env bash
# Installs what scopeviz needs (Debian 12 packages, only those missing),
# then configures and builds. Sourced by demo.sh and test.sh; idempotent
# and quick when everything is already there.
#   SCOPEVIZ_BUILD     build directory (default: build)
#   SCOPEVIZ_SANITIZE  ON for an ASan+UBSan build (default: OFF)
#   CC                 compiler (default: cc)
#   SCOPEVIZ_PGO       OFF: no profile-guided build (default: ON with gcc
#                      and no sanitizers; trains once per build tree)
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

build_all() { # configure with "$@", build
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSCOPEVIZ_SANITIZE="${SCOPEVIZ_SANITIZE:-OFF}" "$@" >/dev/null
  cmake --build "$build" -j "$(nproc)" ${target:+--target "$target"} \
    >/dev/null \
    || cmake --build "$build" -j 1 ${target:+--target "$target"}
}
# Profile-guided optimisation (SCOPEVIZ_PGO in CMakeLists.txt): with gcc
# and no sanitizers, a new build tree first builds an instrumented
# scopeviz and trains it (scripts/pgo-train.sh, about a minute), then
# builds for good with the profiles. SCOPEVIZ_PGO=OFF skips it.
pgo=${SCOPEVIZ_PGO:-ON}
if [ "$pgo" = ON ] && { [ "${SCOPEVIZ_SANITIZE:-OFF}" = ON ] ||
     ! "${CC:-cc}" --version 2>/dev/null | grep -q "Free Software Foundation"; }; then
  pgo=OFF
fi
if [ "$pgo" = ON ]; then
  if [ ! -f "$build/pgo/trained" ]; then
    echo "scopeviz: profile-guided build: training (scripts/pgo-train.sh)" >&2
    mkdir -p "$build/pgo"
    target=scopeviz build_all -DSCOPEVIZ_PGO=generate
    bash "$root/scripts/pgo-train.sh" "$build"
    touch "$build/pgo/trained"
  fi
  build_all -DSCOPEVIZ_PGO=use
else
  build_all -DSCOPEVIZ_PGO=
fi
export SCOPEVIZ_BUILD_DIR=$build
