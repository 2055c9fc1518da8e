import tensorflow as tf
# tf1-semantics.md §8.7: after "Originally defined at:" scopeviz shows the
# script frames of the first definition, innermost first. Origins share
# their outer frames between calls (docs/performance.md); the frames of a
# recorded origin must not change when later calls run at other depths.
def a(d):
    if d == 0:
        return tf.get_variable("w", [1])
    if d % 2:
        return a(d - 1)
    else:
        return b(d - 1)
def b(d):
    with tf.variable_scope("x", reuse=tf.AUTO_REUSE):
        tf.get_variable("u%d" % d, [1])
    return a(d)
def show(e):
    for ln in str(e).split("\n"):
        if ln.startswith("  File"):
            print(ln[ln.index(", line"):])
a(5)
tf.get_variable("q", [1])
def c():
    return tf.get_variable("q", [1])
for f in [c, b]:
    try:
        f(2) if f is b else f()
    except ValueError as e:
        show(e)
    print("--")
# One line reached from two callers: each variable keeps its own caller.
def mk(n):
    return tf.get_variable(n, [1])
def p():
    return mk("v1")
def q():
    return mk("v2")
p()
q()
for n in ["v1", "v2"]:
    try:
        tf.get_variable(n, [1])
    except ValueError as e:
        show(e)
    print("--")
