# Statements of script-language.md §2: assignment forms, augmented
# assignment on names/subscripts/attributes, del, global/nonlocal, assert.
a = b = c = [0]
a.append(1)
print(a, b, c, a is b)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
[s, t] = "st"
print(p, q, r, s, t)
first, *mid, last = range(6)
print(first, mid, last)
*init, = (1, 2)
head, *tail = "x"
print(init, head, tail)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 2
lst[1] -= 5
print(lst)
d = {"n": 1}
d["n"] += 1
d["m"] = d.get("m", 0) + 5
d["s"] = "a"
d["s"] *= 3
print(d)
nested = {"k": [1, [2]]}
nested["k"][1][0] += 40
print(nested)
for obj in [1, "s", [1], {}, None, (1,), 1.5, True, range(2)]:
    try:
        obj.attr = 5
    except AttributeError as err:
        print(type(err).__name__, err)
for obj in ["s", [1], {}]:
    for meth in ["upper", "append", "keys"]:
        try:
            setattr_target = obj
            if meth == "upper":
                setattr_target.upper = 1
            elif meth == "append":
                setattr_target.append = 1
            else:
                setattr_target.keys = 1
        except AttributeError as err:
            print(err)
ls = [1, 2]
ls2 = ls
ls += [3]
print(ls, ls2, ls is ls2)
tp = (1,)
tp2 = tp
tp += (2,)
print(tp, tp2)
st = "ab"
st += "c"
st *= 2
print(st)
n = 17
n //= 3
n **= 2
n %= 7
n -= 1
n += 0.5
n /= 2
print(n)
m = 6
m &= 3
m |= 8
m ^= 1
m <<= 2
m >>= 1
print(m)
lst = [0, 1, 2, 3, 4, 5, 6]
del lst[0], lst[-1]
print(lst)
del lst[::2]
print(lst)
dd = {"a": 1, "b": 2, "c": 3}
del dd["a"], dd["c"]
print(dd)
g1 = 1
g2 = 2
def set_both():
    global g1, g2
    g1, g2 = g2, g1
set_both()
print(g1, g2)
def new_global():
    global created
    created = "made"
new_global()
print(created)
def outer():
    v = 1
    w = 10
    def inner():
        nonlocal v, w
        v += 1
        w = w * 2
        return v, w
    inner()
    return inner()
print(outer())
assert True
assert 1 == 1, "never"
try:
    assert 1 > 2, "one is not greater: %d" % 1
except AssertionError as err:
    print("AssertionError", err, err.args)
try:
    assert []
except AssertionError as err:
    print("bare assert", repr(err), err.args)
pass
if True: print("one-line if")
for i in range(2): print("one-line for", i)
while False: pass
def one(): return "one-line def"
print(one())
x = 1; y = 2; print(x + y)
x = y = 5; print(x, y);
a = [1, 2, 3]
i = 0
i, a[i] = 1, 9
print(i, a)
