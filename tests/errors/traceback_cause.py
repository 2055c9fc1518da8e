# `raise X from Y` prints Y's traceback first, then "The above exception
# was the direct cause of the following exception:" (CPython 3.11, its ^^^
# marks aside); the cause keeps its own cause.
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("a") from z
except ValueError as v:
    err = v
raise RuntimeError("last") from err
