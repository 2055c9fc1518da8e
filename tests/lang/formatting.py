# % formatting, str.format and f-strings (script-language.md §3).
print("%s|%r|%d|%i|%f|%.3f|%02d|%5.1f|%-6s|%+.2e" % ("s", "s", 7, -7, 1.5, 2 / 3, 5, 3.14159, "ab", 12345.678))
print("%s %s" % (1, [2]), "%s" % ((1, 2),), "%r" % ({"k": "v"},), "%d" % 3.99, "%d" % True)
print("%x %X %o %#x %#o %c %c" % (255, 255, 8, 255, 8, 65, "z"), "%5s|%-5d|%05.1f" % ("r", 42, -2.5))
print("%(a)s %(b)r %(a)s" % {"a": 1, "b": "two"}, "100%%" % (), "%s%%" % 5)
print("%.0f %.1f %.2f %.0f %.0f" % (0.5, 0.05, 2.675, 1.5, 2.5), "%g %g %g %g" % (1e-5, 123456789.0, 0.5, 100.0))
print("%10.4s|" % "abcdefg", "%*d" % (5, 42), "%-*s|" % (4, "x"), "%s" % None, "%s" % 1e16)
print("{} {} {}".format(1, "a", [2]), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}".format("x"))
print("{name} is {age}".format(name="Ann", age=30), "{0[0]} {0[1]}".format("xy"), "{d[k]}".format(d={"k": 9}))
print("{:5}|{:<5}|{:>5}|{:^5}|{:05}|{:+}|{: }".format(1, 2, 3, 4, 5, 6, 7))
print("{:.2f} {:.0f} {:10.3f}| {:e} {:.2e} {:g} {:%} {:.1%}".format(3.14159, 2.5, 1 / 3, 12345.6789, 0.000123, 1e-7, 0.5, 1 / 3))
print("{:x} {:X} {:o} {:b} {:#x} {:#b} {:08b} {:,} {:_}".format(255, 255, 8, 5, 255, 5, 5, 1234567, 1234567))
print("{:s} {!r} {!s} {!r:>8}|".format("s", "r", 3, "q"), "{:>{w}}|".format("v", w=6), "{{}} {}".format(0))
print("{}".format(None), "{}".format(1.0), "{}".format((1,)), "{:d}".format(True), "{:.3}".format(3.14159))
print("{:.3}".format("abcdef"), "{:c}".format(65), "{:=+6d}".format(-42), "{:*>+7.2f}".format(3.14159))
x, y, name = 3, 0.25, "val"
print(f"{x} {y} {name}", f"{x + 1}", f"{x * y:.3f}", f"{name!r}", f"{name:>6}|", f"{x:03}", f"{y:.0%}")
print(f"{x!r:>4}|", f"{[x, y]}", f"{ {'k': x} }", f"{'nested' + '!'}", f"{x if x > 2 else -x}")
print(f"{3.0}", f"{1e16}", f"{0.1 + 0.2}", f"{None}", f"{True:d}", f"{-0.0}", f"{x:b}", f"{255:#06x}")
print(f"{'a':^5}|{'b':-<4}|{12:+5}|{-3.5:08.2f}|", f"{x=}" == "x=3")
w, p = 8, 3
print(f"{3.14159:{w}.{p}f}|", f"{'x':{'>'}{w}}|", f"{{{x}}}", f"{{}}")
print(format(3.14159, ".2f"), format(42, "05d"), format("s", ">3"), format(1234567, ","), format(0.5))
print(str.format("{}-{}", 1, 2), "{0:.{1}f}".format(3.14159, 2), "{:>10}".format("%s" % (1,)))
# Huge widths and precisions (found by fuzz_run, round 6): CPython's
# errors and their order ("width too big" / "precision too big" while
# parsing, a missing argument before the width's MemoryError), and 'g'
# with a precision far above a double's 767 significant digits.
for f, a in [("%99999899999d", ()), ("%.99999899999d", ()),
             ("%99999899999d%s", (1,)), ("%.999999999999f", ()),
             ("%99999999999999999999999d", ()), ("%99999899999z", (1,)),
             ("%9223372036854775807d", ()), ("%9223372036854775808d", ()),
             ("%.2147483648s", ("ab",)), ("%5.3d|%-6.2f|%.0s|", (7, 2.5, "x"))]:
    try:
        r = f % a
        print(len(r), r[:20])
    except Exception as e:
        print(type(e).__name__, e)
print(len("%.200000000s" % "ab"), len("%.2147483647s" % "ab"))
for x in [0.1, 1.5, 1e300, 2.5e-308, 5e-324, 1 / 3, -0.0, 1e16, 1e22]:
    for p in (766, 767, 768, 801, 99999999):
        a, b, c = format(x, ".%dg" % p), format(x, ".%d" % p), ("%%.%dG" % p) % x
        print(p, len(a), a[-10:], len(b), b[-10:], len(c), c[-10:])
