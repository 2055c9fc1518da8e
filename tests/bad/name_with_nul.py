# A scope name holding a NUL character: rejected, never cut short (issue 5).
import tensorflow as tf
with tf.variable_scope("a\x00b"):
    pass
