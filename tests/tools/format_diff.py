#!/usr/bin/python3
# Differential check of str formatting against CPython: draws random format
# specs and %-conversions (fills, alignments, signs, '#', '0', widths,
# grouping, precisions, types) over ints, floats, bools and strs, runs the
# same script under /usr/bin/python3 and scopeviz, and prints every case
# whose result differs (results that need integers past 64 bits are
# skipped: scopeviz ints are 64-bit). tests/lang/format_random.py holds
# seeds 1-3 as a regression test.
#   /usr/bin/python3 tests/tools/format_diff.py build/scopeviz [FIRST_SEED [N]]
import random
import subprocess
import sys
import tempfile

VALS = ['0', '1', '-1', '7', '-42', '255', '1234567', '-9876543', '2**40',
        '0.0', '-0.0', '1.5', '-2.5', '0.125', '1e-7', '3.14159', '1e16',
        '1e22', '-1e-300', '123456.789', "float('inf')", "float('nan')",
        "float('-inf')", 'True', 'False', "'abc'", "'é'", "''", "'x'*3",
        '2.675', '0.5', '9.99', '1e300']


def spec(r):
    s = ''
    if r.random() < 0.3:
        s += r.choice(['', '*', '0', 'x', ' ', '_']) + r.choice('<>^=')
    if r.random() < 0.3:
        s += r.choice('+- ')
    if r.random() < 0.2:
        s += '#'
    if r.random() < 0.2:
        s += '0'
    if r.random() < 0.5:
        s += str(r.choice([0, 1, 2, 5, 8, 12, 20]))
    if r.random() < 0.2:
        s += r.choice(',_')
    if r.random() < 0.5:
        s += '.' + str(r.choice([0, 1, 2, 3, 6, 10, 17, 25]))
    if r.random() < 0.7:
        s += r.choice('bcdeEfFgGnosxX%')
    return s


def pct(r):
    s = '%'
    if r.random() < 0.4:
        s += ''.join(r.sample('-+ #0', r.randint(1, 3)))
    if r.random() < 0.5:
        s += str(r.choice([0, 1, 3, 8, 12]))
    if r.random() < 0.4:
        s += '.' + str(r.choice([0, 1, 2, 5, 10]))
    return s + r.choice('sdioxXeEfFgGcr%a')


def cases(seed, n=400):
    r = random.Random(seed)
    out = []
    for _ in range(n):
        v = r.choice(VALS)
        if r.random() < 0.6:
            out.append('format(%s, %r)' % (v, spec(r)))
        else:
            out.append('%r %% (%s,)' % (pct(r), v))
    return out


def script(exprs):
    return ''.join('try:\n    print(%d, repr(%s))\nexcept Exception as ex:\n'
                   '    print(%d, type(ex).__name__, ex)\n' % (i, e, i)
                   for i, e in enumerate(exprs))


def run(cmd, path):
    p = subprocess.run(cmd + [path], capture_output=True)
    return p.stdout.decode('utf-8', 'backslashreplace').split('\n')


def main():
    scopeviz = sys.argv[1]
    first = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    bad = 0
    for seed in range(first, first + n):
        exprs = cases(seed)
        with tempfile.NamedTemporaryFile('w', suffix='.py') as f:
            f.write(script(exprs))
            f.flush()
            a = run(['/usr/bin/python3'], f.name)
            b = run([scopeviz, 'run'], f.name)
        for x, y in zip(a, b):
            if x != y and 'integer overflow' not in y:
                bad += 1
                i = int(x.split()[0])
                print('seed %d: %s\n   python: %s\n   scopeviz: %s'
                      % (seed, exprs[i], x, y))
    print('%d differences in %d cases' % (bad, 400 * n))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
