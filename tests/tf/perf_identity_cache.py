import tensorflow as tf
# tf1-semantics.md §9.1, §9.4: a Tensor, Operation, Variable or
# VariableScope is one Python object per graph element (TF keeps them on
# the graph). scopeviz rebuilds an object nobody refers to any more
# (docs/performance.md), which must never be observable: every live
# reference stays the same object.
g = tf.get_default_graph()
x = tf.placeholder(tf.float32, [None, 2], name="x")
keep = []
for i in range(300):
    y = tf.nn.relu(x)
    if i % 100 == 0:
        keep.append(y)
print(len(keep), keep[1].name)  # §4.3: 3 Relu_100:0
print(keep[1] is g.get_tensor_by_name("Relu_100:0"))  # True
print(g.get_tensor_by_name("Relu_7:0") is g.get_tensor_by_name("Relu_7:0"))  # True
t = g.get_tensor_by_name("Relu_7:0")
print(t.op is g.get_operation_by_name("Relu_7"))  # True
print(t.op.outputs[0] is t)  # True
print(t.op.name, t.name)  # Relu_7 Relu_7:0
with tf.variable_scope("s") as s:
    v = tf.get_variable("v", [2])
    print(tf.get_variable_scope() is s)  # True
print(tf.global_variables()[0] is v)  # True
del v
print(tf.global_variables()[0].name)  # s/v:0
# Variables of another graph count from id 0 again; each graph keeps its
# own objects (§9.1).
g2 = tf.Graph()
with g2.as_default():
    u = tf.get_variable("u", [1])
    print(tf.global_variables()[0] is u, u.graph is g2)  # True True
w = tf.global_variables()[0]
print(w is u, w.name, u.name)  # False s/v:0 u:0
print(g2.get_collection("variables")[0] is u)  # True
