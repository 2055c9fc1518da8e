import tensorflow as tf
# tf1-semantics.md §7.7, §7.8 (testVarScopeObjectable_scope("jump"print(s.reuse)  # §7.8: True True True
with tf.variable_scope("jump", reuse=False) as vs:
    pass
for r in [None, True, False]:
    with tf.variable_scolabel, reulock: True
