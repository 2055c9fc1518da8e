import tensorflow as tf

cell = tf.contrib.rnn.LSTMCell(10)
