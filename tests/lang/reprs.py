# Python-exact str()/repr() of every value kind (script-language.md §3).
floats = [0.1, 1e-05, 1e+16, 123456789.0, 1.5e-07, -0.0, 0.0, 1.0, 100.0, 1e15,
          1e16, 1e-4, 0.0001234, 1234567890123456.0, 12345678901234567.0,
          2.5e-10, 1 / 3, 2 / 3, 0.1 + 0.2, 1e22, 1e300 * 1e10, -1e300 * 1e10,
          5e-324, 1.7976931348623157e308, 3.0e-5, 9.999999999999999e22, 0.5,
          123.456, -2.75, 1e100, 4.35, 0.3, 2 ** 0.5, 100.0 / 3]
print(floats)
for x in floats[:8]:
    print(x, str(x), repr(x))
print(float("nan"), [float("nan")], float("inf"), -float("inf"), [float("-inf")])
ints = [0, -1, 2 ** 62, -(2 ** 62), 10 ** 18, 9223372036854775807, -9223372036854775807 - 1]
print(ints)
strings = ["", "a", "it's", 'say "hi"', "both ' and \"", "back\\slash", "new\nline",
           "tab\there", "cr\rret", "\x00\x01\x1f\x7f", "é", "ünïcödé", "日本", "☺",
           "\u2028", "a'b\"c", "\\n", "'", '"', "''", "\x80", "\xa0", "\xad"]
print(strings)
for s in strings[:10]:
    print(repr(s), len(s))
print(str("q"), repr("q"), str(["q"]), str(("q",)), str({"q": "q"}))
print((1,), (), (1, 2), ((1,),), [(1,)], ("a",), tuple(), (None,), ((),))
print([], [[]], [[], []], {}, {"a": {}}, {1: [2, (3, {4: 5})]}, [{"k": ()}])
print({1: "a", "b": 2, (1, 2): None, None: True, 2.5: [], False: 0})
print(None, True, False, [None, True, False], {None: None}, (True,))
print({1, 2, 3}, {"a"}, set(), [set()], {(1, 2)}, {-1, -2})
print(range(3), [range(0, 5, 2)], (range(1, 2),), range(-1, -10, -3))
print(ValueError("msg"), repr(ValueError("msg")), [ValueError("m")], KeyError("k"), repr(KeyError("k")))
print(KeyError(1), str(KeyError()), repr(Exception()), Exception("a", "b"), str(IndexError(5)))
print(repr(RuntimeError("q'uote")), AssertionError(), repr(TypeError("x", 1)), ZeroDivisionError("z"))
print(ValueError, TypeError, Exception, [KeyError], int, str, list, dict, tuple, float, bool, type)
print(print, len, [len], repr(sorted))
l = [1, 2]
l.append(l)
d = {"self": None}
d["self"] = d
print(l, d, [l])
print(1, 1.0, "1", [1, 1.0, "1"], -1, -1.5, +0.0, 1e0, 10e-1)
print(1234567890, 3 * 1.1, 1.1 * 1.1, 0.1 * 3)
print(2e-7, 2e-6, 0.00002, 0.0002, 1e21, 1e20, 123456789012345678.0, 0.000001)
print(-1e-7, -5e15, -5e16, 1e16 + 2, float(10 ** 17), 4.0 * 10 ** 15)
