# if/elif/else, for/while with else/break/continue, try/except/else/finally.
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
print([classify(n) for n in (-5, 0, 3, 99)])
def find(items, target):
    for i, it in enumerate(items):
        if it == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 7)
find([], 1)
k = 0
while k < 10:
    k += 1
    if k % 3:
        continue
    if k > 7:
        break
    print("k", k)
else:
    print("no break")
print("after", k)
k = 0
while k < 3:
    k += 1
else:
    print("while else ran", k)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        print(i, j)
    else:
        print("inner else", i)
for x in []:
    print("never")
else:
    print("empty for else")
for c in "hi":
    print(c)
for key in {"b": 1, "a": 2}:
    print(key)
for item in (1, 2):
    item *= 10
    print(item)
res = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        res.append(i)
    finally:
        res.append("f%d" % i)
print(res)
def order(kind):
    log = []
    try:
        log.append("try")
        if kind == "raise":
            raise ValueError("v")
        if kind == "return":
            return log
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(order("raise"), order("none"), order("return"))
def nested(level):
    try:
        try:
            if level == 0:
                raise KeyError("k")
            if level == 1:
                raise IndexError("i")
            return "ok"
        except KeyError as e:
            return "inner caught " + repr(e)
        finally:
            print("inner finally", level)
    except IndexError as e:
        return "outer caught " + repr(e)
    finally:
        print("outer finally", level)
for lv in range(3):
    print(nested(lv))
def reraise():
    try:
        raise TypeError("first")
    except TypeError:
        print("handling")
        raise
try:
    reraise()
except TypeError as e:
    print("re-raised:", e)
def raise_other():
    try:
        {}["x"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
try:
    raise_other()
except RuntimeError as e:
    print(e, "cause:", repr(e.__cause__), type(e.__cause__).__name__)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args, str(e) == "")
try:
    raise Exception("a", 1, None)
except Exception as e:
    print(e, e.args, repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
except NameError as e:
    print("during handling:", e)
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally before propagation")
except ValueError as e:
    print("propagated", e)
try:
    [1][5]
except (KeyError, IndexError) as e:
    print("tuple except", type(e).__name__, e)
try:
    {}[0]
except LookupError as e:
    print("base class", type(e).__name__, e)
try:
    1 % 0
except ArithmeticError as e:
    print("arith", e)
try:
    raise RuntimeError("rt")
except Exception:
    print("no as-name")
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
finally:
    print("finally always")
e = "still here"
try:
    raise ValueError("shadow")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError", ne)
def loop_finally():
    for i in range(3):
        try:
            return i
        finally:
            print("returning", i)
print(loop_finally())
count = 0
while True:
    count += 1
    try:
        if count == 2:
            continue
        if count == 4:
            break
    finally:
        print("while finally", count)
print(count)
