# Chained exceptions print as CPython 3.11 does (its ^^^ marks aside): the
# exception being handled first, then "During handling of the above
# exception, another exception occurred:"; `from None` hides the context,
# a bare `raise` keeps the line where the exception was first caught.
def inner():
    raise KeyError("k")
def mid():
    try:
        inner()
    except KeyError:
        raise
try:
    mid()
except KeyError as e:
    try:
        raise ValueError("v") from None
    except ValueError:
        raise TypeError("t")
