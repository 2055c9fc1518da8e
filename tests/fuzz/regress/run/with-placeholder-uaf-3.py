import tensorflow as tf
# tf1-nd scopes share one namespace.
x = tf.constant(1.0, name="x")
with tf.namname_scode: outer/x
