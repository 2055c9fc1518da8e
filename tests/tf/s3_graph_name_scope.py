import tensorflow as tf
# tf1-semantics.md §3.1 (ops_test.py testNameScope, testNames); tf.constant
# plays the FloatOutput op of the table.
g = tf.get_default_graph()
with g.name_scope("foo") as s:
    print(s)  # §3.1: foo/
    with g.name_scope("foo2") as s2:
        print(s2)  # §3.1: foo/foo2/
    with g.name_scope(None) as s3:
        print(repr(s3))  # §3.1: ''
        with g.name_scope("foo3") as s4:
            print(s4)  # §3.1: foo3/
    with g.name_scope("") as s5:
        print(repr(s5))  # §3.1: ''
with g.name_scope("bar") as scope:
    c1 = tf.constant(1.0)
    c2 = tf.constant(1.0)
    print(c1.op.name)  # §3.1: bar/Const
    print(c2.op.name)  # §3.1: bar/Const_1
    c3 = tf.constant(1.0, name=scope)
    print(c3.op.name)  # §3.1: name=scope -> bar
with g.name_scope("baz") as scope:
    with g.name_scope(scope):
        c4 = tf.constant(1.0)
        print(c4.op.name)  # §3.1: baz/Const
t = tf.constant(1.0, name="trailing/")
print(t.op.name)  # §3.1: trailing
with g.name_scope("bar"):
    c5 = tf.constant(1.0)
    print(c5.op.name)  # §3.1: bar_1/Const
with g.name_scope("foo/") as s:
    print(s)  # §3.1: foo/
    with g.name_scope("foo4") as s:
        print(s)  # §3.1: foo/foo4/
        with g.name_scope("foo5//") as s:
            print(s)  # §3.1: foo5//
            with g.name_scope("foo6") as s:
                print(s)  # §3.1: foo5//foo6/
    with g.name_scope("_bar") as s:
        print(s)  # §3.1: nested '_bar' allowed -> foo/_bar/
    with g.name_scope("a//b/c") as s:
        print(s)  # §3.1: foo/a//b/c/
    with g.name_scope("/") as s:
        print(s)  # §3.1: / (valid as a nested name only)
        c6 = tf.constant(1.0, name="slash")
        print(c6.op.name)  # §3.1: stack "" -> slash
try:
    with g.name_scope("_bar"):
        pass
except ValueError as e:
    print(e)  # §3.1: '_bar' is not a valid scope name
try:
    with g.name_scope("foo:0"):
        pass
except ValueError as e:
    print(e)  # §3.1: 'foo:0' is not a valid scope name
