# Géron-style neuron_layer (a pasted TF1 classic): int(Dimension) via
# Dimension.__int__ (tensor_shape.py), tf.Variable names under nested
# name scopes (§3.2, §6.1), an operator result named add (§5.2).
import tensorflow as tf
import numpy as np

X = tf.placeholder(tf.float32, shape=[None, 784], name="X")
y = tf.placeholder(tf.int64, shape=[None], name="y")

def neuron_layer(X, n_neurons, name, activation=None):
    with tf.name_scope(name):
        n_inputs = int(X.get_shape()[1])
        stddev = 2 / np.sqrt(n_inputs)
        init = tf.truncated_normal((n_inputs, n_neurons), stddev=stddev)
        W = tf.Variable(init, name="kernel")
        b = tf.Variable(tf.zeros([n_neurons]), name="bias")
        Z = tf.matmul(X, W) + b
        if activation is not None:
            return activation(Z)
        else:
            return Z

with tf.name_scope("dnn"):
    hidden1 = neuron_layer(X, 300, name="hidden1", activation=tf.nn.relu)
    hidden2 = neuron_layer(hidden1, 100, name="hidden2", activation=tf.nn.relu)
    logits = neuron_layer(hidden2, 10, name="outputs")
print(logits)
for v in tf.global_variables():
    print(v.name, v.shape)
print(int(X.get_shape()[1]), list(range(X.get_shape()[1]))[-1])
try:
    int(X.get_shape()[0])
except TypeError as e:
    print(e)
