# Teaches: an RNN cell unrolled in a loop (tf1-semantics.md §7.1, §7.7):
# reuse_variables() after the first step makes every later step share the
# cell's weights; step ops are uniquified in rnn/ (Tanh, Tanh_1).
import tensorflow as tf

inputs = [tf.placeholder(tf.float32, [None, 8], name="x%d" % t)
          for t in range(3)]
state = tf.zeros([1, 16])

with tf.variable_scope("rnn") as scope:
    for t, x in enumerate(inputs):
        if t > 0:
            scope.reuse_variables()
        w_x = tf.get_variable("w_x", [8, 16])
        w_h = tf.get_variable("w_h", [16, 16])
        state = tf.tanh(tf.matmul(x, w_x) + tf.matmul(state, w_h))
        print(state)

print(len(tf.global_variables()))
for v in tf.global_variables():
    print(v.name)
