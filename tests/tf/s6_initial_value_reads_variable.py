import tensorflow as tf
# tf1-semantics.md §6.1: an initial value that reads another variable makes
# TF 1.15 rewrite the initializer with cond sub-graphs; scopeviz reports it
# as not emulated (script-language.md §7: exit status 2). The same holds
# when the variable read is the second of its kind (its internal ops were
# stamped from the first one's: docs/performance.md).
for i in range(2):
    with tf.variable_scope("l%d" % i):
        w = tf.get_variable("w", [2])
print(w.name)  # §8: l1/w:0
v = tf.Variable(w * 2)
print("not reached")
