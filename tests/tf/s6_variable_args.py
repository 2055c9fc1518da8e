import tensorflow as tf
# tf1-semantics.md §6 (signature, step 1 checks, callables)
v = tf.Variable(1.0, "w")
print(v.name)  # §6: the second positional is trainable -> Variable:0
print(v.trainable)  # §6.1: True
t = tf.Variable(1.0, trainable=False, name="t")
print(tf.trainable_variables())  # §10: only v
c = tf.Variable(lambda: tf.zeros([2]), name="c")
print([op.name for op in tf.get_default_graph().get_operations()][8:])  # §6.1 step 4
d = tf.Variable(lambda: 1.0, name="d")
print([op.name for op in tf.get_default_graph().get_operations()][12:])  # §6.1 step 4
for bad in ["abc"]:
    try:
        tf.Variable(1.0, collections=bad)
    except ValueError as e:
        print(e)  # §6.1 step 1
try:
    tf.Variable()
except ValueError as e:
    print(e)  # §6.1 step 1
try:
    tf.Variable(1.0, constraint=5)
except ValueError as e:
    print(e)  # §6.1 step 1
try:
    tf.Variable(1.0, name="my var")
except ValueError as e:
    print(e)  # §6.1 step 3
try:
    tf.Variable(tf.placeholder(tf.float32), name="p")
except ValueError as e:
    print(e)  # §6.1 step 6, §9.1
try:
    tf.Variable(1.0, nme="x")
except TypeError as e:
    print(e)  # VariableMetaclass._variable_v1_call (Python 3.7 message)
