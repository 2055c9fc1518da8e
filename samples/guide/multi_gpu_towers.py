# Teaches: multi-GPU towers (tf1-semantics.md §3.2, §7.7). Each tower opens
# its own name_scope ("tower_0", "tower_1") for ops, while
# tf.get_variable ignores those name scopes and shares one set of
# variables through the root variable scope's reuse flag.
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 32], name="x")
losses = []
for i in range(2):
    with tf.name_scope("tower_%d" % i) as scope:
        w = tf.get_variable("w", [32, 4])
        b = tf.get_variable("b", [4], initializer=tf.zeros_initializer())
        y = tf.matmul(x, w) + b
        losses.append(tf.reduce_mean(y))
        print(scope, w.name, y.name)
        tf.get_variable_scope().reuse_variables()

total = tf.add(losses[0], losses[1], name="total_loss")
print(total)
print([v.name for v in tf.global_variables()])
