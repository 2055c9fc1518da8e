import tensorflow as tf
# tf1-semantics.md §5.3: initializer ops live under <var>/Initializer/.
def ops():
    return [op.name for op in tf.get_default_graph().get_operations()]
tf.get_variable("v", [2, 3], initializer=tf.constant_initializer(1))
print(ops())  # §5.3, §8.4
tf.reset_default_graph()
tf.get_variable("w", [2], initializer=tf.zeros_initializer())
print(ops())  # §5.3: zeros (Const, product < 1000)
tf.reset_default_graph()
tf.get_variable("w", [2], initializer=tf.zeros_initializer)
print(ops())  # §8.3 step 4: a class is instantiated with no arguments
tf.reset_default_graph()
tf.get_variable("o", [2], initializer=tf.ones_initializer())
print(ops())  # §5.3
tf.reset_default_graph()
tf.get_variable("r", [2], initializer=tf.random_normal_initializer())
print(ops())  # §5.3
tf.reset_default_graph()
tf.get_variable("t", [2], initializer=tf.truncated_normal_initializer(stddev=0.1))
print(ops())  # §5.3, §5.1
tf.reset_default_graph()
tf.get_variable("u", [2], initializer=tf.random_uniform_initializer(-1.0, 1.0))
print(ops())  # §5.3
tf.reset_default_graph()
tf.get_variable("g", [2, 2])
print(ops())  # §5.3, §8.3: glorot_uniform default for float32
tf.reset_default_graph()
tf.get_variable("k", [2], initializer=tf.keras.initializers.Zeros())
print(ops())  # script-language.md §4: tf.keras.initializers aliases
tf.reset_default_graph()
tf.get_variable("n", [2], dtype=tf.int32)
print(ops())  # §8.3: integer dtype -> zeros_initializer
