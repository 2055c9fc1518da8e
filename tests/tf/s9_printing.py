import tensorflow as tf
# tf1-semantics.md §9.1-§9.5, on the first variable of §15 Example 1
with tf.variable_scope("embeddin"):
    v = tf.Variable(tf.random_uniform((7, 10), -1.0, 1.0), name="testing2")
print(v)  # §9.2
print(repr(v))  # §9.2: same as str
print(v.name)  # §9.2
print(v.op.name)  # §9.2
print(v.op.type)  # §9.2
print(repr(v.op))  # §9.2
print(v.shape)  # §9.2
print(repr(v.get_shape()))  # §9.2, §9.3
print(v.shape.as_list())  # §9.2
print(v.dtype)  # §9.2
print(repr(v.dtype))  # §9.2
print(v.dtype.base_dtype)  # §9.2
print(v.dtype.name)  # §9.2
print(v.value())  # §9.2
print(v.initial_value)  # §9.2
print(v.initializer.name)  # §9.2
print(v.trainable)  # §9.2
print(repr(v.device))  # §9.2: empty string
print(v.shape[0])  # §9.3: Dimension prints 7
print(repr(v.shape[0]))  # §9.3: Dimension(7)
c = tf.constant(3.0)
print(c)  # §9.1
print(repr(c))  # §9.1
print(c.name, c.op.name)  # §9.1
print([c])  # §9: list elements use repr
p = tf.placeholder(tf.float32, [None, 10])
print(p.shape, repr(p.shape))  # §9.3
print(repr(p.shape[0]))  # §9.3: Dimension(None)
q = tf.placeholder(tf.float32)
print(q.shape, repr(q.shape))  # §9.3: unknown rank
print(tf.constant([1.0]).shape)  # §9.3: (1,)
print(tf.float32, repr(tf.float32), tf.float32.name)  # §9.5
print(tf.float32.base_dtype is tf.float32)  # §9.5: True
print(repr(tf.int64), repr(tf.bool), repr(tf.string))  # §9.5
print(repr(tf.constant(1.0).op))  # §9.4: repr of the op
