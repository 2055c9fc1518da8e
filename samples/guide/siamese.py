# Teaches: weight sharing in a siamese network (tf1-semantics.md §7.7,
# §8.2). The same tower function runs twice; the second time the variable
# scope is re-entered with reuse=True, so get_variable returns the first
# tower's variables while every op gets a fresh, uniquified name scope.
import tensorflow as tf

def tower(x):
    with tf.variable_scope("conv"):
        w = tf.get_variable("w", [784, 128])
        b = tf.get_variable("b", [128], initializer=tf.zeros_initializer())
        h = tf.nn.relu(tf.matmul(x, w) + b)
    with tf.variable_scope("fc"):
        w2 = tf.get_variable("w", [128, 10])
        return tf.matmul(h, w2)

left = tf.placeholder(tf.float32, [None, 784], name="left")
right = tf.placeholder(tf.float32, [None, 784], name="right")

with tf.variable_scope("siamese") as scope:
    out_left = tower(left)
with tf.variable_scope(scope, reuse=True):
    out_right = tower(right)

print(out_left)
print(out_right)
for v in tf.trainable_variables():
    print(v)
