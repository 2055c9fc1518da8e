# CPython's argument-error messages.
def f(x, y=0, z=0):
    return x + y + z
def g(a, *, b):
    return a
def outer():
    def inner(p, q):
        return p
    return inner
cases = [
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, x=2),
    lambda: f(1, w=3),
    lambda: g(1),
    lambda: g(1, 2),
    lambda: outer()(1),
    lambda: outer()(),
    lambda: (lambda v: v)(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: [].append(),
    lambda: "a".upper(1),
    lambda: {}.get(),
    lambda: int(None),
    lambda: int("1.5"),
    lambda: float("x"),
    lambda: range(1.5),
    lambda: [1].index(7),
    lambda: [].pop(),
    lambda: ",".join([1]),
    lambda: sorted([1, "a"]),
    lambda: max([]),
    lambda: (1).foo,
    lambda: [].foo,
    lambda: 3(),
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (1,),
    lambda: -"x",
    lambda: {}[[]],
    lambda: "ab"[5],
    lambda: [][0],
    lambda: (1, 2)[9],
    lambda: "%d" % "x",
    lambda: "%s %s" % (1,),
    lambda: "%s" % (1, 2),
    lambda: "{} {}".format(1),
    lambda: "{:d}".format(1.5),
    lambda: 1 < "a",
    lambda: None < None,
    lambda: isinstance(1, 2),
    lambda: sum(["a"], ""),
    lambda: ord("ab"),
    lambda: 2 ** -1 + 0 ** -1,
    lambda: 5 % 0,
    lambda: 5.0 // 0,
    lambda: divmod(1, 0),
    lambda: dict([1]),
    lambda: [1, 2][1.0],
]
for i, c in enumerate(cases):
    try:
        print(i, c())
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
f(1, 2, q=3)
