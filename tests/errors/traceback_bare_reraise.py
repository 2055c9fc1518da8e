# A bare `raise` in a helper called from an except block adds no entry for
# the helper (CPython 3.11's RERAISE): the traceback runs from the call to
# the line where the exception was first raised.
def helper():
    raise
try:
    [][0]
except IndexError:
    helper()
