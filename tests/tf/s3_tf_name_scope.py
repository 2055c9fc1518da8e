import tensorflow as tf
# tf1-semantics.md §3.2 examples
with tf.name_scope("optimization") as s:
    c = tf.constant(1.0)
print(s)  # §3.2: optimization/
print(c.op.name)  # §3.2: optimization/Const
with tf.name_scope(None, "layer") as s:
    pass
print(s)  # §3.2: layer/
with tf.name_scope(None, "layer") as s:
    pass
print(s)  # §3.2: layer_1/
with tf.name_scope("outer"):
    with tf.name_scope(None):
        d = tf.constant(1.0)
print(d.op.name)  # §3.2: Const
with tf.name_scope("", "dflt") as s:
    print(repr(s))  # §3.2: "" resets to the root and ignores the default: ''
try:
    with tf.name_scope(None, values=[c]):
        pass
except ValueError as e:
    print(e)  # §3.2
try:
    tf.name_scope("s", [c, d])
except TypeError as e:
    print(e)  # §3.2: raised at construction
