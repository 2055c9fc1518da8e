import tensorflow as tf
import numpy as np
# script-language.md §5 and tf1-semantics.md §9.6: numpy values keep their
# dtype (numpy defaults to float64).
a = np.zeros((2, 2))
print(a.shape)  # numpy: (2, 2)
print(a.dtype)  # numpy: float64
v = tf.Variable(np.zeros((2, 2)))
print(v)  # script-language.md §5: float64_ref
w = tf.Variable(np.ones([3]).astype(np.float32), name="w")
print(w)  # §9.6
r = tf.Variable(np.random.randn(4, 5), name="r")
print(r)  # §9.6
c = tf.constant(np.array([1, 2, 3]))
print(c)  # §9.6: numpy int64 stays int64
u = tf.Variable(np.random.uniform(-1, 1, size=(2, 3)).astype(np.float32), name="u")
print(u)  # §9.6
