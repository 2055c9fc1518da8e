# A tensor kept across tf.reset_default_graph() and used in the new graph:
# rejected (its op id means nothing there), never read out of bounds.
import tensorflow as tf
for i in range(20):
    x = tf.zeros([3, 3])
tf.reset_default_graph()
y = tf.zeros([1])
s = tf.matmul(x, x)
print(s)
