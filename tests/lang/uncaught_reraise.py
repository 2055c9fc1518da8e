# A bare raise re-raises the handled exception.
try:
    [][0]
except IndexError:
    print("handling")
    raise
