# SPDX-License-Identifier: MIT
# Compact variables (src/graph.c) keep a variable's internal names out of
# the names table until a later name falls under the variable's scope.
# That must never change a result: every script of the corpus gives
# byte-identical output, diagnostics and exit status with the hook
# SCOPEVIZ_NO_COMPACT=1 (every name in the table from the start), for each
# exporter with internal ops shown. tests/tf/s2_names_under_variable.py
# checks the names themselves against tf1-semantics.md. Small step and
# memory budgets keep the bad-input corpus's infinite loops and string
# growth short.
. "$(dirname "$0")/lib.sh"

lim="--max-steps 200000 --max-memory 64M"
n=0
for f in "$SV_SRC"/samples/*/*.py "$SV_SRC"/tests/tf/*.py \
    "$SV_SRC"/tests/errors/*.py "$SV_SRC"/tests/bad/*.py \
    "$SV_SRC"/tests/fuzz/regress/run/*.py "$SV_SRC"/tests/dot/*.py; do
  for cmd in "json --internal-ops" "dot --internal-ops" explain names; do
    # shellcheck disable=SC2086
    same_under SCOPEVIZ_NO_COMPACT=1 "differs without compact variables" \
      $cmd $lim "$f"
    n=$((n + 1))
  done
done
if [ "$n" -ge 400 ]; then ok "$n runs compared"; else fail "only $n runs"; fi
finish
