import tensorflow as tf
# tf1-semantics.md §7.8 (variable_scope_test.py)
with tf.variable_scope("tower4") as tower:
    with tf.name_scope("scope") as sc:
        print(sc)  # §7.8: tower4/scope/
with tf.variable_scope("tower6"):
    with tf.variable_scope(tower, reuse=True) as t:
        print(t.name)  # §7.8: tower4
        with tf.name_scope("scope") as sc:
            print(sc)  # §7.8: tower6/tower4/scope/
tf.reset_default_graph()
with tf.name_scope("scope1"):
    with tf.variable_scope("tower") as tower:
        print(tower.original_name_scope)  # §7.8: scope1/tower/
with tf.name_scope("scope2"):
    with tf.variable_scope(tower) as tower1:
        print(tower1.original_name_scope)  # §7.8: scope1/tower/
        with tf.name_scope("foo") as sc:
            print(sc)  # §7.8: scope2/tower/foo/
    with tf.name_scope(tower.original_name_scope):
        with tf.name_scope("bar") as sc:
            print(sc)  # §7.8: scope1/tower/bar/
tf.reset_default_graph()
with tf.variable_scope("outer") as outer:
    pass
with tf.variable_scope(outer):
    print(tf.get_variable("w", []).name)  # §7.8: outer/w:0
    with tf.name_scope("scope2") as sc:
        print(sc)  # §7.8: outer_1/scope2/
    with tf.variable_scope("default"):
        print(tf.get_variable("w", []).name)  # §7.8: outer/default/w:0
        with tf.name_scope("scope2") as sc:
            print(sc)  # §7.8: outer_1/default/scope2/
with tf.variable_scope(outer, reuse=True):
    print(tf.get_variable("w", []).name)  # §7.8: existing outer/w:0
    with tf.name_scope("scope2") as sc:
        print(sc)  # §7.8: outer_2/scope2/
tf.reset_default_graph()
with tf.variable_scope("outer"):
    with tf.variable_scope("inner", auxiliary_name_scope=False) as inner:
        print(inner.original_name_scope)  # §7.8: outer/
        print(tf.get_variable("w", []).name)  # §7.8: outer/inner/w:0
        print(tf.constant([], name="c").op.name)  # §7.8: outer/c
with tf.variable_scope(inner, auxiliary_name_scope=False) as s:
    with tf.name_scope(s.original_name_scope):
        print(tf.get_variable("w1", []).name)  # §7.8: outer/inner/w1:0
        print(tf.constant([], name="c1").op.name)  # §7.8: outer/c1
