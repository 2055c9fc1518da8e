# SPDX-License-Identifier: MIT
# Shared helpers for the CLI tests (sourced by tests/cli/*.sh). ctest sets
# SCOPEVIZ (the binary), SV_SRC (source tree) and SV_TMP (scratch dir).
set -u
: "${SCOPEVIZ:?set SCOPEVIZ to the scopeviz binary}"
: "${SV_SRC:?set SV_SRC to the source tree}"
: "${SV_TMP:?set SV_TMP to a scratch directory}"
rm -rf "$SV_TMP"
mkdir -p "$SV_TMP"
T=$SV_TMP
EX1=$SV_SRC/samples/tutorial/example1.py
EX2=$SV_SRC/samples/tutorial/example2.py
EX3=$SV_SRC/samples/tutorial/example3.py
fails=0

ok() { echo "ok   $*"; }
fail() {
  echo "FAIL $*"
  fails=$((fails + 1))
}

# expect STATUS CMD...: runs CMD with stdout in $T/out, stderr in $T/err.
expect() {
  want=$1
  shift
  "$@" >"$T/out" 2>"$T/err"
  got=$?
  if [ "$got" -eq "$want" ]; then
    ok "exit $want: $*"
  else
    fail "exit $got (want $want): $*"
    sed 's/^/    stderr: /' "$T/err" | head -20
  fi
}

# has FILE TEXT: FILE contains the fixed string TEXT.
has() {
  if grep -qF -- "$2" "$1"; then
    ok "$1 has '$2'"
  else
    fail "$1 lacks '$2'"
    sed 's/^/    | /' "$1" | head -20
  fi
}

# same A B: byte-identical files.
same() {
  if cmp -s "$1" "$2"; then
    ok "$1 == $2"
  else
    fail "$1 != $2"
    diff -u "$1" "$2" | head -20
  fi
}

# same_under VAR=VALUE WHAT ARGS...: `scopeviz ARGS` gives the same
# stdout, stderr and exit status with VAR=VALUE in its environment as
# without (a testing hook that must not change results, docs/cli.md);
# quiet on success, WHAT names the difference on failure.
same_under() {
  su_env=$1
  su_what=$2
  shift 2
  "$SCOPEVIZ" "$@" >"$T/a.out" 2>"$T/a.err"
  su_a=$?
  env "$su_env" "$SCOPEVIZ" "$@" >"$T/b.out" 2>"$T/b.err"
  su_b=$?
  if [ "$su_a" -ne "$su_b" ] || ! cmp -s "$T/a.out" "$T/b.out" ||
      ! cmp -s "$T/a.err" "$T/b.err"; then
    fail "$*: $su_what (exit $su_a / $su_b)"
    diff "$T/a.out" "$T/b.out" | head -10
  fi
}

finish() {
  if [ "$fails" -ne 0 ]; then
    echo "$fails check(s) failed"
    exit 1
  fi
  echo "all checks passed"
  exit 0
}
