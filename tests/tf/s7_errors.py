import tensorflow as tf
# tf1-semantics.md §7.3, §7.4 messages
try:
    tf.variable_scope(None)
except TypeError as e:
    print(e)  # §7.3 check 1
try:
    tf.variable_scope("x", reuse=1)
except ValueError as e:
    print(e)  # §7.3 check 3
try:
    tf.variable_scope("x", auxiliary_name_scope="invalid")
except TypeError as e:
    print(e)  # §7.3 check 5
try:
    with tf.variable_scope(5):
        pass
except TypeError as e:
    print(e)  # §7.4 O.1
try:
    with tf.variable_scope(None, default_name="d", reuse=True):
        pass
except ValueError as e:
    print(e)  # §7.4 D.1
try:
    with tf.variable_scope(None, default_name="d", reuse=tf.AUTO_REUSE):
        pass
except ValueError as e:
    print(e)  # §7.4 D.1 (AUTO_REUSE is truthy)
with tf.variable_scope("ok") as s:
    print(s.name)  # state restored after the errors: ok
