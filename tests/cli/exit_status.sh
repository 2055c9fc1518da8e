# SPDX-License-Identifier: MIT
# Every exit status of STYLE.md §5 / docs/cli.md: 0 1 2 3 64 70 74.
. "$(dirname "$0")/lib.sh"

# 0: a script that runs to the end.
expect 0 "$SCOPEVIZ" names "$EX2"
expect 0 "$SCOPEVIZ" run "$EX2"

# 1: an uncaught exception (tf1-semantics.md §15 Example 3); the exporter
# still writes the partial model plus the error, the traceback goes to
# stderr.
expect 1 "$SCOPEVIZ" names "$EX3"
has "$T/out" "embeddin/testing2:0  (7, 10)  float32_ref  tf.Variable"
has "$T/out" "# error: ValueError: Variable embeddin/testing2 does not exist"
has "$T/err" "ValueError: Variable embeddin/testing2 does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?"
for cmd in explain json dot; do
  expect 1 "$SCOPEVIZ" $cmd "$EX3"
  has "$T/out" "does not exist"
done
expect 1 "$SCOPEVIZ" run "$EX3"
printf 'raise ValueError("boom")\n' >"$T/raise.py"
expect 1 "$SCOPEVIZ" run "$T/raise.py"
has "$T/err" "ValueError: boom"

# 2: rejected before running (syntax), diagnostics on stderr.
printf 'x = (1,\n' >"$T/syntax.py"
expect 2 "$SCOPEVIZ" names "$T/syntax.py"
has "$T/err" "syntax.py:"
has "$T/err" "error:"
expect 2 "$SCOPEVIZ" run "$T/syntax.py"
printf 'class A:\n    pass\n' >"$T/class.py"
expect 2 "$SCOPEVIZ" run "$T/class.py"

# 3: a limit (steps; recursion depth).
printf 'while True:\n    pass\n' >"$T/loop.py"
expect 3 "$SCOPEVIZ" run --max-steps 10000 "$T/loop.py"
expect 3 "$SCOPEVIZ" names --max-steps 10000 "$T/loop.py"

# 64: usage, with the one-line hint.
expect 64 "$SCOPEVIZ"
has "$T/err" "; try 'scopeviz --help'"
expect 64 "$SCOPEVIZ" frobnicate "$EX1"
has "$T/err" "scopeviz: unknown command 'frobnicate'; try 'scopeviz --help'"
expect 64 "$SCOPEVIZ" names --bogus "$EX1"
expect 64 "$SCOPEVIZ" names
expect 64 "$SCOPEVIZ" names "$EX1" "$EX2"
expect 64 "$SCOPEVIZ" names --max-memory 12Q "$EX1"
expect 64 "$SCOPEVIZ" names --max-steps -5 "$EX1"
expect 64 "$SCOPEVIZ" names --ops "$EX1"
expect 64 "$SCOPEVIZ" names -o "$T/a" --check "$T/b" "$EX1"
expect 64 "$SCOPEVIZ" render "$EX1"
expect 64 "$SCOPEVIZ" render -T gif -o "$T/x.gif" "$EX1"
lines=$(wc -l <"$T/err")
[ "$lines" -eq 1 ] && ok "usage error is one line" || fail "usage error has $lines lines"

# 70: an internal error (test hook, docs/cli.md "Testing hooks").
expect 70 env SCOPEVIZ_INJECT_FAULT=export "$SCOPEVIZ" names "$EX1"

# 74: I/O.
expect 74 "$SCOPEVIZ" names "$T/does-not-exist.py"
has "$T/err" "does-not-exist.py"
expect 74 "$SCOPEVIZ" names "$T"
expect 74 "$SCOPEVIZ" run "$T"
expect 74 "$SCOPEVIZ" names -o "$T/no/such/dir/out.names" "$EX1"
expect 74 "$SCOPEVIZ" names -o /dev/full "$EX1"
expect 74 "$SCOPEVIZ" json -o "$T" "$EX1"
"$SCOPEVIZ" names "$EX1" >/dev/full 2>"$T/err"
st=$?
[ "$st" -eq 74 ] && ok "stdout to /dev/full exits 74" || fail "stdout to /dev/full exits $st"
"$SCOPEVIZ" run "$EX1" >/dev/full 2>"$T/err"
st=$?
[ "$st" -eq 74 ] && ok "run to /dev/full exits 74" || fail "run to /dev/full exits $st"
if [ "$(id -u)" -ne 0 ]; then
  printf 'x = 1\n' >"$T/unreadable.py"
  chmod 000 "$T/unreadable.py"
  expect 74 "$SCOPEVIZ" names "$T/unreadable.py"
fi

finish
