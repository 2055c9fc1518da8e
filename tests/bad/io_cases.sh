#!/bin/sh
# tests/bad/io_cases.sh CASE: the bad-input cases that need a shell (files
# that are not scripts, outputs that cannot be written, external
# validators). Environment: SCOPEVIZ (the binary), SV_SRC (source tree),
# SV_TMP (a scratch directory), SV_GEN (generated inputs). Exit 0 pass,
# 1 fail, 77 skipped (ctest SKIP_RETURN_CODE).
set -u
case_name=$1
S=$SCOPEVIZ
B=$SV_SRC/tests/bad
T=$SV_TMP/$case_name
rm -rf "$T"
mkdir -p "$T"
cd "$T" || exit 1
fail() { echo "FAIL ($case_name): $*"; exit 1; }

# expect STATUS FIRST_LINE_OF_STDERR -- command...
expect() {
  want_rc=$1 want_err=$2
  shift 3
  "$@" > out.txt 2> err.txt
  rc=$?
  [ "$rc" = "$want_rc" ] ||
    fail "$*: exit $rc, expected $want_rc; stderr: $(cat err.txt)"
  got=$(head -n 1 err.txt)
  [ "$got" = "$want_err" ] || fail "$*: stderr '$got', expected '$want_err'"
}

printf 'print(1)\n' > ok.py
printf 'import tensorflow as tf\nv = tf.Variable(1.0, name="v")\n' > var.py

case $case_name in
input_directory)
  mkdir dir.py
  expect 74 "scopeviz: dir.py: is a directory, not a script" -- \
    "$S" run dir.py ;;
input_missing)
  expect 74 "scopeviz: cannot open missing.py: No such file or directory" -- \
    "$S" run missing.py ;;
input_unreadable)
  # root reads any file: the case cannot be built then (CI runs as root;
  # input_missing covers the same open() failure path).
  [ "$(id -u)" = 0 ] && { echo "skipped: running as root"; exit 77; }
  cp ok.py locked.py && chmod 000 locked.py
  expect 74 "scopeviz: cannot open locked.py: Permission denied" -- \
    "$S" run locked.py ;;
input_fifo)
  # A FIFO is read like stdin: works once a writer comes.
  mkfifo pipe.py || exit 77
  cat ok.py > pipe.py &
  expect 0 "" -- "$S" run pipe.py
  [ "$(cat out.txt)" = 1 ] || fail "FIFO output '$(cat out.txt)'" ;;
output_unwritable)
  expect 74 "scopeviz: cannot write nodir/out.txt: No such file or directory" \
    -- "$S" names var.py -o nodir/out.txt
  mkdir target.txt
  "$S" names var.py -o target.txt > out.txt 2> err.txt
  [ $? = 74 ] || fail "-o onto a directory: exit $?"
  [ -d target.txt ] || fail "-o replaced a directory" ;;
output_dev_full)
  [ -w /dev/full ] || exit 77
  expect 74 "scopeviz: cannot write /dev/full: No space left on device" -- \
    "$S" names var.py -o /dev/full
  for c in run names explain json dot; do
    in=var.py
    [ $c = run ] && in=ok.py # prints something
    "$S" $c $in > /dev/full 2> err.txt
    rc=$?
    [ $rc = 74 ] || fail "$c > /dev/full: exit $rc"
    grep -q "No space left on device" err.txt || fail "$c: $(cat err.txt)"
  done ;;
output_kept_on_failure)
  # An existing -o target is left untouched whenever the command fails
  # before writing: rejected script, missing input, unwritable output.
  for c in names explain json dot; do
    printf 'keep\n' > target.out
    "$S" $c "$B/unterminated_string.py" -o target.out > /dev/null 2>&1
    [ $? = 2 ] || fail "$c: syntax error not exit 2"
    [ "$(cat target.out)" = keep ] || fail "$c: target changed on exit 2"
    "$S" $c missing.py -o target.out > /dev/null 2>&1
    [ $? = 74 ] || fail "$c: missing input not exit 74"
    [ "$(cat target.out)" = keep ] || fail "$c: target changed on exit 74"
    SCOPEVIZ_INJECT_FAULT=export "$S" $c var.py -o target.out \
      > /dev/null 2>&1
    [ $? = 70 ] || fail "$c: injected fault not exit 70"
    [ "$(cat target.out)" = keep ] || fail "$c: target changed on exit 70"
  done
  [ -z "$(ls | grep -v -e '^target.out$' -e '\.py$' -e '\.txt$')" ] ||
    fail "temporary files left: $(ls)" ;;
output_file_too_large)
  # RLIMIT_FSIZE with SIGXFSZ ignored (docs/reliability.md section 6): the
  # write fails with EFBIG, exit 74, the target and no temporary file left.
  printf 'keep\n' > target.json
  sh -c 'trap "" XFSZ; ulimit -f 1; exec "$0" json "$1" -o target.json' \
    "$S" "$SV_SRC/samples/guide/gan.py" > /dev/null 2> err.txt
  rc=$?
  [ $rc = 74 ] || fail "exit $rc: $(cat err.txt)"
  grep -q "File too large" err.txt || fail "stderr: $(cat err.txt)"
  [ "$(cat target.json)" = keep ] || fail "target changed"
  [ -z "$(ls -A | grep '^\.')" ] || fail "temporary file left: $(ls -A)" ;;
