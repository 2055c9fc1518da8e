import tensorflow as tf
# tf1-semantics.md §10
with tf.variable_scope("embeddin"):
    a = tf.Variable(1.0, name="a")
    b = tf.get_variable("b", [1])
with tf.variable_scope("embeddingX"):
    c = tf.Variable(1.0, name="c", trainable=False)
d = tf.Variable(1.0, name="d", collections=["mine"])
print([x.name for x in tf.global_variables()])  # §10
print([x.name for x in tf.trainable_variables()])  # §10: trainable=False excluded
print([x.name for x in tf.global_variables(scope="embeddin")])  # §10: re.match prefix
print([x.name for x in tf.get_collection(tf.GraphKeys.GLOBAL_VARIABLES, scope="embeddin/")])  # §10
print([x.name for x in tf.get_collection("mine")])  # §10: collections replaces the default
print(tf.GraphKeys.GLOBAL_VARIABLES, tf.GraphKeys.TRAINABLE_VARIABLES)  # §10
print(tf.global_variables() is tf.global_variables())  # §10: a new list each call: False
print(tf.get_default_graph().get_collection("trainable_variables") == tf.trainable_variables())  # §10
with tf.variable_scope("embeddin", reuse=True) as s:
    print([x.name for x in s.global_variables()])  # §10: filtered by "embeddin/"
