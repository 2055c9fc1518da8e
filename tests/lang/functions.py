# def, defaults, *args, keyword-only, **kw, closures, lambdas, recursion.
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, z=9))
print(f(*[1, 2, 3], **{"c": 0, "y": 1}))
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults([0]))
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c1 = counter()
c1()
c1(10)
print(c1(), counter()())
adders = [lambda x, i=i: x + i for i in range(3)]
print([g(10) for g in adders])
late = [lambda: i for i in range(3)]
print([g() for g in late])
g = 0
def set_global():
    global g
    g = 42
set_global()
print(g)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner()
    return mid()
print(outer())
square = lambda v: v * v
print(square(7), (lambda *a, **k: (a, k))(1, b=2), sorted([3, 1, 2], key=lambda v: -v))
def noret():
    pass
print(noret(), callable(noret), callable(3))
def early(x):
    for i in range(10):
        if i == x:
            return i * 100
    return -1
print(early(3), early(20))
def kwonly(a, *, b):
    return a + b
print(kwonly(1, b=2))
print(kwonly(1, 2))