weird_names_dot)
  # DOT of names with quotes, backslashes, <>&, newlines and non-ASCII
  # text (also in the file name) must be accepted by Graphviz without a
  # single warning.
  cp "$B/weird_names.py" .
  cp "$B/weird_names.py" 'we"ird <&> \é.py'
  for f in weird_names.py 'we"ird <&> \é.py'; do
    for o in "" --ops --internal-ops; do
      "$S" dot $o "$f" > g.dot 2> /dev/null
      [ $? = 1 ] || fail "dot $o $f: exit $?"
      dot -Tsvg g.dot > g.svg 2> dot.err ||
        fail "dot -Tsvg failed: $(cat dot.err)"
      [ -s dot.err ] && fail "dot -Tsvg warned: $(cat dot.err)"
      [ -s g.svg ] || fail "empty SVG"
    done
  done ;;
weird_names_json)
  cp "$B/weird_names.py" 'we"ird <&> \é.py'
  for f in "$B/weird_names.py" 'we"ird <&> \é.py'; do
    "$S" json "$f" > m.json 2> /dev/null
    [ $? = 1 ] || fail "json $f: exit $?"
    /usr/bin/python3 -m json.tool m.json > /dev/null 2> err.txt ||
      fail "invalid JSON: $(cat err.txt)"
  done ;;
deep_scope_exporters)
  # A name scope 10 000 levels deep through every exporter (no recursion
  # in the exporters may follow the depth), and JSON that parses.
  for c in names explain json dot; do
    "$S" $c "$SV_GEN/deep_with_items.py" > out.$c 2> err.txt
    [ $? = 0 ] || fail "$c: exit $?: $(head -c 300 err.txt)"
  done
  grep -q '/v:0' out.names || fail "names lacks the variable"
  /usr/bin/python3 -m json.tool out.json > /dev/null 2> err.txt ||
    fail "invalid JSON: $(cat err.txt)" ;;
parse_memory_limit)
  # issue 5 / script-language.md section 6: the parser answers to
  # --max-memory too (a 256 MiB file of tokens would otherwise take tens
  # of GB before the run starts): exit 3, one located diagnostic, the
  # 800 KB source line shown as a window around the caret.
  "$S" run --max-memory 1M "$SV_GEN/op_chain.py" > out.txt 2> err.txt
  rc=$?
  [ $rc = 3 ] || fail "exit $rc, expected 3: $(head -c 300 err.txt)"
  [ -s out.txt ] && fail "stdout not empty"
  head -n 1 err.txt | grep -Eq '/op_chain\.py:2:[0-9]+: error: memory limit exceeded while parsing \(1048576 bytes; raise it with --max-memory\)$' ||
    fail "first line: $(head -n 1 err.txt)"
  [ "$(wc -l < err.txt)" = 3 ] || fail "$(wc -l < err.txt) lines of stderr"
  [ "$(wc -c < err.txt)" -lt 600 ] || fail "$(wc -c < err.txt) bytes of stderr"
  sed -n 2p err.txt | grep -Eq '^  \.\.\.(x \+ )+.*\.\.\.$' ||
    fail "source window: $(sed -n 2p err.txt)"
  # --parse-only reports the same, and a budget that fits parses the file
  "$S" run --parse-only --max-memory 1M "$SV_GEN/op_chain.py" 2> err2.txt
  [ $? = 3 ] || fail "--parse-only: exit $?"
  cmp -s err.txt err2.txt || fail "--parse-only printed another diagnostic"
  "$S" run --parse-only --max-memory 512M "$SV_GEN/op_chain.py" ||
    fail "--parse-only --max-memory 512M: exit $?" ;;
long_shape_text)
  # A numpy value of rank 20 with 7-digit dimensions: its shape text (180
  # bytes) is whole in the variable's initializer description (it was cut
  # at 127 bytes by a fixed buffer) and in str(v.shape).
  printf 'import numpy as np\nimport tensorflow as tf\nv = tf.Variable(np.zeros((1000000,) * 20), name="v")\nprint(len(str(v.shape)))\n' > nd.py
  "$S" run nd.py > out.txt 2> err.txt || fail "run: exit $?: $(cat err.txt)"
  [ "$(cat out.txt)" = 180 ] || fail "len(str(v.shape)) = $(cat out.txt)"
  "$S" json nd.py > out.json 2> err.txt || fail "json: exit $?"
  dims=$(printf '1000000, %.0s' $(seq 1 19))
  grep -qF "\"initializer\":\"value ndarray(shape=(${dims}1000000), dtype=float64)\"" out.json ||
    fail "initializer text: $(grep -o '"initializer":"[^"]*"' out.json)" ;;
*)
  fail "unknown case" ;;
esac
echo "ok: $case_name"
exit 0
