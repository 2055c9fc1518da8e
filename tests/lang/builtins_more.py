# next() on iterators (with a default, StopIteration), hex/oct/bin, ascii,
# pow() with and without a modulus (negative exponents take the inverse);
# expectations from CPython 3.11.
it = iter([1, 2, 3])
print(next(it), next(it), list(it), next(it, 'done'))
z = zip('ab', [1, 2, 3])
print(next(z), list(z))
e = enumerate('xy')
print(next(e), next(e), next(e, None))
try:
    next(iter([]))
except StopIteration as s:
    print('stop', repr(s), s.args)
try:
    next([1])
except TypeError as t:
    print(t)
g = (x * x for x in range(4))
print(next(g), sum(g))
m = map(str, range(3))
print(next(m), '-'.join(m))
r = reversed([1, 2, 3])
print(next(r), list(r))
for v in [0, 1, -1, 255, -255, 2**40, True, False]:
    print(hex(v), oct(v), bin(v))
for bad in [1.5, 'x', None]:
    try:
        hex(bad)
    except TypeError as t:
        print(t)
print(ascii('é'), ascii(['ü', 'x']), ascii(1.5), ascii("'\"\u200b\U0001F600"))
k = iter({'a': 1, 'b': 2})
print(next(k), list(k))
for args in [(2, 10), (2, -1), (2.0, 3), (-8, 1 / 3 if False else 2), (3, 4, 5), (2, 100, 1000000007), (-3, 3, 7), (3, 3, -7), (-3, 3, -7), (2, -1, 5), (3, -2, 7), (0, 0, 1), (5, 0, 3), (10, 18), (True, 2, 3), (2, 62), (7, 123456789, 998244353), (123456789, 987654321, 9223372036854775807)]:
    try:
        print(args, pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5), (0, -1)]:
    try:
        print(args, pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
print(pow(base=2, exp=5), pow(2, 5, mod=3))
