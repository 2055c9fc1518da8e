# try/except/else/finally, raise, exception values and hierarchy.
def risky(k):
    if k == 0:
        raise ValueError("bad value")
    if k == 1:
        return [][5]
    if k == 2:
        return {}["key"]
    if k == 3:
        return 1 / 0
    if k == 4:
        return undefined
    if k == 5:
        return "a" + 1
    if k == 6:
        return None.attr
    if k == 7:
        assert k == 0, "k is %d" % k
    if k == 8:
        raise RuntimeError
    return "ok"
for k in range(10):
    try:
        print(k, risky(k))
    except (ValueError, KeyError) as e:
        print(k, "VK", type(e).__name__, e, repr(e), e.args)
    except LookupError as e:
        print(k, "lookup", e)
    except ArithmeticError as e:
        print(k, "arith", e)
    except Exception as e:
        print(k, "other", type(e).__name__, str(e), repr(e))
    else:
        print(k, "else")
    finally:
        print(k, "finally")
def fin():
    try:
        return "try"
    finally:
        print("finally runs")
print(fin())
def fin2():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
print(fin2())
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise
except KeyError as e:
    print("reraised", e)
try:
    raise ValueError("a") from KeyError("b")
except ValueError as e:
    print("cause", repr(e.__cause__))
e = ValueError("x", 2)
print(e, repr(e), e.args, str(ValueError()), repr(TypeError()), isinstance(e, Exception))
print(issubclass if False else "no issubclass", ZeroDivisionError.__name__)
try:
    int("abc")
except ValueError as err:
    print(err)
try:
    print(err)
except NameError as ne:
    print("NameError:", ne)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("cleanup", i)
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as r:
    print("recursion:", r)
try:
    f = 5
    f()
except TypeError as t:
    print(t)
raise KeyError("final")
