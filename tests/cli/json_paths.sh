# SPDX-License-Identifier: MIT
# The JSON exporter splices each record's values into the text cJSON
# printed for its template (exporters/json.c); the hook
# SCOPEVIZ_JSON_CJSON=1 prints every record through cJSON instead. Both
# must give the same bytes for every script of the corpus, with and
# without internal ops; the values fixture must come out as the strings
# CPython and tf1-semantics.md §3.1 say (through the escaping path) and as
# the numbers the script wrote.
. "$(dirname "$0")/lib.sh"

lim="--max-steps 200000 --max-memory 64M"
n=0
for f in "$SV_SRC"/samples/*/*.py "$SV_SRC"/tests/tf/*.py \
    "$SV_SRC"/tests/errors/*.py "$SV_SRC"/tests/bad/*.py \
    "$SV_SRC"/tests/fuzz/regress/run/*.py "$SV_SRC"/tests/dot/*.py \
    "$SV_SRC"/tests/cli/data/json_values.py; do
  for opt in "" --internal-ops; do
    # shellcheck disable=SC2086
    same_under SCOPEVIZ_JSON_CJSON=1 "the two printers differ" \
      json $opt $lim "$f"
    n=$((n + 1))
  done
done
if [ "$n" -ge 200 ]; then ok "$n runs compared"; else fail "only $n runs"; fi

# The escaping path and the number writer: values checked against
# CPython's own repr of the fixture's literals, the §3.1 message and the
# placeholder's dims as the script wrote them.
fx=$SV_SRC/tests/cli/data/json_values.py
"$SCOPEVIZ" json "$fx" >"$T/s.json" 2>"$T/s.err"
if /usr/bin/python3 - "$fx" "$T/s.json" >"$T/py.out" 2>&1 <<'PY'; then
import ast, json, sys
src = open(sys.argv[1], encoding="utf-8").read()
lits = [n.args[0].value for n in ast.walk(ast.parse(src))
        if isinstance(n, ast.Call) and getattr(n.func, "attr", "") ==
        "constant"]
g = json.load(open(sys.argv[2], encoding="utf-8"))["graphs"][0]
values = [o["value"] for o in g["ops"] if o["type"] == "Const"]
want = [repr(s) for s in lits]
assert values == want, (values, want)
msgs = [e["message"] for e in g["errors"]]
assert msgs == ["'bad \"name\"\n' is not a valid scope name"], msgs
dims = [n.args[1] for n in ast.walk(ast.parse(src))
        if isinstance(n, ast.Call) and getattr(n.func, "attr", "") ==
        "placeholder"]
shapes = [o["shape"] for o in g["ops"] if o["type"] == "Placeholder"]
assert shapes == [ast.literal_eval(d) for d in dims], shapes
PY
  ok "strings and numbers read back as CPython and §3.1 give them"
else
  fail "escaped strings"
  cat "$T/py.out"
fi
for frag in '\"' '\n' '\\'; do
  if grep -qF -- "$frag" "$T/s.json"; then ok "has $frag"; else
    fail "no $frag in the fixture's JSON"; fi
done
finish
