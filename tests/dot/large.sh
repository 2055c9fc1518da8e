# SPDX-License-Identifier: MIT
# Large models through the CLI (docs/diagrams.md "Large models"): the
# default diagram of a 20 000-variable MLP (bench/gen.py) is collapsed to
# a legible size, fast; --no-group, --node-budget, --depth and --focus cut
# it as documented; every DOT passes `dot -Tsvg` without a warning.
# Usage: large.sh SCOPEVIZ PYTHON3 SOURCE_DIR
set -u
sv=$1
py=$2
src=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() {
  echo "FAIL: $*"
  fail=1
}
svg_clean() { # file.dot
  dot -Tsvg "$1" -o "$tmp/x.svg" 2>"$tmp/x.err" || bad "dot failed on $1"
  [ -s "$tmp/x.err" ] && bad "dot warned on $1: $(head -3 "$tmp/x.err")"
}
nodes() { # number of node statements in a DOT file
  grep -c '^	*n[0-9][0-9]*	\[' "$1"
}
clusters() {
  grep -c 'subgraph cluster_' "$1"
}

(cd "$tmp" && "$py" "$src/bench/gen.py" mlp 20000 m.py >/dev/null) ||
  bad "gen.py mlp"
(cd "$tmp" && "$py" "$src/bench/gen.py" deep 60 d.py >/dev/null) ||
  bad "gen.py deep"

# Default: the 10 000 layerN scopes are one collapsed series node.
start=$(date +%s)
"$sv" dot "$tmp/m.py" -o "$tmp/default.dot" || bad "dot default"
end=$(date +%s)
[ $((end - start)) -le 60 ] || bad "default took $((end - start)) s"
grep -q 'layer\[0-9999\] (10000)' "$tmp/default.dot" ||
  bad "no series node layer[0-9999] (10000)"
grep -q 'series, collapsed: 10000 scopes, 20000 nodes inside' \
  "$tmp/default.dot" || bad "series node does not count its content"
[ "$(nodes "$tmp/default.dot")" -le 5 ] || bad "default not collapsed"
svg_clean "$tmp/default.dot"

# --no-group: the default node budget (300) folds the rest into one node.
"$sv" dot --no-group "$tmp/m.py" -o "$tmp/nogroup.dot" || bad "--no-group"
n=$(nodes "$tmp/nogroup.dot")
[ "$n" -le 310 ] && [ "$n" -ge 250 ] || bad "--no-group drew $n nodes"
grep -q 'and 9700 more here (node budget reached)' "$tmp/nogroup.dot" ||
  bad "--no-group: no '... and 9700 more here' node"
grep -q 'scopes below depth 0 collapsed to stay near 300 nodes' \
  "$tmp/nogroup.dot" || bad "--no-group: no budget note"
svg_clean "$tmp/nogroup.dot"

# --node-budget raises or lowers it.
"$sv" dot --no-group --node-budget 50 "$tmp/m.py" -o "$tmp/b50.dot" ||
  bad "--node-budget 50"
n=$(nodes "$tmp/b50.dot")
[ "$n" -le 60 ] || bad "--node-budget 50 drew $n nodes"
grep -q 'and 9950 more here' "$tmp/b50.dot" || bad "budget 50: no fold"
svg_clean "$tmp/b50.dot"

# --focus: only that subtree.
"$sv" dot --no-group --focus layer17 "$tmp/m.py" -o "$tmp/focus.dot" ||
  bad "--focus layer17"
grep -q '<B>layer17/w:0</B>' "$tmp/focus.dot" || bad "focus: layer17/w missing"
grep -q '<B>layer17/b:0</B>' "$tmp/focus.dot" || bad "focus: layer17/b missing"
grep -q 'layer18/' "$tmp/focus.dot" && bad "focus: layer18 drawn"
[ "$(clusters "$tmp/focus.dot")" -eq 1 ] || bad "focus: not one cluster"
svg_clean "$tmp/focus.dot"
"$sv" dot --focus no/such/scope "$tmp/m.py" >/dev/null 2>"$tmp/f.err"
st=$?
[ "$st" -eq 64 ] || bad "--focus on a missing scope: exit $st, want 64 (usage)"
grep -q "no name scope 'no/such/scope'" "$tmp/f.err" ||
  bad "--focus: no message for a missing scope"

# --depth on 200 nested variable scopes (gen.py deep always nests 200):
# root0/ and s/ drawn, the 199 levels below one summary node "s/ ...".
"$sv" dot --depth 2 "$tmp/d.py" -o "$tmp/depth.dot" || bad "--depth 2"
[ "$(clusters "$tmp/depth.dot")" -eq 2 ] ||
  bad "--depth 2: $(clusters "$tmp/depth.dot") clusters"
grep -q '<B>s/ ...</B>' "$tmp/depth.dot" || bad "--depth 2: no summary"
grep -q 'collapsed: 199 scopes, 199 nodes inside' "$tmp/depth.dot" ||
  bad "--depth 2: summary does not count 199 scopes"
svg_clean "$tmp/depth.dot"
# Without --depth the budget picks the depth: about 300 nodes, a note.
"$sv" dot "$tmp/d.py" -o "$tmp/deep.dot" || bad "deep default"
n=$(nodes "$tmp/deep.dot")
[ "$n" -le 310 ] || bad "deep: $n nodes drawn"
[ "$(clusters "$tmp/deep.dot")" -lt 201 ] || bad "deep: not cut"
grep -q 'collapsed to stay near 300 nodes' "$tmp/deep.dot" ||
  bad "deep: no budget note"
svg_clean "$tmp/deep.dot"
# A budget big enough shows all 201 scopes (root0 and 200 levels).
"$sv" dot --node-budget 1000 "$tmp/d.py" -o "$tmp/deepall.dot" ||
  bad "deep --node-budget 1000"
[ "$(clusters "$tmp/deepall.dot")" -eq 201 ] ||
  bad "deep budget 1000: $(clusters "$tmp/deepall.dot") clusters, want 201"

[ "$fail" -eq 0 ] && echo "ok"
exit $fail
