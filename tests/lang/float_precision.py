# Float formatting at any precision (script-language.md section 2, str
# formatting): no fixed buffer cuts the digits short, format(x, '.100')
# (no type, scientific test on 100 digits) and '#' forms as CPython.
for spec in ['.100', '.30', '.17', '.16', '.5', '.1', '.0', '', '.100g', '.100e', '.400f', '.10000f', '#.50', '+.60', '.3%', '.50%', '20.3', '.100n']:
    for v in [1.5, 1e300, 1e-300, 123456789.125, 0.1, -2.5e-7, 1e16, 12345.0, 0.0, -0.0]:
        s = format(v, spec)
        print(spec, v, len(s), s[:60], s[-30:])
for p in [0, 1, 17, 50, 300, 301, 500, 10000]:
    for c in 'eEfFgG':
        for v in [1.5, 1e300, -1e-300, 2.0 ** 0.5]:
            s = ('%.' + str(p) + c) % v
            print(p, c, len(s), s[:40], s[-30:])
    s = '%#.*g' % (p, 1.0)
    print(len(s), s[:50])
print(format(float('inf'), '.500'), format(float('nan'), '.500E'), '%.900F' % float('-inf'))
print('%.300f' % 1e300 == format(1e300, '.300f'), len('%.300f' % 1e300))
for v in [1e20, 1.5e20, 1e-20, 123.0, 1e16, 0.5]:
    for spec in ['#.1', '#.2', '#.5', '#', '#.30', '#10.3', '#.0']:
        print(spec, v, format(v, spec))
