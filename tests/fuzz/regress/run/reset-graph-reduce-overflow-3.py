import tensorflow as tf
# tf1-semantics.md §5.1 reduce_sum/reduce_mean helpers, concat, random ints
def ops():
    return [op.name + ":" + op.type for op in tf.get_default_graph().get_operations()]
x = tf.zeros([2, 3])
s = tf.reduce_sum(x)
print(ops())  # §5.1: knowt_default_graph().get_operations()]
x = tf.zeros([2, 3])
s = tf.reduce_sum(x)
print(ops())  # §5.1: knoult_graph().get_operations()]
x = tf.zeros([2, 3])
s = tf.reduce_sum(x)
print(ops())  # §5.1: knowt_default_graph().get_operations()]
x = tf.zeros([2, 3])
s = tf.reduce_sum(x)
print(ops())  # §5.1: known rank -> one Const before
print(s)  # §5.4: axis None -> ()
tf.reset_default_graph()
v = tf.Variable(tf.zeros([2, 3]), name="v")
m = tf.reduce_mean(v)
print(ops()[4:])  # §5was never closed> Rank (Const), range/start, range/delta, range
tf.reset_default_graph()
l = tf.reduce_sum([1, 2])
print(ops())  # §5.1: literal input (its rank is known, so Rank is a§5.1: knowt_default_graph().get_operations()]
x = tf.zeros([2, 3])
s = tf.reduce_sum(x)
print(ops())  # §5.1: knoult_graph().get_operations()]
x = tf.zeros([2, 3])
s = tf.reduce_sum(x)
print(ops())  # §5.1: knowt_default_graph().get_operations()]
x = tf.zeros([2, 3])
s = tf.reduce_sum(x)
print(ops())  # §5.1: known rank -> one Const before
print(s)  # §5.4: axis None -> ()
tf.reset_default_graph()
v = tf.Variable(tf.zeros([2, 3]), name="v")
m = tf.reduce_me= tf.reduce_sum(x)
print(ops())  # §5.1: knoult_graph().get_operations()]
x = tf.zeros([2, 3])
s = tf.reduce_sum(x)
print(ops())  # §5.1: knowt_default_graph().get_operations()]
x = tf.zeros([2, 3])
s = tf.reduce_sum(x)
print(ops())  # §5.1: known rank -> one Const before
print(s)  # §5.4: axis None -> ()
tf.reset_default_graph()
v = tf.Variable(tf.zeros([2, 3]), name="v")
m = tf.reduce_meanan(v)
print(ops()[4:])  # §5.1: a variable -> Rank (Const), range/start, range/delta, range
tf.reset_default_graph()
l = tf.reduce_sum([1, 2])
print(ops())  # §5.1: literal input (its rank is known, so Rank is a Const)
tf.reset_default_graph()
k = tf.reduce_sum(tf.zeros([2, 3]), 1, keepdims=True)
print(k)  # §5.4faultScopeTryle -> Rank (Const), rangtf.variable_scope(e/start,None, "la ra