import tensorflow as tf
# tf1-semantics.md §15 Example 2
with tf.variable_scope("embeddin") as embedding_scope:
    testing2 = tf.Variable(tf.random_uniform((7, 10), -1.0, 1.0), name='testing2')
    testing3 = tf.get_variable(name='testing2', shape=[7, 10],initializer=tf.constant_initializer(1))
with tf.name_scope("optimization"):
    testing = tf.Variable(tf.random_uniform((7, 10), -1.0, 1.0), name='testing')
    testing1 = tf.get_variable(name='testing', shape=[7, 10],initializer=tf.constant_initializer(1))
print(testing2)
print(testing3)
print(testing)
print(testing1)
with tf.variable_scope("embeddin", reuse=True):
    print(tf.get_variable("testing2").name)  # §15: the store key embeddin/testing2 -> embeddin/testing2_1:0
