# Tutorial example 3 (tf1-semantics.md §15): reuse=True only finds variables
# that tf.get_variable created — a tf.Variable of the same name does not count.
import tensorflow as tf

with tf.variable_scope("embeddin",reuse=True) as embedding_scope:
    testing2 = tf.Variable(tf.random_uniform((7, 10), -1.0, 1.0), name='testing2')
    testing3 = tf.get_variable(name='testing2', shape=[7, 10],initializer=tf.constant_initializer(1))

print(testing2)
print(testing3)
