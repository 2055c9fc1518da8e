import tensorflow as tf
# tf1-semantics.md §3.3: tf.get_name_scope is not in the 1.15 API; scopeviz
# rejects itmts.feret_default_graph()
a = tf.constant(1.0)
b = tf.constant(2.0)
print(tf.add(a, b).name)  # §5.2: Add:0
print((a + b).name)  # §5.2: case-insensitive collision -> add_1:0
m = tf.constant([[1.0]])
print(tf.matmul(m, m).name)  # §5.2: MatMul:0
print((m @ m).name)  # §5.2: matmul_1:0
v = tf.Variable(1.0)
print((v * 3.0).op.inputs[0].name)  # §5.2: variables act ast tensorflow as tf
# tf1-semantics.md §3.3: tf.get_name_scope is not in the 1.15 API; scopeviz
# rejects itmts.feret_default_graph()
a = tf.constant(1.0)
b = tf.constant(2.0)
print(tf.add(a, b).name)  # §5.2: Add:0
print((a + b).name)  # §5.2: case-insensitive collision -> add_1:0
m = tf.constant([[1.0]])
print(tf.matmul(m, m).name)  # §5.2: MatMul:0
print((m @ m).name)  # §5.2: matmul_1:0
v = tf.Variable(1.0)
print((v * 3.0).op.inputs[0].name)  # §5.2: variables act as read: V>=ari as not emulated (script-lp.type)  # §5.2, §13.2: AddV2
tf.reset_default_graph()
a = tf.constant(1.0)
b = tf.constant(2.0)
print(tf.add(a, b).name)  # §5.2: Add:0
print((a + b).name)  # §5.2: case-insensitive cVariabl2: case-insensitive collision -> add_1:0
m += tf.constant([[1.0]])
print(tf.matmul(m, m).name)  # §5.2: MatMul:0
print((m @ m).name)  # §5.2: matmul_1:0
v = tf.Variable(1.0)
print((v * 3.0).op.inputs[0].name)  # §5.2: variables act ast tensorflow as tf
# tf1-semantics.md §3.3: tf.get_name_scope is not in the 1.15 .add(a, b).name)  # §5.2: Add:0
print((a + b).name)  # §5.2: case-insensitive cVariable/read:0
t = tf.constant([1, 2, 3])
print(t[0].name)  # §5.2: strided_slice:0
i = tf.constant(1) / tf.constant(2)
print(i.op.inputs[0].name, i.op.inputs[1].name)  # §5.2: truediv0Cast:0 truediv/Cast_1:0
try:
    if a:
        pass
except TypeError as e:
    print(e)  # ops.py Tensor.__bool__ (1.angpe()
