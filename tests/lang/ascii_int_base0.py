# !a / %a conversions escape non-ASCII characters as ascii() does; int(s, 0)
# reads a literal (no leading zeros).
for v in ['é', 'a\u200bb', '\U0001F600', ['é', ('ü',)], {'ключ': 'значение'}, 'plain', "q'\"", '\x80\xff', '\u0100']:
    print(ascii(v) if False else '', '%a' % (v,), '{!a}'.format(v), f'{v!a}', '%5.3a|' % (v,))
for s in ['0', '00', '0_0', '017', '-017', '0x1F', '0o17', '0b11', ' 10 ', '1_0', '0_1', '09', '+0']:
    try:
        print(repr(s), int(s, 0))
    except ValueError as e:
        print(repr(s), e)
