import tensorflow as tf
x = tf.zeros([2])
tf.reset_default_graph()
y = x - tf.zeros([2])
print(y)
