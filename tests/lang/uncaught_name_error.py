# Uncaught NameError: traceback, last line, exit 1.
def f():
    return missing_name
f()
