import tensorflow as tf
# tf1-semantics.md §7.7, §7.8 (testVarScopeObjectReuse), §9.4
with tf.variable_scope("jump", reuse=True) as vs:
    pass
for r in [None, True, False]:
    with tf.variable_scope(vs, reuse=r) as s:
        print(s.reuse)  # §7.8: True True True
with tf.variable_scope("jump", reuse=False) as vs:
    pass
for r in [None, True, False]:
    with tf.variable_scope(vs, reuse=r) as s:
        print(s.reuse)  # §7.8: False True False
with tf.variable_scope("a", reuse=tf.AUTO_REUSE) as s:
    print(s.reuse)  # §9.4: _ReuseMode.AUTO_REUSE
    with tf.variable_scope("b", reuse=True) as s2:
        print(s2.reuse)  # §7.7: True
    with tf.variable_scope("c") as s3:
        print(s3.reuse)  # §7.7: inherited _ReuseMode.AUTO_REUSE
with tf.variable_scope("t", reuse=True):
    with tf.variable_scope("u", reuse=False) as s:
        print(s.reuse)  # §7.7: reuse cannot be turned off: True
    with tf.variable_scope("v", reuse=tf.AUTO_REUSE) as s:
        print(s.reuse)  # §7.7: _ReuseMode.AUTO_REUSE
print(tf.AUTO_REUSE)  # §9.4
print(repr(tf.AUTO_REUSE))  # §9.4
with tf.variable_scope("r") as s:
    s.reuse_variables()
    print(s.reuse)  # §7.1: True
print(s.reuse)  # §7.1: stays set after the block: True
