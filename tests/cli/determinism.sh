# SPDX-License-Identifier: MIT
# Output is a pure function of the script: byte-identical across processes
# with different environments (empty, and a large variable that moves the
# stack), and across working directories.
. "$(dirname "$0")/lib.sh"

big=$(head -c 100000 /dev/zero | tr '\0' x)
for f in "$EX1" "$EX2" "$EX3"; do
  for cmd in names explain json dot; do
    b=$(basename "$f" .py)
    env -i PATH=/usr/bin:/bin "$SCOPEVIZ" $cmd "$f" >"$T/$b.$cmd.1" 2>/dev/null
    env -i PATH=/usr/bin:/bin SV_BIG="$big" LANG=C.UTF-8 "$SCOPEVIZ" $cmd "$f" \
      >"$T/$b.$cmd.2" 2>/dev/null
    (cd / && "$SCOPEVIZ" $cmd "$f" >"$T/$b.$cmd.3" 2>/dev/null)
    same "$T/$b.$cmd.1" "$T/$b.$cmd.2"
    same "$T/$b.$cmd.1" "$T/$b.$cmd.3"
  done
done
finish
