import tensorflow as tf
# script-language.md §3: AttributeError messages use TF's class names
# (type(v).__name__ is RefVariable in 1.15).
v = tf.Variable(1.0)
try:
    v.foo
except AttributeError as e:
    print(e)
try:
    tf.constant(1.0).foo
except AttributeError as e:
    print(e)
