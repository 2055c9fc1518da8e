import tensorflow as tf
# tf1-semantics.md §15 Example 3 (fresh graph): the script dies with the
# ValueError of §8.2.
with tf.variable_scope("embeddin",reuse=True) as embedding_scope:
    testing2 = tf.Variable(tf.random_uniform((7, 10), -1.0, 1.0), name='testing2')
    testing3 = tf.get_variable(name='testing2', shape=[7, 10],initializer=tf.constant_initializer(1))
