# dict views (dict_keys/values/items), one-shot iterators: zip, map,
# filter, enumerate, reversed, iter(), generator expressions.
d = {"a": 1, "b": 2}
k = d.keys()
print(k, d.values(), d.items(), len(k), "a" in k, "z" in k, ("a", 1) in d.items())
d["c"] = 3
print(k, list(k), sorted(d.values()), list(d.items()), type(k))
for x, y in d.items():
    print(x, y)
z = zip([1, 2], "ab")
print(type(z), list(z), list(z))
m = map(str, [1, 2])
print(",".join(m), list(m), type(m))
e = enumerate("xy", 1)
print(dict(e), type(e), type(reversed([1])), type(reversed((1,))), type(reversed(range(3))))
g = (i for i in range(3))
print(type(g), sum(g), sum(g))
it = iter([1, 2])
print(type(it), list(it), list(it), type(iter("s")), type(iter({})), type(iter(range(2))))
print(tuple(zip(*[(1, 2), (3, 4)])), dict(zip("ab", range(2))), list(filter(None, [0, 1])))
print(sorted(d), sorted(d.items(), key=lambda kv: -kv[1]), max(d.values()), sum(d.values()))
print([*d.keys()], {**d}, set(d.keys()) == {"a", "b", "c"}, list(reversed(list(d.keys()))))
a, b, c = d.values()
print(a, b, c, list(map(lambda x, y: x + y, [1, 2], [10, 20, 30])))
v = {"x": 1}.values()
print(v, {}.keys(), {}.items(), dict(a=[1]).items(), len(v), bool({}.keys()))
print(list(iter(zip("ab", "cd"))), list(iter("ab")), next_free if False else "no next")
r = reversed([1, 2, 3])
print(list(r), list(r), list(reversed({"p": 1, "q": 2})))
en = enumerate(["a", "b"])
for i, s in en:
    print(i, s)
print(list(en))
cyc = {}
cyc["v"] = cyc.values()
print(cyc, cyc["v"], cyc.keys())
