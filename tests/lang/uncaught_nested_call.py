# Traceback through nested calls.
def a():
    return b()
def b():
    return c()
def c():
    return 1 + None
a()
