# Format-spec digit grouping as CPython 3.11 (PEP 378 / 515): ',' and '_'
# with the types that allow them, '_' every four digits in b/o/x/X, zero
# padding that grows the grouped digits, the 'Cannot specify' errors; and
# '%5%' (a '%' conversion with flags or width is an error).
cases = []
for w in range(4, 12):
    for spec, v in [('0%d,d', 1234), ('0%d_b', 1234), ('0%d,.1f', -1234.5), ('#0%d_x', 5), ('0=%d,', 1234), ('x=%d,', 1234), ('0%d,', 0), ('+0%d_', 7), ('0%d,.2%%', 12.5), ('0%d,e', 12345.0), ('0%d,g', 1234567.0)]:
        cases.append((spec % w, v))
for spec in ['_n', ',n', '_c', ',s', ',', '_', '_%', '_g', '_e', '_f', ',.2f', '_x', '#_o', ',x', ',b', '_X', '#_b', '_o', ',c', '_s', ',%', '_e', ',d', '_d']:
    for v in [1234567, 1234.5, 'ab', -255, True, 0]:
        cases.append((spec, v))
for spec, v in cases:
    try:
        print(spec, repr(v), repr(format(v, spec)), repr(('{:' + spec + '}').format(v)))
    except Exception as ex:
        print(spec, repr(v), type(ex).__name__, ex)
for f, a in [('%5%', (1,)), ('%%', ()), ('%-5%|', (1,)), ('%.2%', ()), ('%.2%', (1,)), ('%(x)%', {'x': 1}), ('% %', ()), ('%0%', ()), ('a%%b%s', (1,))]:
    try:
        print(repr(f), repr(f % a))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
for v in [float('inf'), float('-nan'), float('-inf'), 0.0, -0.0, 1e22, 123.0]:
    for spec in [',', '010,', '_', '012_.2f', ',.0f', '0=12,g', '>12,', ',.3%']:
        print(spec, repr(v), repr(format(v, spec)))
print(repr(f'{1234567:,}'), repr(f'{1234567:_x}'), repr('%s' % format(10**6, ',')))
