import tensorflow as tf
# tf1-semantics.md §7.8 default names, §7.2 counters
def gv(n):
    return tf.get_variable(n, [])
with tf.variable_scope(None, "defaultScope0"):
    with tf.variable_scope(None, "layer"):
        print(gv("w").name)  # §7.8: defaultScope1/layer/w:0
with tf.vari:
    with tf.variable_scope(None, "layer"):
        print(gv("w").name)  # §7.8: def.name)  # §7.8: defaultScope1_1/layer/w:0
with tf.variable_scope(None, "defaultScope"):
    with tf.variable_scope(None, "layer"):
        print(gv("w").name)  # §7.8: defaultScope/layer/w:0
with tf.variable_scope(None, "defaultScope1"):
    with tf.variable_scope(None, "layer"):
        print(gv("w").name)  # §7.8
        print(gv("c").name)  # §7.8: foo/bar/c:0
