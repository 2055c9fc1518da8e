import tensorflow as tf
# script-language.md §4 graph API; messages from TF 1.15 ops.py,
# Graph._as_graph_element_locked.
g = tf.get_default_graph()
a = tf.constant(1.0, name="a")
print(g.get_operation_by_name("a"))  # §9.4 repr
print(g.get_tensor_by_name("a:0"))  # §9.1 str
print(g.get_tensor_by_name("a:0") is a)  # True
for n in ["b", "a:0"]:
    try:
        g.get_operation_by_name(n)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
for n in ["a", "b:0", "a:1", "q", "a:x"]:
    try:
        g.get_tensor_by_name(n)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
g2 = tf.Graph()
print(g2 is tf.get_default_graph())  # §1: not yet the default: False
with g2.as_default():
    print(g2 is tf.get_default_graph())  # True
    with g2.name_scope("inner") as s:
        print(s)  # §3.1: inner/
        b = tf.constant(1.0)
print(b.op.name, b.graph is g2)  # §1: inner/Const True
print(g is tf.get_default_graph())  # §1: restored: True
print([op.name for op in g2.get_operations()])  # ['inner/Const']
