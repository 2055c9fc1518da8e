import tensorflow as tf
# tf1-semantics.md §3.3: tf.get_name_scope is not in the 1.15 API; scopeviz
# rejects it as not emulated (script-language.md §4, §7: exit status 2).
tf.get_name_scope()
