import tensorflow as tf
# tf1-semantics.md §8.5 examples
with tf.variable_scope("foo"):
    with tf.name_scope("bar"):
        v = tf.get_variable("v", [1])
        print([op.name for op in tf.get_default_graph().get_operations()])  # §8.5
        x = 1.0 + v
print(v.name)  # §8.5: foo/v:0
print(x.op.name)  # §8.5: foo/bar/add
with tf.variable_scope("foo", reuse=True) as vs:
    v1 = tf.get_variable("v", [1])
    print(vs.original_name_scope)  # §8.5: foo_1/
print(v1 is v)  # §8.5: True
with tf.variable_scope("foo", reuse=tf.AUTO_REUSE):
    v2 = tf.get_variable("v", [1])
    u = tf.get_variable("u", [1])
print(v2 is v)  # §8.5: True
print(u.name)  # §8.5: foo/u:0
print(tf.global_variables())  # §10: reused variables appear once
try:
    with tf.variable_scope("foo"):
        tf.get_variable("v", [1])
except ValueError as e:
    print(str(e).split("\n")[0])  # §8.2, §8.7
