import tensorflow as tf
# tf1-semantics.md §2.2 (ops_test.py testUniqueName*)
g = tf.get_default_graph()
print(g.unique_name("foo_2"))  # §2.2: foo_2
print(g.unique_name("foo"))  # §2.2: foo
print(g.unique_name("foo"))  # §2.2: foo_1
print(g.unique_name("foo"))  # §2.2: foo_3 (foo_2 was taken)
tf.reset_default_graph()
g = tf.get_default_graph()
print(g.unique_name("foo"))  # §2.2 case insensitivity: foo
print(g.unique_name("Foo"))  # §2.2: Foo_1
with g.name_scope("bar"):
    print(g.unique_name("foo"))  # §2.2: bar/foo
with g.name_scope("Bar"):
    print(g.unique_name("foo"))  # §2.2: Bar_1/foo
tf.reset_default_graph()
g = tf.get_default_graph()
print(g.unique_name("x", mark_as_used=False))  # §2.1: x
print(g.unique_name("x", mark_as_used=False))  # §2.1: nothing marked -> x
print(g.unique_name("x"))  # §2.1: x
print(g.unique_name("x"))  # §2.1: x_1
tf.reset_default_graph()
a = tf.constant(1.0, name="myop")
b = tf.constant(1.0, name="myop")
c = tf.constant(1.0, name="myop")
d = tf.constant(1.0, name="myop_1")
print(a.op.name, b.op.name)  # §2.2: myop myop_1
print(c.op.name)  # §2.2: myop_2
print(d.op.name)  # §2.2: myop_1_1
