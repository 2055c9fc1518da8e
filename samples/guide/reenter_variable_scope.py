# Teaches: entering the same variable_scope twice (tf1-semantics.md §7.6).
# The variable scope is `foo` both times, but the name scope opened for the
# ops is uniquified: `foo/` then `foo_1/`. Variables from get_variable go
# to foo/..., ops and tf.Variables of the second block to foo_1/...
import tensorflow as tf

with tf.variable_scope("foo") as s1:
    w = tf.get_variable("w", [2])
    c = tf.constant(1.0, name="c")
with tf.variable_scope("foo") as s2:
    u = tf.get_variable("u", [2])
    d = tf.constant(1.0, name="c")
    t = tf.Variable(0.0, name="t")

print(s1.name, s1.original_name_scope)
print(s2.name, s2.original_name_scope)
print(w.name, c.name)
print(u.name, d.name, t.name)
