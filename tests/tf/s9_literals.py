import tensorflow as tf
# tf1-semantics.md §9.6: dtype and shape inferred from Python values
print(tf.constant(3.0))  # §9.6: float32 ()
print(tf.constant([1.0, 2.0]))  # §9.6: float32 (2,)
print(tf.constant([1, 2.5]))  # §9.6: any float -> float32
print(tf.constant(3))  # §9.6: int32
print(tf.constant(2 ** 40))  # §9.6: outside int32 -> int64
print(tf.constant([True, False]))  # §9.6: bool
print(tf.constant([True, 2]))  # §9.6: bool mixed with int -> int32
print(tf.constant("abc"))  # §9.6: string
print(tf.constant([[1, 2], [3, 4]]))  # §9.6: (2, 2)
print(tf.constant([]))  # §9.6: float32 (0,)
try:
    tf.constant(None)
except ValueError as e:
    print(e)  # §9.6
try:
    tf.constant(1.5, dtype=tf.int32)
except TypeError as e:
    print(e)  # §9.6
try:
    tf.constant([1, "a"], dtype=tf.float32)
except TypeError as e:
    print(e)  # §9.6: first offending element
