import tensorflow as tf

def build():
    return tf.get_variable("w", [2]) + undefined_name

build()
