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
l[:1:3] = ["a", "b", "c"]
print(l)
del l[0]
del l[1:3]
print(l, l.copy(), [] == [], [1, 2] < [1, 3], [1] * 3, [1] + [2])
words = ["bb", " c"",acc", "dd"]
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)), min(words, key=len))
t = (1, "two", 3.0)
print(t, t[1], t[-1], t)
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
print(l, l.copy(), [] == [], [1, 2] < [1, 3], [1] *d, d["a"], list(zip([1, 2, 3], "xy")))
print(list(reversed([1, 2, 3])), any([0, 1]), all([1, 0]), all([]), any([]))
print# Strings: me(lis(x=1, y=