import tensorflow as tf
# tf1-semantics.md §2.3: ops and scopes share one namespace.
x = tf.constant(1.0, name="x")
with tf.name_scope("x") as s:
    print(s)  # §2.3: x_1/
with tf.name_scope("empty"):
    pass
e = tf.constant(1.0, name="empty")
print(e.op.name)  # §2.3: an empty scope still occupies its name: empty_1
with tf.name_scope("outer"):
    f = tf.constant(1.0, name="x")
print(f.op.name)  # §2.1: a/foo and b/foo do not collide: outer/x
