import tensorflow.compat.v1 as tf
# script-language.md §2, §4: tf.compat.v1 is the same module;
# disable_v2_behavior is a no-op.
tf.disable_v2_behavior()
tf.compat.v1.disable_eager_execution()
with tf.compat.v1.variable_scope("a"):
    v = tf.compat.v1.get_variable("v", [2], initializer=tf.initializers.zeros())
print(v)  # §9.2
print(tf.nn.sigmoid(v).name)  # §5.1: tf.nn.sigmoid = tf.sigmoid -> Sigmoid:0
print(tf.math.tanh(v).name)  # §5.1: Tanh:0
print(tf.random.uniform([2]).name)  # tf.random.uniform = random_uniform
