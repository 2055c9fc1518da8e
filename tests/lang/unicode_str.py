# str methods over Unicode (script-language.md section 3: str values behave
# as CPython's): every code point below U+30000 through ten predicates and
# six case mappings, summarised, then multi-character contexts (final
# sigma, title case after apostrophes, special casing, Unicode whitespace in
# split/strip).
preds = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace",
         "isupper", "islower", "istitle", "isidentifier"]
maps = ["upper", "lower", "title", "capitalize", "swapcase", "casefold"]
counts = {}
sums = {}
for name in preds + maps:
    counts[name] = 0
    sums[name] = 0
for c in range(0x30000):
    if 0xD800 <= c < 0xE000:
        continue
    s = chr(c)
    if s.isalpha():
        counts["isalpha"] += 1
        sums["isalpha"] = (sums["isalpha"] * 31 + c) % 1000000007
    if s.isalnum():
        counts["isalnum"] += 1
        sums["isalnum"] = (sums["isalnum"] * 31 + c) % 1000000007
    if s.isdigit():
        counts["isdigit"] += 1
        sums["isdigit"] = (sums["isdigit"] * 31 + c) % 1000000007
    if s.isdecimal():
        counts["isdecimal"] += 1
        sums["isdecimal"] = (sums["isdecimal"] * 31 + c) % 1000000007
    if s.isnumeric():
        counts["isnumeric"] += 1
        sums["isnumeric"] = (sums["isnumeric"] * 31 + c) % 1000000007
    if s.isspace():
        counts["isspace"] += 1
        sums["isspace"] = (sums["isspace"] * 31 + c) % 1000000007
    if s.isupper():
        counts["isupper"] += 1
        sums["isupper"] = (sums["isupper"] * 31 + c) % 1000000007
    if s.islower():
        counts["islower"] += 1
        sums["islower"] = (sums["islower"] * 31 + c) % 1000000007
    if s.istitle():
        counts["istitle"] += 1
        sums["istitle"] = (sums["istitle"] * 31 + c) % 1000000007
    if s.isidentifier():
        counts["isidentifier"] += 1
        sums["isidentifier"] = (sums["isidentifier"] * 31 + c) % 1000000007
    for m, r in (("upper", s.upper()), ("lower", s.lower()), ("title", s.title()),
                 ("capitalize", s.capitalize()), ("swapcase", s.swapcase()),
                 ("casefold", s.casefold())):
        if r != s:
            counts[m] += 1
            for ch in r:
                sums[m] = (sums[m] * 31 + ord(ch)) % 1000000007
for name in preds + maps:
    print(name, counts[name], sums[name])
tests = [
    "ΑΣ", "ΑΣ Σ ΣΑ", "ΟΔΟΣ.", "Σ", "aΣ'", "ΑΣ'Α", "ὈΔΥΣΣΕΎΣ", "İstanbul", "straße", "ﬁne ﬂow",
    "they're bill's friends from the UK", "hello WORLD 3rd", "ǅungla ǆ", "ŉ", "ΐ", "ᾳ ᾼ",
    "école ÉCOLE", "ünïcödé", "123abc", "a_b-c", "", " ", "\t\n", "x\u00a0y\u2003z\u3000w\u2028v\x85u",
    "mIxEd CaSe", "ǈ", "ß", "ﬀ", "ԱԲ", "ⓐⓑ", "Ⅻ", "ⅻ", "𐐀𐐨", "\x1c\x1d\x1e\x1f", "ǲ",
]
for t in tests:
    print(repr(t), repr(t.upper()), repr(t.lower()), repr(t.title()), repr(t.capitalize()),
          repr(t.swapcase()), repr(t.casefold()))
    print("  ", t.isupper(), t.islower(), t.istitle(), t.isalpha(), t.isspace(),
          t.isidentifier(), repr(t.split()), repr(t.strip()), repr(t.lstrip()),
          repr(t.rstrip()), repr(t.split(None, 1)), repr(t.rsplit(None, 1)))
ws = "".join([chr(c) for c in range(0x3100) if chr(c).isspace()])
print(len(ws), repr(("a" + ws + "b" + ws + "c").split()), repr((ws + "x" + ws).strip()))
print(repr("a\u2003b".split(" ")), repr(" \u00a0x\u00a0 ".strip(" ")))
# line boundaries of splitlines: \v \f \x1c-\x1e \x85 \u2028 \u2029 too
t = "a\x85b\u2028c\u2029d\x1ce\x0bf\x0cg\r\nh\ri\n\nj"
print(repr(t.splitlines()), repr(t.splitlines(True)), repr("".splitlines()),
      repr("x\n".splitlines()), repr("\u2028".splitlines(True)))
