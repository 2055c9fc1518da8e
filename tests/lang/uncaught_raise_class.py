# Raising a class without arguments.
raise RuntimeError
