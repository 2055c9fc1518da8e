# Set ordering is inclusion (a < b: proper subset), as CPython.
a, b, c = {1, 2}, {1, 2, 3}, {4}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a > a, a >= a, a < c, c < b, set() < a, set() <= set(), b < a)
print({1, 2} == {2, 1}, {1} != {1, 2}, {1.0} <= {1, 2}, {True} < {1, 2})
print(sorted([{3}, {1, 2}, {1}], key=len), [x for x in [{1}, {1, 2}] if x <= {1, 2, 3}])
try:
    print({1} < [1])
except TypeError as e:
    print(e)
