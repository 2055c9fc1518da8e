# Strings the JSON exporter must escape (tests/cli/json_paths.sh): a
# constant's value is its repr (quotes, backslashes), an error message
# holds a newline and double quotes (tf1-semantics.md §3.1), a value with
# non-ASCII text needs no escape at all.
import tensorflow as tf

c = tf.constant('quote " back \\ tab \t nl \n ctl \x01 del \x7f caf\u00e9 clef \U0001d11e lone \udc80 end')
d = tf.constant("caf\u00e9 \U0001d11e")
q = tf.constant('say "hi"')
try:
    with tf.variable_scope('bad "name"\n'):
        pass
except ValueError as e:
    print(e)
print(c.name, d.name, q.name)
