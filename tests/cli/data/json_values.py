# Values the JSON exporter writes itself (tests/cli/json_paths.sh):
# strings to escape — a constant's value is its repr (quotes,
# backslashes), an error message holds a newline and double quotes
# (tf1-semantics.md §3.1), a value with non-ASCII text needs no escape at
# all — and numbers of every length up to 2**63 - 1 (a shape's dims).
import tensorflow as tf

c = tf.constant('quote " back \\ tab \t nl \n ctl \x01 del \x7f caf\u00e9 clef \U0001d11e lone \udc80 end')
d = tf.constant("caf\u00e9 \U0001d11e")
q = tf.constant('say "hi"')
try:
    with tf.variable_scope('bad "name"\n'):
        pass
except ValueError as e:
    print(e)
p = tf.placeholder(tf.float32, [0, 1, 9, 10, 99, 100, 101, 999, 1000,
                                12345678901, 9223372036854775807])
print(c.name, d.name, q.name, p.shape)
