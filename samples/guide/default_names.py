# Teaches: default_name numbering (variable-scope counters, §7.4 case D),
# auxiliary_name_scope=False, name_scope(None) and trailing-'/' re-entry
# (tf1-semantics.md §3.1, §3.2, §7.8).
import tensorflow as tf

def gv(n):
    return tf.get_variable(n, [])

with tf.variable_scope(None, "defaultScope1"):
    with tf.variable_scope(None, "layer"):
        print(gv("w").name)
with tf.variable_scope(None, "defaultScope1"):
    with tf.variable_scope(None, "layer"):
        print(gv("w").name)
with tf.variable_scope(None, "defaultScope"):
    with tf.variable_scope(None, "layer"):
        print(gv("w").name)

with tf.name_scope(None, "layer") as s:
    print(s)
with tf.name_scope("outer"):
    with tf.name_scope(None):
        c = tf.constant(1.0)
print(c.name)

with tf.variable_scope("outer2"):
    with tf.variable_scope("inner", auxiliary_name_scope=False) as inner:
        print(inner.original_name_scope)
        print(gv("w").name)
        print(tf.constant([], name="c").name)

with tf.name_scope("foo/"):
    with tf.name_scope("foo4") as s:
        print(s)
