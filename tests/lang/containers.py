# Lists, tuples, dicts, sets, ranges.
l = [3, 1, 2]
l.append(5)
l.extend([7, 0])
l.insert(1, 9)
print(l, len(l), l.pop(), l.pop(0), l)
l.remove(9)
l.sort()
print(l, l.index(l[0]), l.count(1), sorted(l, reverse=True))
l.reverse()
print(l, l[1:3], l[::-1], l[-2:])
l[0] = 100
l[1:3] = ["a", "b", "c"]
print(l)
del l[0]
del l[1:3]
print(l, l.copy(), [] == [], [1, 2] < [1, 3], [1] * 3, [1] + [2])
words = ["bb", "a", "ccc", "dd"]
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)), min(words, key=len))
t = (1, "two", 3.0)
print(t, t[1], t[-1], t[:2], len(t), (1,), (), tuple([1, 2]), t.count(1), t.index("two"))
a, b, c = t
print(a, b, c)
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
print(first, rest, init, last)
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, d["a"], d.get("z"), d.get("z", 0), "a" in d, len(d))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d.setdefault("e", 5), d.setdefault("b", 0), d)
d.update({"f": 6}, g=7)
del d["c"]
print(d, dict(a=1, b=2), dict([("x", 1), ("y", 2)]), {1: "i", (1, 2): "t"})
for k, v in d.items():
    print(k, v, end="; ")
print()
s = {3, 1, 2}
s.add(2)
s.add(4)
print(len(s), 3 in s, 5 in s, sorted(s), set(), sorted(s | {9}), sorted(s & {1, 4, 8}), sorted(s - {1}))
r = range(2, 10, 3)
print(r, list(r), len(r), r[1], r[-1], 5 in r, 6 in r, list(range(5, 0, -2)), range(3))
print(list(enumerate("ab")), list(enumerate("ab", 1)), list(zip([1, 2, 3], "xy")))
print(list(reversed([1, 2, 3])), any([0, 1]), all([1, 0]), all([]), any([]))
print(list(map(lambda x: x * 2, [1, 2])), list(filter(None, [0, 1, 2])))
nested = [[1, 2], [3, [4, 5]]]
print(nested, nested[1][1][0])
m = [[0] * 2 for _ in range(2)]
m[0][1] = 1
print(m)
a = [1]
a.append(a)
print(a)
print({"k": 1}["missing"])
