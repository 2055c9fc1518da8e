import tensorflow as tf
# tf1-semantics.md §5.3, §6.1, §8: many variables of one kind (initializer,
# shape, dtype). Each one's internal ops are named under its own scope V;
# nothing is shared between them but the pattern (scopeviz stamps the
# pattern from the first variable of the kind: docs/performance.md).
def ops(prefix):
    return [op.name for op in tf.get_default_graph().get_operations()
            if op.name.startswith(prefix)]
vs = []
for i in range(3):
    with tf.variable_scope("l%d" % i):
        vs.append(tf.get_variable("w", [2, 2]))
print(ops("l2/"))  # §5.3: glorot_uniform, the same ten ops under l2/w
print(vs[2].initializer.name)  # §6.1 step 6: V/Assign
print(vs[2].initial_value)  # §9.1
print(vs[1].value())  # §6.1 step 7: V/read
g = tf.get_default_graph()
print(g.get_operation_by_name("l1/w/Initializer/random_uniform/max").type)
print(g.get_tensor_by_name("l0/w/Initializer/random_uniform/sub:0"))
# §2.1: names under a made variable are keys of the table
with tf.name_scope("l2/w/"):
    print(tf.constant(1, name="read").name)  # l2/w/read_1
print(tf.constant(0, name="l1/w/Assign").name)  # l1/w/Assign_1
with tf.name_scope("l0/w/Initializer/"):
    print(tf.constant(0, name="random_uniform").name)
# the same shape with another dtype, initializer or value is another kind
a = tf.get_variable("a", [2, 2], dtype=tf.float64)
b = tf.get_variable("b", [2, 2], dtype=tf.float64)
print(b.initial_value)
c1 = tf.get_variable("c1", [3], initializer=tf.constant_initializer(1))
c2 = tf.get_variable("c2", [3], initializer=tf.constant_initializer(2.5))
c3 = tf.get_variable("c3", [3], initializer=tf.constant_initializer(1))
print(ops("c"))
print(c3.initial_value, c3.value())
z = [tf.get_variable("z%d" % i, [4], dtype=tf.int32) for i in range(2)]
print(ops("z1/"))
print(z[1])
with tf.variable_scope("s", initializer=tf.zeros_initializer()):
    s = [tf.get_variable("v%d" % i, [2]) for i in range(2)]
print(ops("s/"))
n = [tf.get_variable("n%d" % i, [5], initializer=tf.truncated_normal_initializer(stddev=0.1)) for i in range(2)]
print(ops("n1/"))
print(len(tf.global_variables()), len(g.get_operations()))
