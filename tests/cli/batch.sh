# SPDX-License-Identifier: MIT
# check-golden / golden --check|--update over a samples/ tree.
. "$(dirname "$0")/lib.sh"
unset CI SCOPEVIZ_UPDATE_GOLDEN

mkdir -p "$T/samples/sub" "$T/tests/golden/sub"
cp "$EX1" "$T/samples/a.py"
cp "$EX2" "$T/samples/sub/b.py"
"$SCOPEVIZ" names "$T/samples/a.py" >"$T/tests/golden/a.names"
# Batch mode names a script from its samples/ component on, so a golden
# made from the tree's root matches wherever the tree lives.
(cd "$T" && "$SCOPEVIZ" json samples/a.py >tests/golden/a.json)
"$SCOPEVIZ" names "$T/samples/sub/b.py" >"$T/tests/golden/sub/b.names"

expect 0 "$SCOPEVIZ" check-golden "$T/samples"
last=$(tail -n 1 "$T/out")
[ "$last" = "3 passed, 0 failed" ] && ok "summary '$last'" || fail "summary '$last'"
expect 0 "$SCOPEVIZ" golden --check "$T/samples/"
[ "$(tail -n 1 "$T/out")" = "3 passed, 0 failed" ] && ok "golden --check" || fail "golden --check: $(tail -n 1 "$T/out")"
expect 0 "$SCOPEVIZ" check-golden "$T/samples/sub/b.py"
[ "$(tail -n 1 "$T/out")" = "1 passed, 0 failed" ] && ok "single file" || fail "single file: $(tail -n 1 "$T/out")"

# One difference: exit 1, a diff, exactly one summary line at the end.
printf 'changed\n' >>"$T/tests/golden/sub/b.names"
expect 1 "$SCOPEVIZ" check-golden "$T/samples"
[ "$(tail -n 1 "$T/out")" = "2 passed, 1 failed" ] && ok "2 passed, 1 failed" || fail "summary: $(tail -n 1 "$T/out")"
has "$T/out" "+++ $T/tests/golden/sub/b.names.actual"
n=$(grep -c 'passed, .* failed$' "$T/out")
[ "$n" -eq 1 ] && ok "one summary line" || fail "$n summary lines"

# --update rewrites (and creates all four goldens); CI refuses it.
expect 64 env CI=1 "$SCOPEVIZ" golden --update "$T/samples"
expect 0 "$SCOPEVIZ" golden --update "$T/samples"
[ -e "$T/tests/golden/sub/b.explain" ] && ok "update created b.explain" || fail "b.explain missing"
[ -e "$T/tests/golden/sub/b.names.actual" ] && fail ".actual kept after update" || ok ".actual removed"
expect 0 "$SCOPEVIZ" check-golden "$T/samples"
[ "$(tail -n 1 "$T/out")" = "8 passed, 0 failed" ] && ok "8 passed after update" || fail "after update: $(tail -n 1 "$T/out")"

# --golden-root for scripts outside a samples/ tree.
mkdir -p "$T/elsewhere" "$T/gr"
cp "$EX1" "$T/elsewhere/x.py"
"$SCOPEVIZ" names "$EX1" >"$T/gr/x.names"
expect 0 "$SCOPEVIZ" check-golden --golden-root "$T/gr" "$T/elsewhere/x.py"
[ "$(tail -n 1 "$T/out")" = "1 passed, 0 failed" ] && ok "--golden-root" || fail "--golden-root: $(tail -n 1 "$T/out")"

# Usage.
expect 64 "$SCOPEVIZ" check-golden
expect 64 "$SCOPEVIZ" golden "$T/samples"
expect 74 "$SCOPEVIZ" check-golden "$T/nowhere"

finish
