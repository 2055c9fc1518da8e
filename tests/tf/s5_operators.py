import tensorflow as tf
# tf1-semantics.md §5.2
a = tf.constant(1.0)
b = tf.constant(2.0)
print((a + b).name)  # §5.2: add:0
print((a - b).name)  # §5.2: sub:0
print((a * b).name)  # §5.2: mul:0
print((a / b).name)  # §5.2: truediv:0
print((-a).name)  # §5.2: Neg:0
print((a < b).name)  # §5.2: Less:0
print((a ** b).name)  # §5.2: pow:0
c = a + 2.0
print(c.op.inputs[1].name)  # §5.2: add_1/y:0
d = 2.0 + a
print(d.op.inputs[0].name)  # §5.2 reflected: add_2/x:0
print((a + b).op.type)  # §5.2, §13.2: AddV2
tf.reset_default_graph()
a = tf.constant(1.0)
b = tf.constant(2.0)
print(tf.add(a, b).name)  # §5.2: Add:0
print((a + b).name)  # §5.2: case-insensitive collision -> add_1:0
m = tf.constant([[1.0]])
print(tf.matmul(m, m).name)  # §5.2: MatMul:0
print((m @ m).name)  # §5.2: matmul_1:0
v = tf.Variable(1.0)
print((v * 3.0).op.inputs[0].name)  # §5.2: variables act as read: Variable/read:0
t = tf.constant([1, 2, 3])
print(t[0].name)  # §5.2: strided_slice:0
i = tf.constant(1) / tf.constant(2)
print(i.op.inputs[0].name, i.op.inputs[1].name)  # §5.2: truediv/Cast:0 truediv/Cast_1:0
try:
    if a:
        pass
except TypeError as e:
    print(e)  # ops.py Tensor.__bool__ (1.15)
