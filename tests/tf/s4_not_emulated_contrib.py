import tensorflow as tf
# script-language.md §4: an attribute of tf that is not emulated is a
# diagnostic naming the whole dotted path (exit status 2).
y = tf.contrib.layers.fully_connected(None, 10)
