# Teaches: the names table is case-insensitive and explicit names that look
# generated collide too (tf1-semantics.md §2.1, §2.2, §8.4).
import tensorflow as tf

g = tf.get_default_graph()
print(g.unique_name("foo"))
print(g.unique_name("Foo"))
print(g.unique_name("foo_2"))
print(g.unique_name("foo"))

a = tf.get_variable("W", [1])
b = tf.get_variable("w", [1])     # another store key, but the op name collides
print(a.name, b.name)

c = tf.constant(1.0, name="myop")
d = tf.constant(1.0, name="myop_1")
e = tf.constant(1.0, name="myop")
f = tf.constant(1.0, name="myop_1")
print(c.name, d.name, e.name, f.name)
