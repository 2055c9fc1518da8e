import tensorflow as tf
# tf1-semantics.md §8.2, §9.7: an uncaught TF error ends the script with a
# traceback whose last line is the exception (exit status 1).
with tf.variable_scope("s", reuse=True):
    tf.get_variable("missing", [1])
