import tensorflow as tf
# Python-level argument errors use TF 1.15's signatures (CPython 3.7
# message forms).
try:
    tf.get_variable()
except TypeError as e:
    print(e)
try:
    tf.name_scope("a", dflt="b")
except TypeError as e:
    print(e)
try:
    tf.zeros([2], tf.float32, "z", "extra")
except TypeError as e:
    print(e)
try:
    tf.variable_scope("a", reus=True)
except TypeError as e:
    print(e)
