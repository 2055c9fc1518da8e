import tensorflow as tf
# tf1-semantics.md §15 Example 1
with tf.variable_scope("embeddin") as embedding_scope:
    testing2 = tf.Variable(tf.random_uniform((7, 10), -1.0, 1.0), name='testing2')
    testing3 = tf.get_variable(name='testing3', shape=[7, 10],initializer=tf.constant_initializer(1))
with tf.name_scope("optimization"):
    testing = tf.Variable(tf.random_uniform((7, 10), -1.0, 1.0), name='testing')
    testing1 = tf.get_variable(name='testing1', shape=[7, 10],initializer=tf.constant_initializer(1))
print(testing2)
print(testing3)
print(testing)
print(testing1)
print(tf.global_variables() == tf.trainable_variables())  # §15: same four
print([op.name for op in tf.get_default_graph().get_operations()])  # §15 op list
