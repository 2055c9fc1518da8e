# SPDX-License-Identifier: MIT
# -o writes atomically: the same bytes as stdout, no temporary left
# behind, and an existing target untouched when anything fails.
. "$(dirname "$0")/lib.sh"

mkdir -p "$T/o"
for cmd in names explain json dot; do
  "$SCOPEVIZ" $cmd "$EX2" >"$T/stdout.$cmd"
  expect 0 "$SCOPEVIZ" $cmd -o "$T/o/ex2.$cmd" "$EX2"
  same "$T/stdout.$cmd" "$T/o/ex2.$cmd"
  [ -s "$T/out" ] && fail "-o also wrote to stdout" || ok "-o leaves stdout empty"
done
expect 0 "$SCOPEVIZ" names --output="$T/o/eq.names" "$EX2"
same "$T/stdout.names" "$T/o/eq.names"

# Overwriting keeps working and keeps the file's mode.
chmod 600 "$T/o/ex2.names"
expect 0 "$SCOPEVIZ" names -o "$T/o/ex2.names" "$EX1"
mode=$(stat -c %a "$T/o/ex2.names")
[ "$mode" = 600 ] && ok "mode kept" || fail "mode became $mode"

# A failed export (internal error) leaves the existing target untouched.
printf 'OLD CONTENT\n' >"$T/o/keep.names"
expect 70 env SCOPEVIZ_INJECT_FAULT=export "$SCOPEVIZ" names -o "$T/o/keep.names" "$EX2"
printf 'OLD CONTENT\n' >"$T/want"
same "$T/want" "$T/o/keep.names"
# A failed load too.
expect 74 "$SCOPEVIZ" names -o "$T/o/keep.names" "$T/missing.py"
same "$T/want" "$T/o/keep.names"
# A rejected script (exit 2).
printf 'x = (1,\n' >"$T/syntax.py"
expect 2 "$SCOPEVIZ" names -o "$T/o/keep.names" "$T/syntax.py"
same "$T/want" "$T/o/keep.names"

# A script that raises still writes its partial model (exit 1).
expect 1 "$SCOPEVIZ" names -o "$T/o/partial.names" "$EX3"
has "$T/o/partial.names" "# error: ValueError"

# No temporary files are left anywhere.
leftovers=$(ls -A "$T/o" | grep -c '\.tmp' || true)
[ "$leftovers" -eq 0 ] && ok "no temporaries left" || fail "$leftovers temporaries left: $(ls -A "$T/o")"

# Unwritable targets: a directory, a missing directory, /dev/full.
expect 74 "$SCOPEVIZ" names -o "$T/o" "$EX1"
expect 74 "$SCOPEVIZ" names -o "$T/o/missing/x.names" "$EX1"
expect 74 "$SCOPEVIZ" json -o /dev/full "$EX1"
# A device is written in place, never replaced.
expect 0 "$SCOPEVIZ" names -o /dev/null "$EX1"
[ -c /dev/null ] && ok "/dev/null is still a device" || fail "/dev/null replaced"

finish
