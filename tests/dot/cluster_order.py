# Clusters come in creation order even when a prefix ("z") is first made
# by an op whose own scope is not drawn (tf1-semantics.md §14: keep
# creation order); expected order: m/, z/, n/.
import tensorflow as tf
with tf.name_scope("m"): c = tf.constant(1.0)
x = tf.add(1.0, 2.0, name="z/y/add")
with tf.name_scope("n"): d = tf.constant(1.0)
w = tf.get_variable("z/w", [1])
