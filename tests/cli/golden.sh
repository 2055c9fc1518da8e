# SPDX-License-Identifier: MIT
# The golden workflow: --check (diff, .actual, exit 1), --update, the CI
# refusal and --force, SCOPEVIZ_UPDATE_GOLDEN.
. "$(dirname "$0")/lib.sh"
unset CI SCOPEVIZ_UPDATE_GOLDEN

G=$T/ex2.names
expect 0 "$SCOPEVIZ" names --update "$G" "$EX2"
has "$T/err" "updated"
"$SCOPEVIZ" names "$EX2" >"$T/fresh"
same "$T/fresh" "$G"
expect 0 "$SCOPEVIZ" names --check "$G" "$EX2"
[ -s "$T/out" ] && fail "--check printed on equal" || ok "--check silent when equal"
[ -e "$G.actual" ] && fail "$G.actual exists" || ok "no .actual when equal"

# A difference: exit 1, unified diff, actual output beside the golden.
sed 's/testing2_1/testing2_9/' "$G" >"$G.tmp" && mv "$G.tmp" "$G"
expect 1 "$SCOPEVIZ" names --check "$G" "$EX2"
has "$T/out" "--- $G"
has "$T/out" "+++ $G.actual"
has "$T/out" "@@ -1,4 +1,4 @@"
has "$T/out" "-embeddin/testing2_9:0  (7, 10)  float32_ref  tf.get_variable"
has "$T/out" "+embeddin/testing2_1:0  (7, 10)  float32_ref  tf.get_variable"
same "$T/fresh" "$G.actual"

# Equal again: the stale .actual is removed.
cp "$T/fresh" "$G"
expect 0 "$SCOPEVIZ" names --check "$G" "$EX2"
[ -e "$G.actual" ] && fail "stale .actual kept" || ok "stale .actual removed"

# Missing golden: a difference.
expect 1 "$SCOPEVIZ" json --check "$T/none.json" "$EX2"
[ -e "$T/none.json.actual" ] && ok "actual written for a missing golden" || fail "no .actual"

# CI refuses --update (64) and leaves the golden untouched; --force wins.
printf 'stale\n' >"$G"
expect 64 env CI=true "$SCOPEVIZ" names --update "$G" "$EX2"
has "$T/err" "CI"
printf 'stale\n' >"$T/want"
same "$T/want" "$G"
expect 0 env CI=true "$SCOPEVIZ" names --update "$G" --force "$EX2"
same "$T/fresh" "$G"

# SCOPEVIZ_UPDATE_GOLDEN=1 turns --check into --update.
printf 'stale\n' >"$G"
expect 0 env SCOPEVIZ_UPDATE_GOLDEN=1 "$SCOPEVIZ" names --check "$G" "$EX2"
same "$T/fresh" "$G"

# Every exporter supports --check.
for cmd in explain json dot; do
  "$SCOPEVIZ" $cmd -o "$T/g.$cmd" "$EX1"
  expect 0 "$SCOPEVIZ" $cmd --check "$T/g.$cmd" "$EX1"
  expect 1 "$SCOPEVIZ" $cmd --check "$T/g.$cmd" "$EX2"
done
# A script that raises: exit 1 even when the golden matches.
"$SCOPEVIZ" names -o "$T/ex3.names" "$EX3"
expect 1 "$SCOPEVIZ" names --check "$T/ex3.names" "$EX3"
[ -s "$T/out" ] && fail "diff printed for equal partial output" || ok "equal partial output"

finish
