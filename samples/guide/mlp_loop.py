# Teaches: a larger model built in a loop (tf1-semantics.md §7.4, §8): 40
# layers named layer_0 ... layer_39. The diagram groups such a series into
# one collapsed node and can be cut to a depth (scopeviz dot --depth 1).
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 32], name="input")
h = x
for i in range(40):
    with tf.variable_scope("layer_%d" % i):
        w = tf.get_variable("weights", [32, 32])
        b = tf.get_variable("biases", [32], initializer=tf.zeros_initializer())
        h = tf.nn.relu(tf.matmul(h, w) + b)

with tf.variable_scope("logits"):
    w = tf.get_variable("weights", [32, 10])
    logits = tf.matmul(h, w)

print(logits)
print(len(tf.trainable_variables()))
print(tf.trainable_variables()[0])
print(tf.trainable_variables()[-1])
