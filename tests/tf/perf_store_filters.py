import tensorflow as tf
# tf1-semantics.md §8.1, §8.2: the variable store is keyed by the full
# name, however a scope and a name spell it. scopeviz answers "not
# stored" for a new name in its variable scope without a lookup
# (docs/performance.md, store filters); that must never be observable.


def first_line(e):
    return str(e).split("\n")[0]


with tf.variable_scope("a"):
    w = tf.get_variable("w", [1])
    y = tf.get_variable("x/y", [1])  # key a/x/y: the name has a '/'
print(w.name, y.name)  # a/w:0 a/x/y:0
with tf.variable_scope("a", reuse=True):
    print(tf.get_variable("w", [1]) is w)  # §8.2 reuse: True
with tf.variable_scope("a/x", reuse=True):
    print(tf.get_variable("y", [1]) is y)  # a/x/y spelled another way: True
with tf.variable_scope("a"):
    with tf.variable_scope("x"):
        try:
            tf.get_variable("y", [1])
        except ValueError as e:
            print(first_line(e))  # §8.2: a/x/y already exists
try:
    tf.get_variable("a/w", [1])  # the root scope, a name with '/'
except ValueError as e:
    print(first_line(e))  # §8.2: a/w already exists
# the root scope: full = name (§8.1)
r = tf.get_variable("r", [1])
with tf.variable_scope("", reuse=True):
    print(tf.get_variable("r", [1]) is r)  # True
with tf.variable_scope(tf.get_variable_scope(), reuse=True):
    print(tf.get_variable("r", [1]) is r)  # True
# a captured scope object, entered again (§7.4 O)
with tf.variable_scope("c") as c:
    k = tf.get_variable("k", [1])
with tf.variable_scope(c, reuse=True):
    print(tf.get_variable("k", [1]) is k)  # True
with tf.variable_scope(c):
    try:
        tf.get_variable("k", [1])
    except ValueError as e:
        print(first_line(e))  # §8.2: c/k already exists
# many names in one scope: every filter bit set, each answer a lookup
with tf.variable_scope("m"):
    vs = [tf.get_variable("v%d" % i, [1]) for i in range(40)]
with tf.variable_scope("m", reuse=True):
    print(all(tf.get_variable("v%d" % i, [1]) is vs[i] for i in range(40)))
    try:
        tf.get_variable("nope", [1])
    except ValueError as e:
        print(e)  # §8.2: does not exist
with tf.variable_scope("m", reuse=tf.AUTO_REUSE):
    print(tf.get_variable("v7", [1]) is vs[7], tf.get_variable("v40", [1]).name)
# another graph has its own store (§8.2)
with tf.Graph().as_default():
    print(tf.get_variable("a/w", [1]).name)  # a/w:0
print(len(tf.global_variables()))  # 2 + 1 + 1 + 41 = 45
