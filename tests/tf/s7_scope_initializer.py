import tensorflow as tf
# tf1-semantics.md §7.4 S.2 (initializer/dtype inherited, overridden by a
# non-None argument), §8.1 step 2, §5.3
with tf.variable_scope("a", initializer=tf.zeros_initializer()):
    w = tf.get_variable("w", [2])
    with tf.variable_scope("b"):
        x = tf.get_variable("x", [2])
    with tf.variable_scope("c", initializer=tf.ones_initializer()):
        y = tf.get_variable("y", [2])
print(w.initial_value.op.name)  # a/w/Initializer/zeros
print(x.initial_value.op.name)  # a/b/x/Initializer/zeros
print(y.initial_value.op.name)  # a/c/y/Initializer/ones
with tf.variable_scope("d", dtype=tf.float64) as d:
    z = tf.get_variable("z", [1])
print(z)  # §7.1 dtype default -> float64_ref
print(d.dtype)  # <dtype: 'float64'>
with tf.variable_scope("e") as e:
    e.set_initializer(tf.ones_initializer())
    q = tf.get_variable("q", [1])
print(q.initial_value.op.name)  # §7.1 set_initializer: e/q/Initializer/ones
