# Teaches: tf.Variable vs tf.get_variable inside name_scope and
# variable_scope (tf1-semantics.md §6, §8.1, §8.5). tf.Variable is named by
# the name scope; tf.get_variable only by the variable scope, so a
# get_variable inside a name_scope lands outside it. Ops always follow the
# name scope.
import tensorflow as tf

with tf.variable_scope("foo"):
    with tf.name_scope("bar"):
        v = tf.get_variable("v", [1])   # name scope ignored: foo/v
        w = tf.Variable(1.0, name="w")  # name scope used: foo/bar/w
        x = 1.0 + v                     # ops follow the name scope

with tf.name_scope("layer"):
    a = tf.Variable(tf.zeros([2, 3]), name="a")
    b = tf.get_variable("b", [2, 3])

print(v)
print(w)
print(x)
print(a)
print(b)
print(b.op.name)
