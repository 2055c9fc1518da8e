# Lexical structure (script-language.md §1): comments, continuation lines,
# implicit joining, literal forms, prefixes, escapes, f-strings, bytes.
x = 1 + \
    2   # explicit continuation
y = (1 +
     2 +  # comment inside brackets
     3)
z = [
    1,
    2,
]
w = {'a': 1,
     'b': 2}
print(x, y, z, w)
if x == 3 and \
   y == 6:
    print("joined if")
   # a comment at odd indentation
print(0, 00, 7, 1_000_000, 0x1F, 0o17, 0b101, 0XFF)
print(1.0, .5, 5., 1e3, 1E-3, 1.5e+2, 1_0.5, 3.14e0)
print('single', "double", '''triple
single''', """triple
double""")
print('it\'s', "say \"hi\"", 'a\\b', "tab\there", "nl\\n")
print("\x41\x62", "\101", "\u00e9", "\U0001F600" == "\U0001f600")
print(r"raw\n", R'raw\t', r"\d+\.\d*", len(r"\n"))
print(b"bytes" == b"bytes", len(b"abc"))
print("implicit" " concatenation" ' here')
print(f"{x}", F"{y}", rf"{x}\n", fr"\t{y}")
n = 42
f_ = 3.14159
s = "str"
print(f"{n!r} {s!r} {s!s} {n:5d}|{n:<5d}|{n:^5}|{n:x} {n:08b} {f_:.3f} {f_:10.2f}|{f_:e}")
print(f"{n + 1} {s.upper()} {[i for i in range(3)]} {'q'!r} {n:,} {0.5:.0%}")
print(f"{{braces}} {n}{{}}", f"{'a' 'b'}", f"{n=}" if False else "skip")
print(f"{s:>6}|{s:*<6}|{s:^7}|")
width = 8
print(f"{n:{width}}|{f_:{width}.{2}f}|")
print(True, False, None)
print("""a 'b' "c" \
d""")
print('\a\b\f\v\r'.__len__() if False else len('\a\b\f\v\r'))
print(repr('\a\b\f\v\r\0'))
print("é" == "\xe9", "\t".isspace())
