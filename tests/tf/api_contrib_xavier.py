# tf.contrib.layers.xavier_initializer() is Glorot uniform: the same ops as
# the default initializer (§5.3, op list as in §8.5). Other contrib APIs
# stay "not emulated".
import tensorflow as tf

with tf.variable_scope("fc1"):
    W = tf.get_variable("W", shape=[4, 8], initializer=tf.contrib.layers.xavier_initializer())
print(W)
for op in tf.get_default_graph().get_operations():
    print(op.name)
