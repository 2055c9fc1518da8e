# SPDX-License-Identifier: MIT
# --help, --version, per-command help, limits and diagram options.
. "$(dirname "$0")/lib.sh"

expect 0 "$SCOPEVIZ" --help
has "$T/out" "usage: scopeviz COMMAND"
has "$T/out" "exit status: 0 ok"
expect 0 "$SCOPEVIZ" -h
expect 0 "$SCOPEVIZ" --version
has "$T/out" "scopeviz 0.1.0"
for c in run names explain dot json render check-golden golden; do
  expect 0 "$SCOPEVIZ" $c --help
  has "$T/out" "usage: scopeviz $c"
done
expect 0 "$SCOPEVIZ" dot --help
has "$T/out" "--focus SCOPE"

# Limits are accepted with their suffixes.
expect 0 "$SCOPEVIZ" names --max-memory 512M "$EX1"
expect 0 "$SCOPEVIZ" names --max-memory=1G "$EX1"
expect 0 "$SCOPEVIZ" names --max-memory 65536K "$EX1"
expect 0 "$SCOPEVIZ" names --max-steps 1000000 --max-depth 200 "$EX1"
expect 64 "$SCOPEVIZ" names --max-memory 1.5G "$EX1"
expect 64 "$SCOPEVIZ" names --max-depth 0 "$EX1"
expect 64 "$SCOPEVIZ" names --max-steps "$EX1"

# Diagram options.
expect 0 "$SCOPEVIZ" dot --ops --internal-ops --no-legend --depth 2 --no-group --node-budget 50 "$EX2"
expect 0 "$SCOPEVIZ" dot --focus embeddin "$EX2"
expect 64 "$SCOPEVIZ" dot --depth x "$EX2"
expect 64 "$SCOPEVIZ" json --no-legend "$EX2"

# render: format from -T or the extension.
expect 0 "$SCOPEVIZ" render "$EX2" -o "$T/ex2.svg"
has "$T/ex2.svg" "<svg"
expect 0 "$SCOPEVIZ" render -T png -o "$T/ex2.img" "$EX2"
head -c 4 "$T/ex2.img" | od -c | grep -q 'P   N   G' && ok "png" || fail "not a png"
# One output per run: a repeated -T or -o is a usage error (docs/cli.md),
# and nothing is written.
rm -f "$T/two.svg" "$T/two.png"
expect 64 "$SCOPEVIZ" render -T svg -T png -o "$T/two.svg" "$EX2"
has "$T/err" "option '-T' given twice ('svg', then 'png')"
expect 64 "$SCOPEVIZ" render -Tsvg --format=png -o "$T/two.svg" "$EX2"
has "$T/err" "option '-T' given twice ('svg', then 'png')"
expect 64 "$SCOPEVIZ" render "$EX2" -o "$T/two.svg" -o "$T/two.png"
has "$T/err" "option '-o' given twice"
[ ! -e "$T/two.svg" ] && [ ! -e "$T/two.png" ] && ok "nothing written" \
  || fail "a file was written"

finish
