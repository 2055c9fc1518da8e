import tensorflow as tf
# tf1-semantics.md §3.3
g = tf.get_default_graph()
print(repr(g.get_name_scope()))  # §3.3: ''
with tf.name_scope("scope1"):
    with tf.name_scope("scope2"):
        print(g.get_name_scope())  # §3.3: scope1/scope2
    with tf.name_scope(None):
        print(g.get_name_scope())  # §3.3: null stack -> None
with tf.variable_scope("v", auxiliary_name_scope=False):
    print(g.get_name_scope())  # §3.3: root-level aux=False -> None
