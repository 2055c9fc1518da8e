import tensorflow as tf
# tf1-semantics.md §9.3 (and tensor_shape.py for the methods)
s = tf.zeros([4, 2]).shape
print(len(s), s.ndims)  # 2 2
print([str(d) for d in s])  # ['4', '2']
print(s.as_list(), s.is_fully_defined(), s.num_elements())  # [4, 2] True 8
p = tf.placeholder(tf.float32, [None, 3]).shape
print(p.as_list(), p.is_fully_defined())  # §9.3: [None, 3] False
print(p[0].value, p[1].value)  # None 3
u = tf.placeholder(tf.float32).shape
print(u.ndims)  # unknown rank: None
try:
    u.as_list()
except ValueError as e:
    print(e)  # tensor_shape.py TensorShape.as_list
print(tf.TensorShape([7, 10]))  # §9.3: (7, 10)
print(repr(tf.TensorShape([7])))  # §9.3
print(s == [4, 2], s[0] == 4)  # True True
