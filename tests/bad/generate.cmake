# Writes the big bad inputs of tests/bad/ at test time (nothing huge in
# git): cmake -DOUT=<dir> -P generate.cmake. Run by the ctest fixture
# bad.generate (tests/parts/hardening.cmake).
if(NOT DEFINED OUT)
  message(FATAL_ERROR "generate.cmake: -DOUT=<dir> is required")
endif()
file(MAKE_DIRECTORY ${OUT})

# 10 000 nested brackets, lists and calls (the parser stops at 200).
string(REPEAT "(" 10000 _open)
string(REPEAT ")" 10000 _close)
file(WRITE ${OUT}/deep_brackets.py "x = ${_open}1${_close}\n")
string(REPEAT "[" 10000 _lo)
string(REPEAT "]" 10000 _lc)
file(WRITE ${OUT}/deep_lists.py "x = ${_lo}${_lc}\n")
string(REPEAT "f(" 10000 _calls)
file(WRITE ${OUT}/deep_calls.py
  "def f(x):\n    return x\n\n\nx = ${_calls}1${_close}\n")

# 10 000 nested with blocks, one more space of indentation each (about
# 50 MB; the lexer stops at 100 levels).
set(_f ${OUT}/deep_with_blocks.py)
file(WRITE ${_f} "import tensorflow as tf\n")
set(_ind "")
set(_chunk "")
foreach(i RANGE 1 10000)
  string(APPEND _chunk "${_ind}with tf.name_scope(\"s\"):\n")
  string(APPEND _ind " ")
  if(i EQUAL 10000 OR i MATCHES "00$")
    file(APPEND ${_f} "${_chunk}")
    set(_chunk "")
  endif()
endforeach()
file(APPEND ${_f} "${_ind}pass\n")

# 10 000 context managers in one with statement: a name scope 10 000
# levels deep, through the engine and every exporter.
string(REPEAT "tf.name_scope(\"s\"), " 9999 _items)
file(WRITE ${OUT}/deep_with_items.py
  "import tensorflow as tf\n"
  "with ${_items}tf.name_scope(\"s\") as sc:\n"
  "    v = tf.Variable(1.0, name=\"v\")\n"
  "print(len(sc), len(v.name), v.name[:8], v.name[-8:])\n")

# A 1 MB identifier.
string(REPEAT "n" 1048576 _id)
file(WRITE ${OUT}/big_identifier.py
  "${_id} = 7\nprint(${_id} * 6)\n")

# A 10 MB line (a string literal).
string(REPEAT "abcdefghij" 1048576 _s)
file(WRITE ${OUT}/long_line.py "s = \"${_s}\"\nprint(len(s), s[-3:])\n")

# An operator chain of 200 000 terms: built, evaluated and freed without
# deep recursion.
string(REPEAT "x + " 199999 _chain)
file(WRITE ${OUT}/op_chain.py "x = 1\ny = ${_chain}x\nprint(y)\n")
