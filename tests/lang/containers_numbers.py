# Containers (list/dict/set/tuple methods, ordering, copies), numbers
# (rounding, division, float repr), string literals and formatting.
l = [3, 1, 2]
l.insert(0, 9); l.insert(-1, 8); l.insert(100, 7); print(l)
l.remove(8); print(l)
try:
    l.remove(42)
except ValueError as e:
    print(e)
l.extend(range(2)); print(l)
l.reverse(); print(l)
l.sort(key=lambda x: -x); print(l)
l.sort(reverse=True); print(l)
print(l.pop(0), l.pop(), l)
l.clear(); print(l)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
c = [1, [2, 3]]
d = c.copy(); d[1].append(4); d.append(5); print(c, d)
print([1, 2, 3].index(3, 1), [1, 2, 3, 2].index(2, 2))
dd = {'x': 1, 'y': 2, 'z': 3}
del dd['y']; dd['y'] = 4; print(dd, list(dd))
print(dd.pop('x'), dd)
print(dd.popitem(), dd)
dd.update({'a': 1}, b=2); print(dd)
dd.update([('c', 3)]); print(dd)
print(sorted(dd.items()), len(dd))
print({**dd, 'z': 0})
print(dict(dd, q=1))
e = {}
e.setdefault('k', []).append(1); print(e)
print('k' in e, 'q' not in e, list(e.values()))
print({1: 'a', True: 'b', 1.0: 'c'})
print({(1, 2): 3}[(1, 2)])
try:
    {[1]: 2}
except TypeError as ex:
    print(ex)
s = {3, 1, 2}
s.add(0); s.discard(5); s.remove(3); print(sorted(s), len(s))
print(sorted({1, 2} & {2, 3}), sorted({1, 2} - {2}), sorted({1} | {2}))
print(set(), set([1, 1]), {1, 2} == {2, 1})
t = (1, 2, 3)
print(t.index(2), t.count(1), t[1:], t * 2, t + (4,), len(t))
print(tuple(reversed(t)), list(t), min(t), max(t), sum(t))
print(list(range(3, -3, -2)), range(5)[2:4], len(range(0)), 3 in range(5))
print(list(zip(range(3), 'abcd')), list(enumerate('ab')))
print(list(map(str, [1, 2])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(all([1, 1]), any([0, 0]), all([]), any([]))
print(abs(-0.0), abs(-5), -abs(3))
print(max([1, 2], [1, 3]), min('b', 'a'), max(3, 1, 2))
print(round(5.5), round(6.5), round(-1.5), round(1.25, 1), round(1.35, 1))
print(int(7.9), int(-7.9), float(3), float('-inf'), bool(0.0), bool('0'))
print(str(100), str(-0), repr(0.0), repr(-0.0), str(1e-4), str(1e-5), str(123e10))
print(10 ** -2, 7 / 7, 2 ** 0.5, 9 ** 0.5, (-1) ** 3, 0.5 ** 2)
print(1e15, 1e16, 123456789012345.6, 1.0e-10, 3.0e100)
print(float('1e-400'), -1e-400 == 0, 5e-324, 5e-324 / 2)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(True + 1, True * 2.5, False - 1, True / 2, -True, ~True)
print(7 // 2, -7 // 2, 7 // -2, 7.5 // 2, -7.5 // 2, 7 % 3, -7 % 3, 7.5 % 2, -7.5 % 2)
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, 2))
print(1 < 2.5, 2 == 2.0, 'a' != 'b', [1] != [1], None == 0)
print('abc' * 2, 'abc'.upper().lower(), 'a b'.title(), ' x'.isspace())
print('Hello, {}!'.format('World'), 'x={x}'.format(x=1), '{0:>4}|{1:<4}|'.format(1, 2))
print('%s=%d' % ('a', 1), '%5.1f|' % 2.25, '%-5d|' % 3, '%05d' % -3, '%+d' % 3)
print(f'{1+2}', f'{"s"}', f'{3.14159:.3}', f'{10:#x}', f'{0.5:.0%}', f'{1000000:,}')
x = 3
print(f'{x=}', f'{x = }', f'{x=:>4}', f'{x!r}')
name = "w"
print(f"{name!r:>6}", f"{'q'}", f"{{{x}}}")
print("a" "b" 'c', """multi
line""", r"raw\n", 'tab\there')
print(1, "\u03b1", "\x41", "\101")

# extended-slice assignment of the wrong size (its error message used to read a freed list)
l = [3, 1, 2, 4]
try:
    l[:1:3] = ["a", "b", "c"]
except ValueError as e:
    print(e)
try:
    l[::2] = [1]
except ValueError as e:
    print(e)
l[::2] = [7, 8]
print(l)
# An empty sequence repeated a huge number of times is empty at once
# (fuzz_run, round 6: "" * 25**12 ran 10^17 empty appends).
print(len("" * 25**12), [] * 25**12, () * 25**12, "ab" * 0, [1] * -3, (1,) * 2)
