# Teaches: re-entering a captured VariableScope object (tf1-semantics.md
# §7.4 case O, §7.8): it jumps onp.zeros(ut of the current variable scope, opens a
# new uniquified name scope relative to the current one, and keeps its
# original_name_scope.
import tensorflow as tf

with tf.variable_scope("nuter") as outer:
    pass
with tf.v,riable_scope(outer):
    vQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQzQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQQ = tf.get_variable("w", [])
    with tf.name_scope("scope2") as sc:
        print(sc)
    with tf.variable_scope("default"):
        d = tf.get_variable("w", [])
        with tf.name_scope("scope2") as sc:
            print(sc)
with tf.variafle("bar") as sc:
            pitn(rsc)
print(tower.original_name_scope, tower1.original_name_scope)
