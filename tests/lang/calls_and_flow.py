# Closures, defaults, argument binding errors (CPython 3.11 names Python
# functions __main__.f() when ** or * arguments are wrong), try/finally
# with return/continue/break, unpacking, slice assignment, augmented
# assignment and print's keywords.
# scoping, closures, defaults
def outer():
    x = 1
    def inner():
        return x + 1
    x = 5
    return inner()
print(outer())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter(); c(); print(c())
g = 10
def setg():
    global g
    g = 20
setg(); print(g)
def d(a, b=[]):
    b.append(a)
    return b
d(1); print(d(2))
def kw(a, *args, b=2, **kw):
    return (a, args, b, sorted(kw.items()))
print(kw(1, 2, 3, b=4, c=5, d=6))
print(kw(*[1, 2], **{'b': 3}))
try:
    kw()
except TypeError as e:
    print(e)
try:
    kw(1, b=2, **{'b': 3})
except TypeError as e:
    print(e)
def f2(a, b):
    return a - b
print(f2(b=1, a=5))
try:
    f2(1, 2, 3)
except TypeError as e:
    print(e)
try:
    f2(1, c=3)
except TypeError as e:
    print(e)
try:
    f2(1, a=3)
except TypeError as e:
    print(e)
# exceptions
try:
    try:
        1 / 0
    finally:
        print("finally")
except ZeroDivisionError as e:
    print("caught", e)
def fin():
    try:
        return 1
    finally:
        print("fin runs")
print(fin())
def fin2():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("f", i)
    return i
print(fin2())
try:
    raise ValueError("bad %d" % 3)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e.args)
try:
    raise KeyError("k")
except LookupError as e:
    print("lookup", repr(e))
try:
    [][0]
except Exception as e:
    print(type(e).__name__, e)
try:
    {}["x"]
except KeyError as e:
    print(e, e.args)
try:
    raise
except RuntimeError as e:
    print(e)
try:
    x = undefined_name
except NameError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    [1] * "a"
except TypeError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    int("x")
except ValueError as e:
    print(e)
try:
    assert 1 == 2, "nope"
except AssertionError as e:
    print("assert", e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
a, *b = [1, 2, 3]; print(a, b)
*a, b = "xyz"; print(a, b)
(a, b), c = (1, 2), 3; print(a, b, c)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
else:
    print("else")
while False:
    pass
else:
    print("while else")
for x in []:
    pass
print(x)
i = 0
while True:
    i += 1
    if i > 3:
        break
print(i)
x = [1, 2, 3]
x[1:2] = [7, 8, 9]
print(x)
del x[0]
print(x)
x[::2] = [0, 0]
print(x)
d = {'a': 1}
d['b'] = d.get('b', 0) + 1
del d['a']
print(d)
s = "abc"
s += "d"
print(s)
l = [1]
l += (2, 3)
print(l)
t = (1,)
t += (2,)
print(t)
x = 5
x //= 2; x **= 3; x %= 5; x <<= 2; x |= 1; x ^= 3; x &= 6; x >>= 1
print(x)
print(1 if True else 2, [i for i in range(3) if i][::-1])
print(*[1, 2], sep='-', end='!\n')
print()
print('a', 'b', sep='')
print(1, None, True, 2.0, [1.5], (1,), {'k': None})
