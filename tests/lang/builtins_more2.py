# dict.fromkeys, range.index / range.count (arithmetic for ints, equality
# for other numbers, CPython's messages), exception __context__ / __cause__;
# expectations from CPython 3.11.
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys([]), dict.fromkeys(range(3), [1]))
d = dict.fromkeys(['x', 'y'], [])
d['x'].append(1)
print(d)
for r in [range(10), range(3, 20, 4), range(10, 0, -3), range(0), range(-5, 5, 2), range(5, -5, -2)]:
    for x in [0, 1, 3, 7, 10, -5, -3, 4, 5, 2.0, 2.5, True, 'a', None, 19, 1]:
        try:
            print(r, repr(x), r.count(x), r.index(x))
        except ValueError as e:
            print(r, repr(x), r.count(x), 'ValueError', e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('k')
except KeyError as e:
    print(repr(e.__context__), e.__cause__, repr(e.__context__.__context__))
try:
    raise ValueError('v') from KeyError('c')
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
