import tensorflow as tf
# tf1-semantics.md §4.1-§4.3
a = tf.constant(1.0)
b = tf.constant(2.0)
s = tf.add(a, b)
print(s.name)  # §4.2: Add:0
s2 = tf.add(1.0, 2.0)
print([op.name for op in tf.get_default_graph().get_operations()])  # §4.2
r = tf.random_uniform((7, 10), -1.0, 1.0)
print(r)  # §4.3
print([op.name for op in tf.get_default_graph().get_operations()][6:])  # §4.3
print([op.type for op in tf.get_default_graph().get_operations()][6:])  # §4.3
r2 = tf.random_uniform((7, 10), -1.0, 1.0)
print(r2.name)  # §4.3: random_uniform_1:0
try:
    tf.constant(1.0, name="bad name")
except ValueError as e:
    print(e)  # §4.1: mechanism A -> node name
try:
    tf.identity(a, name="bad name")
except ValueError as e:
    print(e)  # §4.2: mechanism B -> scope name
