# Scoping: locals, UnboundLocalError, globals, del, comprehension scope.
x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
print(read(), shadow(), x)
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def free_unbound():
    def inner():
        return later
    r = inner()
    later = 1
    return r
try:
    free_unbound()
except NameError as e:
    print(type(e).__name__, e)
v = 1
del v
try:
    print(v)
except NameError as e:
    print(e)
i = "outer i"
squares = [i * 2 for i in range(3)]
print(i, squares)
def make():
    fs = []
    for k in range(3):
        def cap():
            return k
        fs.append(cap)
    return [h() for h in fs]
print(make())
def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
    bump()
    bump()
    return count
print(counter())
total = 0
def add_total(n):
    global total
    total += n
for q in range(4):
    add_total(q)
print(total)
d = {"a": 1}
del d["a"]
print(d)
def uses_builtin():
    return len("abc")
len = lambda s: 99
print(uses_builtin())
del len
print(len("abc"))
