# SPDX-License-Identifier: MIT
# FILE '-' reads the script from standard input.
. "$(dirname "$0")/lib.sh"

for cmd in names explain dot; do
  "$SCOPEVIZ" $cmd "$EX2" >"$T/file.$cmd"
  "$SCOPEVIZ" $cmd - <"$EX2" >"$T/stdin.$cmd"
  st=$?
  [ "$st" -eq 0 ] && ok "$cmd - exits 0" || fail "$cmd - exits $st"
done
same "$T/file.names" "$T/stdin.names"
"$SCOPEVIZ" json - <"$EX2" >"$T/stdin.json"
has "$T/stdin.json" '"source":"-"'
"$SCOPEVIZ" run - <"$EX2" >"$T/run.out"
"$SCOPEVIZ" run "$EX2" >"$T/run.file"
same "$T/run.file" "$T/run.out"
has "$T/run.out" "<tf.Variable 'embeddin/testing2_1:0' shape=(7, 10) dtype=float32_ref>"
# Empty stdin is an empty script: no variables, exit 0.
expect 0 "$SCOPEVIZ" names - </dev/null
[ -s "$T/out" ] && fail "output for an empty script" || ok "empty script, empty names"

finish
