#!/usr/bin/env bash
# CI: the whole tree (library, CLI, tests, harnesses) builds warning-free
# with -Werror in gcc's Release (-O3) and MinSizeRel (-Os) builds as well.
# gcc's flow-based warnings (-Wmaybe-uninitialized, -Wstring-compare, ...)
# depend on inlining, so the RelWithDebInfo build of scripts/test.sh does
# not see them all. Build only: the suites run in the other builds.
# Expects the packages scripts/setup.sh installs.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
for type in Release MinSizeRel; do
  build=$root/build-ci-$type
  CC=gcc cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=$type \
    -DSCOPEVIZ_WERROR=ON -DSCOPEVIZ_SANITIZE=OFF >/dev/null
  cmake --build "$build" -j "$(nproc)" >/dev/null
  echo "ci-release-build: gcc $type: built with -Werror"
done
