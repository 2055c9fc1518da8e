# Arithmetic with Python semantics (script-language.md §3).
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.0 % -3)
print(1 / 2, 4 / 2, 2 ** 10, 2 ** -1, 2.0 ** 3, (-2) ** 3, 10 ** 0)
print(1 + 2.5, 3 * 1.5, True + True, 3 - True, -True, +5, ~5)
print(divmod(7, -2), divmod(-7.5, 2), abs(-3), abs(-2.5), round(2.5), round(3.5))
print(round(2.675, 2), round(15, -1), round(-0.5), round(1.23456, 3))
print(1 << 4, 256 >> 3, 6 & 3, 6 | 3, 6 ^ 3)
print(0.1 + 0.2, 1e16, 1e-5, 123456789.0, 1 / 3, 2 / 3, 1e300 * 10)
print(-0.0, float("inf"), -float("inf"), float("nan"), 1.5e-7, 100.0)
print(int("42"), int(" -7 "), int(3.9), int(-3.9), int("ff", 16), int("0x1f", 0))
print(float("1.5"), float(" 2 "), float("1e3"), float(3), str(2.0), str(10))
print(3 < 4 < 5, 3 < 4 > 5, 1 == 1.0, 2 != 2, 1 <= 1 < 2.5)
print(max(3, 7, 1), min([4, 2, 8]), sum([1, 2, 3]), sum([0.5, 0.25], 1))
x = 10
x += 5
x -= 2
x *= 3
x //= 4
x %= 7
x **= 2
print(x)
y = 7.0
y /= 2
print(y)
print(1 / 0)
