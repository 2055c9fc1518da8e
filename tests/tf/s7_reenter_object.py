import tensorflow as tf
# tf1-semantics.md §7.5 last paragraph: one variable_scope object entered
# twice opens its name scope again (uniquified) but keeps the first
# original_name_scope.
vs = tf.variable_scope("foo")
with vs as s:
    print(s.name, s.original_name_scope)  # foo foo/
with vs as s:
    print(s.name, s.original_name_scope)  # foo foo/
    print(tf.constant(1.0).op.name)  # foo_1/Const
ns = tf.name_scope("a")
with ns as s:
    print(s)  # §3.1: a/
with ns as s:
    print(s)  # §3.1: uniquified again: a_1/
def init(shape, dtype=None, partition_info=None):
    return tf.zeros(shape, dtype)
with tf.variable_scope("i", initializer=init) as s:
    print(s.initializer is init)  # §7.1: the scope keeps the callable: True
    v = tf.get_variable("v", [3])
print(v.initial_value.op.name)  # §8.4: i/v/Initializer/zeros
