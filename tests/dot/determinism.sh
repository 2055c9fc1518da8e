# SPDX-License-Identifier: MIT
# `scopeviz dot` is byte-identical across processes whatever the
# environment size (which moves the stack and the heap, and with them the
# string addresses Graphviz 2.43 used to leak into its output: issue 4).
# Usage: determinism.sh SCOPEVIZ SAMPLES_DIR [RUNS]
set -u
sv=$1
samples=$2
runs=${3:-10}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
n=0
for f in $(find "$samples" -name '*.py' | LC_ALL=C sort); do
  env -i PATH=/usr/bin:/bin "$sv" dot "$f" >"$tmp/ref" 2>/dev/null
  i=0
  while [ "$i" -lt "$runs" ]; do
    # 0, 38, 150, ... bytes of padding, and one huge variable last.
    size=$(( (i * i * 37 + i) % 70000 ))
    [ "$i" -eq $((runs - 1)) ] && size=120000  # one argument string may hold at most 128 KiB
    pad=$(head -c "$size" /dev/zero | tr '\0' p)
    if [ $((i % 2)) -eq 0 ]; then
      env -i PATH=/usr/bin:/bin SV_PAD="$pad" "$sv" dot "$f" \
        >"$tmp/out" 2>/dev/null
    else
      SV_PAD="$pad" LANG=C.UTF-8 "$sv" dot "$f" >"$tmp/out" 2>/dev/null
    fi
    if ! cmp -s "$tmp/ref" "$tmp/out"; then
      echo "FAIL $f: run $i (padding $size) differs:"
      diff "$tmp/ref" "$tmp/out" | head -5
      fail=1
    fi
    n=$((n + 1))
    i=$((i + 1))
  done
done
echo "$n runs compared"
exit $fail
