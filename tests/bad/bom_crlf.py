import tensorflow as tf
v = tf.Variable(1, name="a")
with tf.name_scope("s"):
    w = tf.Variable(2, name="b")
print(v.name, w.name)
