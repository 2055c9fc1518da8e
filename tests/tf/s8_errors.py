import tensorflow as tf
# tf1-semantics.md §8.1-§8.4 messages and naming consequences
with tf.variable_scope("foo"):
    v = tf.get_variable("v", [1])
with tf.variable_scope("foo", reuse=True):
    try:
        tf.get_variable("v", [2])
    except ValueError as e:
        print(e)  # §8.2 shape check
    try:
        tf.get_variable("v", [1], dtype=tf.int32)
    except ValueError as e:
        print(e)  # §8.2 dtype check
    try:
        tf.get_variable("nope", [1])
    except ValueError as e:
        print(e)  # §8.2 does not exist
try:
    tf.get_variable("c", [1], initializer=1.0)
except ValueError as e:
    print(e)  # §8.2: constant initializer with a shape
try:
    tf.get_variable("i", initializer=[1, 2], dtype=tf.float64)
except ValueError as e:
    print(e)  # §8.1 step 4
try:
    tf.get_variable("nos")
except ValueError as e:
    print(e)  # §8.3 step 6
try:
    tf.get_variable("cx", [1], dtype=tf.complex64)
except ValueError as e:
    print(e)  # §8.3 step 2
try:
    tf.get_variable("_w", [1])
except ValueError as e:
    print(e)  # §8.4: root regex on the whole name
try:
    tf.get_variable("r", [1], reuse=True)
except TypeError as e:
    print(e)  # §6 note: get_variable has no reuse parameter
print(tf.get_variable("vi", initializer=[1, 2]))  # §8.3 step 3: int32 from the value
print(tf.get_variable("W", [1]).name)  # §8.4: W:0
print(tf.get_variable("w", [1]).name)  # §8.4: w_1:0
a = tf.Variable(1.0, name="q")
print(tf.get_variable("q", [1]).name)  # §8.4: q_1:0
