# Comprehensions (list/dict/set, multiple for/if), generator expressions,
# calls with * and ** unpacking.
print([x * x for x in range(8) if x % 2 if x > 2])
print([(x, y) for x in range(3) for y in "ab" if x != 1])
print([[r * 3 + c for c in range(3)] for r in range(2)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix], [v for row in matrix for v in row if v % 2 == 0])
print([list(col) for col in zip(*matrix)])
print({k: v for k, v in zip("abc", range(3))}, {x % 3: x for x in range(10)})
print({(a, b): a * b for a in range(2) for b in range(2) if a <= b})
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}), {c for c in "aaa"})
print([i for i in []], {k: 1 for k in ()}, set(x for x in ""))
print(sum(x * x for x in range(10)), sum((x for x in range(4)), 100))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]), any(()), all(()))
print(min(len(w) for w in ["abc", "d", "ef"]), max(x % 7 for x in range(20)))
print(sorted(w.upper() for w in ["b", "a"]), list(x for x in range(3)), tuple(i for i in "xy"))
print(", ".join(str(i) for i in range(4)), dict((k, len(k)) for k in ["aa", "b"]))
print([y for x in [[1, 2], [3]] for y in x], [x for x in range(3) if x if x - 1])
print([(lambda v: v + i)(0) for i in range(3)])
total = 10
print([total + i for i in range(2)], [[total] * 2 for _ in range(2)])
print([a + b for a, b in [(1, 2), (3, 4)]], [f"{k}={v}" for k, v in {"x": 1}.items()])
print([x if x % 2 else -x for x in range(5)], [x for x in range(20) if x % 2 == 0 if x % 3 == 0])
def f(*args, **kw):
    return args, sorted(kw.items())
args = [1, 2]
kw = {"a": 1}
print(f(*args), f(**kw), f(*args, **kw), f(0, *args, 3, *args, b=2, **kw))
print(f(*"ab", *(), **{}), f(*range(3)), f(*{"k": 0}), f(*{5}))
print(max(*[3, 9, 2]), min(*"zya"), print(*[], sep="-") is None)
first, *rest = [x * 2 for x in range(4)]
print(first, rest)
print([*args, *"cd"], (*args,), [*range(2), 9], {**kw, "b": 2, **{"a": 5}})
print({*args, 3}, len([*{}]))
gen = (x * 2 for x in range(3))
print(list(gen), list(gen))
squares = (n * n for n in range(5))
print(sum(squares), sorted((x for x in [3, 1, 2]), reverse=True))
