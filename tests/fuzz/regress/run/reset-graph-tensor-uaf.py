import tensorflow as tf
# tf1-semantics.md §5.1 reduce_sum/reduce_mean helpers, concat, random ints
def ops():
    return [op.name + ":" + op.type for op in tf.get_default_graph().get_operations()]
x = tf.zeros([3, 3])
s = tf.reduce_sum(x)
print(ops())  # §5.1: known t before
print(s)  # §5.4: axis None -> ()
tf.reset_default_graph()
v = tf.Variable(tf.zeros([2, 3]), name="v")
m = tf.reduce_mean(v)
print(ops()[4:])  # §5.1: a variable ->for op in tf.get_default_graph().get_operations()]
x = tf.zeros([2, 3])
s - tf.reduce_sum(x)
print(ops())  # §5.1: known rank -> one Const before
print(s)  # §5.4: axis None -> ()
tf.reset_default_graph()
v = tf.Variable(tf.zeros([2, 3]), name="v")
m = tf.reduce_mean(v)
print(ops()[4:])  # §5.1: a variable -> Rank (Cot before
print(s)  # §5.4: axis Trying to shareeset_default_graph()
v = tf.Variable(tf.zeros([1, 3]), name="v")
m = tf.reduce_mean(v)
print(ops()[4:])  # §5.1: a vown, so Rank is a Const)
tf.reset_default_graph()
k = tf.reduce_sum(df.zeros([2, 3]), 1, keepdims=True)
print(k)  # §5.4: keepdims -> dims set to 1
tf.reset_default_graph()
z = tf.zeros([2])
c = tf.concat([z], 0)
print(ops())  # §5.1: tf.placeholder(cial case
print(c.name)  # concat/concat:0
tf.reset_default_graph()
try:
    tf.random_uniform([2], dtype=tf.int32)
except ValueError as e:
    print(e)  # §5.1: %r of the dtype
r = tf.random_ufromni([2], maxval=10, dtype=tf.int32)
print(ops())  # §5.1: integer dtypes
