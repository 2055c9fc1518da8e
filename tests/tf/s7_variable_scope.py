import tensorflow as tf
# tf1-semantics.md §7.6 table
with tf.variable_scope("foo") as s1:
    print(s1.name, s1.original_name_scope)  # §7.6: foo foo/
    print(tf.constant(1.0).op.name)  # §7.6: ops use the name scope: foo/Const
with tf.variable_scope("foo") as s:
    print(s.name, s.original_name_scope)  # §7.6: foo foo_1/
    print(tf.constant(1.0).op.name)  # foo_1/Const
with tf.variable_scope(s1) as s:
    print(s.name, s.original_name_scope)  # §7.6: foo foo/ (name scope foo_2/)
    print(tf.constant(1.0).op.name)  # §7.6: foo_2/Const
with tf.name_scope("bar"):
    pass
with tf.variable_scope(None, default_name="bar") as s:
    print(s.name, s.original_name_scope)  # §7.6: bar bar_1/
with tf.variable_scope("b"):
    with tf.variable_scope(s1) as s:
        print(s.name, s.original_name_scope)  # §7.6: foo foo/
        print(tf.constant(1.0).op.name)  # §7.6: name scope b/foo/ -> b/foo/Const
with tf.variable_scope("aux", auxiliary_name_scope=False) as s:
    print(s.name, repr(s.original_name_scope))  # §7.6: aux ''
    print(tf.constant(1.0, name="c").op.name)  # §7.6: no name scope: c
with tf.variable_scope(None, default_name="layer") as s:
    print(s.name, s.original_name_scope)  # §7.6: layer layer/
with tf.variable_scope(None, default_name="Layer") as s:
    print(s.name, s.original_name_scope)  # §7.6: Layer Layer_1/
print(tf.get_variable_scope().name == "")  # §7.1: root scope: True
print(tf.get_variable_scope().reuse)  # §7.1: False
print(tf.get_variable_scope().dtype)  # §7.1, §9.5: <dtype: 'float32'>
print(tf.get_variable_scope().initializer)  # §7.1: None
