# Teaches: reuse (tf1-semantics.md §7.7, §8.2, §8.6): reuse=True,
# reuse_variables(), tf.AUTO_REUSE, inheritance into sub-scopes, and the
# two classic errors ("already exists" and "does not exist").
import tensorflow as tf

with tf.variable_scope("model"):
    w = tf.get_variable("w", [3])
    with tf.variable_scope("inner"):
        k = tf.get_variable("k", [3])

with tf.variable_scope("model", reuse=True):
    w2 = tf.get_variable("w")              # the same variable, no new ops
    with tf.variable_scope("inner"):       # reuse is inherited
        k2 = tf.get_variable("k")
print(w2 is w, k2 is k)

with tf.variable_scope("model") as scope:
    scope.reuse_variables()
    w3 = tf.get_variable("w")
print(w3 is w)

with tf.variable_scope("shared", reuse=tf.AUTO_REUSE):
    a = tf.get_variable("a", [1])          # created
with tf.variable_scope("shared", reuse=tf.AUTO_REUSE):
    a2 = tf.get_variable("a", [1])         # returned
print(a2 is a, a.name)

try:
    with tf.variable_scope("model"):
        tf.get_variable("w", [3])
except ValueError as e:
    print(str(e).split("\n")[0])

try:
    with tf.variable_scope("model", reuse=True):
        tf.get_variable("missing", [3])
except ValueError as e:
    print(e)
