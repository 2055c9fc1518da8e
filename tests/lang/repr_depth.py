# repr of deeply nested containers: CPython enters one recursion level per
# container printed, on top of the Python frames and the builtin call, and
# raises RecursionError past the limit (script-language.md section 6).
def nest(n, kind):
    m = kind()
    for i in range(n):
        m = [m] if kind is list else (m,) if kind is tuple else {"k": m}
    return m


def try_repr(n, kind):
    try:
        return len(repr(nest(n, kind)))
    except RecursionError as e:
        return str(e)


def at(depth, n, kind):
    if depth == 0:
        return try_repr(n, kind)
    return at(depth - 1, n, kind)


l = nest(997, list)
print(len(repr(l)))
print(len(f"{l}"))
l = [l]
try:
    print(repr(l))
except RecursionError as e:
    print("repr:", e)
try:
    print(l)
except RecursionError as e:
    print("print:", e)
for kind in (list, tuple, dict):
    print(kind.__name__, try_repr(996, kind), try_repr(997, kind))
for d in (1, 10, 100, 900):
    print(d, at(d, 995 - d, list), at(d, 996 - d, list))
# a container nested in itself still prints as [...]
s = []
s.append(s)
print(repr(s), len(repr(nest(10, list))))
