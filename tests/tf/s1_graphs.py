import tensorflow as tf
# tf1-semantics.md §1: each graph owns its names table; with
# tf.Graph().as_default() a fresh graph is the default for the body.
a = tf.constant(1.0)
print(a.name)  # §4.1, §5.1: Const:0
with tf.Graph().as_default() as g:
    b = tf.constant(1.0)
    print(b.name)  # §1: fresh graph -> Const:0
    print(g is tf.get_default_graph())  # §1: True
c = tf.constant(1.0)
print(c.name)  # §1: previous default restored -> Const_1:0
tf.reset_default_graph()
d = tf.constant(1.0)
print(d.name)  # §1: reset_default_graph -> brand-new graph -> Const:0
print(len(tf.get_default_graph().get_operations()))  # §1: 1
with tf.variable_scope("s"):
    v = tf.get_variable("v", [1])
tf.reset_default_graph()
with tf.variable_scope("s"):
    w = tf.get_variable("v", [1])  # §1: fresh variable store -> no error
print(w.name)  # §8.1: s/v:0
