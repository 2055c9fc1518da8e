import tensorflow as tf
# tf1-semantics.md §15 Example 3: both scopes are exited before the
# exception leaves the with block; the graph keeps the ten ops.
try:
    with tf.variable_scope("embeddin",reuse=True) as embedding_scope:
        testing2 = tf.Variable(tf.random_uniform((7, 10), -1.0, 1.0), name='testing2')
        testing3 = tf.get_variable(name='testing2', shape=[7, 10],initializer=tf.constant_initializer(1))
except ValueError as e:
    print(e)
print(len(tf.get_default_graph().get_operations()))  # §15: 10
print(tf.get_variable_scope().name == "")  # §7.5: root restored: True
print(repr(tf.get_default_graph().get_name_scope()))  # §7.5: ''
