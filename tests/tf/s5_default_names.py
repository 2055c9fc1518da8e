import tensorflow as tf
# tf1-semantics.md §5.1, §5.4
z = tf.zeros([2, 3])
print(z.op.name, z.op.type)  # §5.1: zeros Const
o = tf.ones([2])
print(o)  # §5.1, §9.1
f = tf.fill([2, 2], 7)
print(f)  # §5.1, §5.4: dtype of value
print(f.op.inputs[0].name, f.op.inputs[1].name)  # §5.1: Fill/dims Fill/value
big = tf.zeros([1000])
print(big.op.name, big.op.type)  # §5.1: product >= 1000 -> Fill
print(big.op.inputs[0].name, big.op.inputs[1].name)  # §5.1
p = tf.placeholder(tf.float32, shape=[None, 784])
print(p)  # §9.1
p2 = tf.placeholder(tf.float32)
print(p2)  # §9.1: unknown rank -> no shape
print(repr(p2))  # §9.1
m = tf.matmul(p, tf.zeros([784, 10]))
print(m)  # §5.1, §5.4
print(tf.identity(m).name)  # §5.1: Identity:0
print(tf.nn.relu(m).name)  # §5.1: Relu:0
print(tf.sigmoid(m).name)  # §5.1: Sigmoid:0
print(tf.tanh(m).name)  # §5.1: Tanh:0
rs = tf.reduce_sum(p, axis=1)
print(rs)  # §5.1, §5.4
print(rs.op.inputs[1].name)  # §5.1: Sum/reduction_indices:0
cc = tf.concat([z, z], 0)
print(cc)  # §5.1 (lower-case default), §5.4
rsh = tf.reshape(z, [3, 2])
print(rsh)  # §5.1, §5.4
init = tf.global_variables_initializer()
print(init.name, init.type)  # §5.1: init NoOp
print(tf.global_variables_initializer().name)  # §5.1: init_1
