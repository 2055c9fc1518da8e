import tensorflow as tf

with tf.variable_scope("a"):
    w = tf.get_variable("w", [1]
print(w)
