# Names with every kind of character TF rejects, quotes, backslashes, <>&,
# newlines and non-ASCII text: they reach the model through error records,
# op names, reprs and source lines ("<a href='x'>&amp;</a>" \ é 名前 ✓).
import tensorflow as tf

bad = ["a b", "a:b", "<b>&amp;</b>", "q'uote", 'd"quote', "back\\slash",
       "new\nline", "tab\there", "caf\u00e9", "\u540d\u524d", "\u2713",
       "\x01ctl", "\x1b[31mred", "}{", "a|b", "\\N", "\"\"\"", "--", "\ud7ff"]
for ch in "!#$%&()*+,;<=>?@[]^`{|}~ ":
    bad.append("x" + ch + "y")
caught = 0
for n in bad:
    try:
        with tf.name_scope(n):
            pass
    except ValueError as e:
        caught += 1
    try:
        tf.Variable(0.0, name=n)
    except ValueError as e:
        caught += 1
    try:
        tf.get_variable(n, [1])
    except ValueError as e:
        caught += 1
print(caught, "rejected")
# Accepted characters, and the rest carried as data in docs and reprs.
with tf.name_scope("ok.-/") as sc:
    v = tf.Variable(1.0, name="v.-_")
with tf.variable_scope("vs", default_name="d<&>") as vs:
    w = tf.get_variable("w", [2], dtype=tf.float32)
print(sc, v.name, w.name, repr(vs.name))
c = tf.constant("<'\"&\\\n\u00e9>", name="str_const")
print(c.name)
tf.Variable(0.0, name="last<&>\"'\n")
