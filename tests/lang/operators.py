# Expressions and operators of script-language.md §3.
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 0 // 5, -1 // 10)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3, 0 % 3, -1 % 10)
print(7.5 // 2, -7.5 // 2, 7.5 // -2, 7.5 % 2, -7.5 % 2, 7.5 % -2, -0.5 % 1)
print(5.0 // 0.1, 1.0 % 0.1, -3 % 2.5, 3 // 2.0, -3 // 2.0)
print(2 ** 3, 2 ** -2, (-2) ** 2, -2 ** 2, (-8) ** 3, 2 ** 0.5, 4 ** 0.5, 10 ** 18)
print(2.0 ** -1, 0 ** 0, 0.0 ** 0, (-2.0) ** 3, 2 ** 3 ** 2, 1.5 ** 2)
print(1 / 4, -1 / 4, 10 / 5, 1 / 3 * 3, 9 / 3 / 3, 7 / -2)
print(-(-3), +(-3), -3.5, --3, not 0, not 1, not [], not [0], ~0, ~-1)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 2 * 3 % 4, -2 ** -1, 10 - 3 - 2)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0, 1 < 2 != 3, 5 >= 5 <= 6)
n1 = None
print([] == [], [] is [], None is None, n1 is not None)
a = [1]
b = a
print(a is b, a is not b, a == [1], a is [1], "x" in "xyz", "w" not in "xyz")
print(2 in [1, 2], 3 not in (1, 2), "k" in {"k": 1}, 1 in {1: 0}, 2 in {1, 2}, 3 in range(5))
print([1] in [[1], 2], (1, 2) in [(1, 2)], None in [None], 1.0 in [1])
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "x", [] and [1], None or [] or 0)
print(0 or None, "a" and "b" and "c", "a" and "" and "c", not ("a" and ""))
def loud(v):
    print("eval", v)
    return v
print(loud(0) and loud(1), loud(1) or loud(2))
print("yes" if 1 else "no", "yes" if [] else "no", 1 if 0 else 2 if 0 else 3)
s = "abcdefgh"
l = list(range(10))
print(s[1:4], s[:3], s[5:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[::-2])
print(s[-1:-4:-1], s[6:2:-1], s[2:6:-1], s[100:], s[-100:2], s[3:3], s[:], s[5:1])
print(l[2:8:2], l[8:2:-2], l[-2::-3], l[::3], l[:-7:-1], l[1:-1][::-1])
print((1, 2, 3, 4)[::-1], (1, 2, 3)[1:], range(10)[2:8:3], range(10)[::-1])
print(s[0], s[-1], l[-10], (1, 2)[-1], "x"[0][0])
t = l[:]
t[2:5] = []
print(t)
t[::2] = "abcd"
print(t)
u = [1, 2, 3]
u[1:1] = [9, 9]
u[:0] = (0,)
print(u)
print(3 * "ab", "ab" * 0, [0] * 3, (1,) * 2, [1, 2] + [3], (1,) + (2,), "-" * -1)
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, -2), divmod(0, 3))
print(1 < 2.5, 2 == 2.0, True == 1, False == 0, True + True, True * 3.5, 1 != "1")
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [2] > [1, 9], "abc" < "abd", "B" < "a", (0,) == (0,))
print({1: 2} == {1: 2}, {1, 2} == {2, 1}, [1, [2]] == [1, [2]], (1, 2) != (1, 2))
print(abs(-7), abs(7.25), abs(-0.0), abs(True))
x = 5
print(0 < x < 10 and x % 2 == 1, not x > 3 or x == 5)
print(10 ** 15 + 0.5, 2 ** 62 - 1 + 2 ** 62, -2 ** 62 * 2, 999999999999 * 1000)
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, 1e308 * 10, -1e308 * 10)
print(int(True), float(False), 3 // True, 5 % True)
