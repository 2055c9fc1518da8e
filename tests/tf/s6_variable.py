import tensorflow as tf
# tf1-semantics.md §6.2 examples
a = tf.Variable(3.0)
b = tf.Variable(3.0)
with tf.name_scope("layer"):
    w = tf.Variable(tf.zeros([2, 3]), name="w")
    z = tf.Variable(tf.zeros([2]), name="zeros")
print(a)  # §6.2
print(b.name)  # §6.2: Variable_1:0
print(w)  # §6.2
print(w.op.name)  # §6.2
print(w.value())  # §6.2
print(z.name)  # §6.2: layer/zeros_2:0
print([op.name for op in tf.get_default_graph().get_operations()])  # §6.2
i = tf.Variable(1)
print(i)  # §9.2: int32_ref
