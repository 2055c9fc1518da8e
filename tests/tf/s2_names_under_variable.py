import tensorflow as tf
# tf1-semantics.md §2.1, §2.3, §3.1, §8.4: names that fall under a
# variable's own scope meet the names its internal ops took. With the
# default Glorot initializer get_variable("v", [1]) takes (§8.5): v,
# v/Initializer, v/Initializer/random_uniform{,/shape,/min,/max,
# /RandomUniform,/sub,/mul}, v/Assign, v/read.
g = tf.get_default_graph()
v = tf.get_variable("v", [1])
with tf.name_scope("v/"):  # §3.1: absolute re-entry, nothing marked
    print(tf.constant(1.0, name="read").op.name)  # §2.1: v/read_1
    print(tf.constant(1.0, name="Assign").op.name)  # §2.1: v/Assign_1
    print(tf.constant(1.0, name="other").op.name)  # §2.1: v/other
with tf.name_scope("v/Initializer/random_uniform/"):
    print(tf.constant(1.0, name="shape").op.name)  # §2.1: shape_1
    print(tf.constant(1.0, name="shape").op.name)  # §2.1 (n = 2): shape_2
    print(tf.constant(1.0, name="RANDOMUNIFORM").op.name)  # §2.1 case: RANDOMUNIFORM_1

tf.reset_default_graph()
g = tf.get_default_graph()
w = tf.get_variable("w", [2])
print(tf.constant(1.0, name="w/Assign").op.name)  # §2.1 whole path: w/Assign_1
print(tf.constant(1.0, name="W/READ").op.name)  # §2.1 case-insensitive: W/READ_1
print(g.unique_name("w/Initializer/random_uniform/min", mark_as_used=False))  # §2.1: w/Initializer/random_uniform/min_1
print(g.unique_name("w/Initializer/random_uniform/min"))  # §2.1: w/Initializer/random_uniform/min_1
print(g.unique_name("w/Initializer/random_uniform/min"))  # §2.1 (n = 2): w/Initializer/random_uniform/min_2
with tf.name_scope("w/Initializer") as s:  # §3.2: a new scope, uniquified
    print(s)  # §2.1: w/Initializer_1/
print(tf.Variable(1.0, name="w/read").name)  # §6.1, §2.1 (n = 2, w/read_1 taken above): w/read_2:0

tf.reset_default_graph()
with tf.variable_scope("layer"):
    a = tf.get_variable("a", [3])
with tf.variable_scope("layer", reuse=True) as s:
    print(s.original_name_scope)  # §7.4: layer_1/
    b = tf.get_variable("a", [3])
    print(b is a)  # §8.2: True
with tf.variable_scope("layer") as t:
    pass
with tf.variable_scope(t):  # §7.4 O step 2: name_scope("layer"), uniquified: layer_3/
    print(tf.constant(0, name="a").op.name)  # §2.1: layer_3/a
with tf.name_scope("layer/a/"):
    print(tf.constant(0, name="Assign").op.name)  # §2.1: layer/a/Assign_1
    with tf.name_scope("Initializer"):  # §3.1: a new scope under layer/a
        print(tf.constant(0, name="c").op.name)  # §2.1: layer/a/Initializer_1/c

tf.reset_default_graph()
with tf.name_scope("p/"):  # §3.1: p is not marked
    print(tf.constant(1.0, name="Initializer").op.name)  # §4.1: p/Initializer
p = tf.get_variable("p", [1])  # §8.4: scope p is free, p/Initializer is not
print(p.name)  # §8.4: p:0
print(p.initial_value.name)  # §8.4: p/Initializer_1/random_uniform:0
q = tf.get_variable("q", [1])
print(q.initial_value.name)  # §8.4: q/Initializer/random_uniform:0
with tf.name_scope("q/"):
    print(tf.constant(1.0, name="read").op.name)  # §2.1: q/read_1
print([op.name for op in tf.get_default_graph().get_operations()][-12:])
# §8.5 order for q, then the constant above:
# ['q/Initializer/random_uniform/shape', 'q/Initializer/random_uniform/min',
#  'q/Initializer/random_uniform/max', 'q/Initializer/random_uniform/RandomUniform',
#  'q/Initializer/random_uniform/sub', 'q/Initializer/random_uniform/mul',
#  'q/Initializer/random_uniform', 'q', 'q/Assign', 'q/read', 'q/read_1']
# (12 names: the last op of p before them is p/read)

g2 = tf.Graph()
with g2.as_default():
    r = tf.get_variable("r", [1], initializer=tf.zeros_initializer())
    print(r.initial_value.name)  # §5.3: zeros: r/Initializer/zeros:0
    with tf.name_scope("r/Initializer/"):
        print(tf.constant(0.0, name="zeros").op.name)  # §2.1: r/Initializer/zeros_1

tf.reset_default_graph()
g = tf.get_default_graph()
with tf.name_scope("w/"):  # §3.1: re-entry of a name nobody took
    print(g.unique_name("x", mark_as_used=False))  # §2.1: w/x (nothing marked)
    w = tf.get_variable("w", [1])  # §8.1: the stack is reset; §8.4: scope w is free
    print(w.name)  # §8.4: w:0
    print(tf.constant(1.0, name="read").op.name)  # §2.1: w/read_1
