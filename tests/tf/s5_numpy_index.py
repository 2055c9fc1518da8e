import tensorflow as tf
import numpy as np
# script-language.md §5: an int index on a numpy value gives the sub-array
# (shape dims[1:], same dtype; checked with numpy 1.24), out-of-range
# indexes raise numpy's IndexError, and the row can initialise a variable.
a = np.zeros((2, 3), dtype=np.float32)
print(a[0].shape, a[-1].shape, a[1].dtype, np.zeros(4)[3].shape)  # numpy: (3,) (3,) float32 ()
print(np.ones((2, 3, 4))[1].shape, len(a[0]))  # numpy: (3, 4) 3
for i in (2, -3):
    try:
        a[i]
    except IndexError as e:
        print(e)  # numpy: index 2 is out of bounds for axis 0 with size 2 (and -3)
try:
    np.zeros(())[0]
except IndexError as e:
    print(e)  # numpy: too many indices for array: array is 0-dimensional, but 1 were indexed
v = tf.Variable(a[0], name="row")
print(v)  # tf1-semantics.md §9.6: <tf.Variable 'row:0' shape=(3,) dtype=float32_ref>
