# def with defaults, *args, **kw, keyword-only; closures; recursion; lambda.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, z=9, y=0))
print(f(*[1, 2, 3], **{"c": 0, "y": 1}))
print(f(1, *(2, 3), *[4], c=5, **{"d": 6}, **{"e": 7}))
def only_kw(*, a, b=1):
    return a, b
print(only_kw(a=0), only_kw(b=5, a=4))
def star_only(*args):
    return args
print(star_only(), star_only(1), star_only(*"abc"), star_only(*range(3), 9))
def kw_only(**kw):
    return kw
print(kw_only(), kw_only(x=1, y=2), kw_only(**{"z": 3}))
def pos(a, b):
    return a - b
print(pos(b=1, a=10), pos(10, b=1), pos(*[5], **{"b": 2}))
def defaults(n, acc=None):
    if acc is None:
        acc = []
    acc.append(n)
    return acc
print(defaults(1), defaults(2), defaults(3, [0]))
def make_multiplier(k):
    def mul(x):
        return x * k
    return mul
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), make_multiplier("ab")(2))
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(); inc()
print(get())
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(0), fact(5), fact(20))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(hanoi(3, "A", "B", "C", []))
print((lambda: 7)(), (lambda x, y=3: x * y)(2), (lambda *a: sum(a))(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2), (lambda a, *, b: a + b)(1, b=2))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5), compose(len, str)(12345))
pairs = [(1, "b"), (2, "a"), (0, "c")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]))
def ret_multiple():
    return 1, "two", [3]
one, two, three = ret_multiple()
print(one, two, three, ret_multiple())
def no_return():
    x = 1
print(no_return())
def bare_return():
    return
print(bare_return())
def docstring():
    """A docstring is just an expression statement."""
    return "doc"
print(docstring())
def shadow_builtin(list):
    return list
print(shadow_builtin(5), list("ab"))
print(f.__name__, (lambda: 0).__name__, len.__name__)
print(callable(f), callable(lambda: 0), callable(len), callable("s"))
def nested_defaults(a, b=[1, 2], c={"k": None}, d=(1,)):
    return a, b, c, d
print(nested_defaults(0))
def apply(fn, *args, **kw):
    return fn(*args, **kw)
print(apply(pos, 3, 1), apply(f, 0, c=1), apply(sorted, [3, 1], reverse=True))
