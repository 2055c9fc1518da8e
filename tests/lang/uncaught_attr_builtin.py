# Uncaught AttributeError on a builtin value.
x = [1, 2]
x.push(3)
