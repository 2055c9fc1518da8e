# Python error messages of script-language.md §3, caught and printed as
# `type(e).__name__, e`.
def f(a, b, c=0):
    return a
def kw(*, k):
    return k
def g():
    return 1
def unbound_local():
    total = total + 1
def recurse(n):
    return recurse(n + 1)
five, text, nothing, one_list = 5, "str", None, [1]
cases = [
    lambda: undefined_variable,
    lambda: len.nope,
    lambda: "s".nope,
    lambda: [].nope,
    lambda: {}.nope,
    lambda: (1.5).real_nope,
    lambda: None.nope,
    lambda: ValueError("x").nope,
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=1),
    lambda: kw(),
    lambda: kw(1),
    lambda: g(1),
    lambda: g(x=1),
    lambda: (lambda: 0)(5),
    lambda: len(1),
    lambda: len(),
    lambda: abs("x"),
    lambda: sorted(1),
    lambda: sum(["a", "b"]),
    lambda: min(),
    lambda: min([]),
    lambda: 1 + "1",
    lambda: "1" + 1,
    lambda: [1] + 1,
    lambda: 1 - "x",
    lambda: "a" * "b",
    lambda: "a" - "b",
    lambda: [] * 1.5,
    lambda: None + 1,
    lambda: {} + {},
    lambda: 1 < "x",
    lambda: [] < (),
    lambda: {} < {},
    lambda: -[1],
    lambda: ~1.5,
    lambda: five(),
    lambda: text(),
    lambda: nothing(),
    lambda: one_list("x"),
    lambda: five[0],
    lambda: nothing[0],
    lambda: len[0],
    lambda: {}["missing"],
    lambda: {1: 2}[3],
    lambda: {(1, 2): 0}[(3,)],
    lambda: [1, 2, 3][3],
    lambda: [][-1],
    lambda: (1,)[5],
    lambda: "abc"[10],
    lambda: range(3)[5],
    lambda: [1][str(1)],
    lambda: "abc"[float(1)],
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1.5 // 0.0,
    lambda: 1.0 % 0,
    lambda: divmod(1, 0),
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: int("x"),
    lambda: int("12x"),
    lambda: int(""),
    lambda: int("1.5"),
    lambda: int("ff", 10),
    lambda: float("abc"),
    lambda: float(""),
    lambda: int(float("inf")),
    lambda: int(float("nan")),
    lambda: [].remove(1),
    lambda: [1, 2].index(3),
    lambda: "abc".index("z"),
    lambda: {}.pop("k"),
    lambda: [].pop(),
    lambda: {1}.remove(2),
    lambda: dict(1),
    lambda: list(1),
    lambda: tuple(5.5),
    lambda: iter(3),
    lambda: [x for x in 5],
    lambda: unbound_local(),
    lambda: recurse(0),
    lambda: {[]: 1},
    lambda: {[1]},
    lambda: hash_it_nope,
    lambda: "abc".split(1),
    lambda: "x".join("a", "b"),
    lambda: ",".join([1, 2]),
    lambda: "%d" % "s",
    lambda: "%s %s" % "a",
    lambda: "{0}".format(),
    lambda: "{a}".format(b=1),
    lambda: "{:d}".format("s"),
    lambda: f"{1:d}{'s':d}",
    lambda: isinstance(1, "int"),
    lambda: range(1, 2, 0),
    lambda: range("3"),
    lambda: round("x"),
    lambda: chr(-1),
    lambda: [1, 2, 3][::0],
    lambda: sorted([3, None, 1]),
    lambda: max(1),
    lambda: zip(1),
    lambda: enumerate(5),
    lambda: list(reversed({1: 2, 3: 4})),
    lambda: reversed({1, 2}),
    lambda: "abc".nope(),
]
for i, case in enumerate(cases):
    try:
        r = case()
        print(i, "no error:", r)
    except RecursionError as e:
        print(i, "RecursionError", e)
    except Exception as e:
        print(i, type(e).__name__, e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("unpack", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("unpack", e)
try:
    a, b = 5
except TypeError as e:
    print("unpack", e)
try:
    x, *y, z = [1]
except ValueError as e:
    print("unpack", e)
try:
    del undefined_for_del
except NameError as e:
    print("del", e)
try:
    l = [1]
    del l[5]
except IndexError as e:
    print("del", e)
try:
    d = {}
    del d["k"]
except KeyError as e:
    print("del", type(e).__name__, e)
try:
    raise ValueError("custom", 42)
except ValueError as e:
    print(e, e.args)
try:
    raise KeyError("k")
except KeyError as e:
    print(e, repr(e), str(e), e.args)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), "[" + str(e) + "]")
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)
# Augmented assignment TypeErrors name the in-place operator.
for op in ['+','-','*','/','//','%','**','<<','>>','&','|','^']:
    x = 'a' if op not in ('+','*','%') else None
    try:
        if op == '+': x += None
        if op == '-': x -= None
        if op == '*': x *= None
        if op == '/': x /= None
        if op == '//': x //= None
        if op == '%': x %= None
        if op == '**': x **= None
        if op == '<<': x <<= None
        if op == '>>': x >>= None
        if op == '&': x &= None
        if op == '|': x |= None
        if op == '^': x ^= None
    except TypeError as e:
        print(e)
x = "s"
try:
    x += 5
except TypeError as e: print(e)
x = (1,)
try:
    x += [5]
except TypeError as e: print(e)
x = [1]
try:
    x += 5
except TypeError as e: print(e)
d = {"k": 1}
try:
    d["k"] += "s"
except TypeError as e: print(e)
