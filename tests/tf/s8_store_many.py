import tensorflow as tf
# tf1-semantics.md §8.2: the store maps the full name to the variable; with
# reuse=True every lookup returns the stored variable itself, however many
# are stored (the table grows past its first sizes here), and a name that
# only shares a prefix with a stored one is not found.
vs = []
for i in range(300):
    with tf.variable_scope("s%d" % i):
        vs.append(tf.get_variable("w", [2]))
same = 0
for i in range(300):
    with tf.variable_scope("s%d" % i, reuse=True):
        if tf.get_variable("w", [2]) is vs[i]:
            same += 1
print(same)  # 300
print(len(tf.global_variables()))  # 300: reuse adds nothing (§8.2)
with tf.variable_scope("s1", reuse=True):
    try:
        tf.get_variable("w0", [2])
    except ValueError as e:
        print(e)  # §8.2 "does not exist" for s1/w0
try:
    tf.get_variable("s299/w", [2])
except ValueError as e:
    print(str(e).split(" Did you mean")[0])  # §8.2 "already exists"
