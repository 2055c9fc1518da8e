# int() and float() of a str, in CPython's order: other decimal digits and
# spaces made ASCII first; int(): at most 4300 digits in a base that is no
# power of two (sys.get_int_max_str_digits()), checked before the rest of
# the text, after an underscore error; the literal's repr cut to 200
# characters in the message; one '_' allowed after a base prefix.
cases = [
    ("1" * 4301, 10), ("0" * 4301, 10), ("1" * 4300 + "x", 10),
    ("0" * 4300, 10), ("1" * 4301 + "x", 16),
    ("1" * 4301, 3), ("1" * 4301 + "x", 10), ("1" * 4301 + "_", 10),
    ("1" * 5000 + "__1", 10), ("1_" * 5000 + "1", 0), ("-" + "1" * 4301, 0),
    (" " + "0" * 4300 + "1 ", 0), ("x" + "1" * 300, 10), ("1" * 300 + "x", 0),
    ("\u00e9" * 300, 16), ("'" * 250, 10), ("0x_1f", 0), ("0x_1f", 16),
    ("0x__1f", 16), ("0b_", 2), ("_1", 10), ("1_", 10), ("\u0661\u0662", 10),
    ("\u2003 12\u3000", 10), ("\u0661" * 4301, 10), ("1\u00b2", 10),
    ("\x1c1", 10), ("017", 0), ("0" * 4300 + "17", 0), ("0x" + "f" * 15, 0),
]
for s, base in cases:
    try:
        print(base, len(s), int(s, base))
    except ValueError as e:
        m = str(e)
        print(base, len(s), len(m), m[:70], m[-12:])
for s in ["\u0663.\u0665e\u0661", "\u2003-1.5\u2029", "1\x002", "1\u00b2",
          "\u0661_\u0662.5", " nan ", "x" * 300]:
    try:
        print(float(s))
    except ValueError as e:
        m = str(e)
        print(len(m), m[:60], m[-12:])
int("%0019103230dd" % 1)
