# Teaches: re-entering a captured VariableScope object (tf1-semantics.md
# §7.4 case O, §7.8): it jumps out of the current variable scope, opens a
# new uniquified name scope relative to the current one, and keeps its
# original_name_scope.
import tensorflow as tf

with tf.variable_scope("outer") as outer:
    pass
with tf.variable_scope(outer):
    v = tf.get_variable("w", [])
    with tf.name_scope("scope2") as sc:
        print(sc)
    with tf.variable_scope("default"):
        d = tf.get_variable("w", [])
        with tf.name_scope("scope2") as sc:
            print(sc)
with tf.variable_scope(outer, reuse=True):
    v2 = tf.get_variable("w", [])
    with tf.name_scope("scope2") as sc:
        print(sc)
print(v.name, d.name, v2 is v)

with tf.name_scope("scope1"):
    with tf.variable_scope("tower") as tower:
        pass
with tf.name_scope("scope2"):
    with tf.variable_scope(tower) as tower1:
        with tf.name_scope("foo") as sc:
            print(sc)
    with tf.name_scope(tower.original_name_scope):
        with tf.name_scope("bar") as sc:
            print(sc)
print(tower.original_name_scope, tower1.original_name_scope)
