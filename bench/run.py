#!/usr/bin/python3
"""scopeviz benchmark: wall time and peak RSS per stage, against tfstub.py.

Usage: bench/run.py [--scopeviz PATH] [--sizes 1000,10000,...]
                    [--shapes mlp,flat,...] [--repeat K] [--out FILE.md]

For every shape of gen.py and every size N it generates the script, then
runs (each in a fresh process, one core):
  parse    scopeviz run --parse-only SCRIPT
  run      scopeviz run SCRIPT                 (parse + execute)
  names    scopeviz names SCRIPT               (run + names export)
  json     scopeviz json SCRIPT                (run + JSON export)
  dot      scopeviz dot SCRIPT                 (run + DOT export, collapsed)
  tfstub   python3 tfstub.py SCRIPT            (pure-Python lower bound)
  ast      python3 -c 'ast.parse(...)'         (flat shape only)
Times are the best of --repeat runs (wall clock); RSS is the child's peak
(ru_maxrss, taken through /usr/bin/time). Prints a Markdown table with
every stage's time and peak RSS, then a table of growth (each stage's
time ratio per 10x in N), and writes both to --out.

bench/run.py --targets checks the targets of issue 6 instead and prints
one line per target, MET or NOT MET, with the figures: mlp with 200 000
variables (run speed-up over tfstub, json time, RSS ratio), flat at
10^5 against ast.parse, and a formatting loop at 10^6 and 10^7
iterations (constant memory). Growth is read from the first table.
"""
import argparse
import math
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TFSTUB = os.path.join(os.path.dirname(ROOT), "shared", "bench", "tfstub.py")
PY = "/usr/bin/python3"


# Peak RSS. ru_maxrss of a child from wait4 is not enough on Linux: exec
# records the pre-exec address space's high-water mark in the child's
# maxrss, and subprocess forks (or vforks) from this Python process, so a
# small child reports at least this process's own peak (the "equal RSS at
# small N" artefact). /usr/bin/time forks from a tiny process and reports
# its child's ru_maxrss, which is the script's own peak.
TIME = "/usr/bin/time"


def measure(cmd, repeat):
    best_t, best_rss = None, 0
    fd, rssfile = tempfile.mkstemp(prefix="svbench")
    os.close(fd)
    use_time = os.access(TIME, os.X_OK)
    try:
        for _ in range(repeat):
            full = ([TIME, "-f", "%M", "-o", rssfile] + cmd if use_time
                    else cmd)
            t0 = time.perf_counter()
            p = subprocess.Popen(full, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE)
            _, status, ru = os.wait4(p.pid, 0)
            t = time.perf_counter() - t0
            err = p.stderr.read().decode(errors="replace")
            p.stderr.close()
            code = os.waitstatus_to_exitcode(status)
            if code != 0:
                raise RuntimeError("%s exited %d: %s" % (" ".join(cmd), code,
                                                         err[-500:]))
            if best_t is None or t < best_t:
                best_t = t
            rss = ru.ru_maxrss
            if use_time:
                with open(rssfile) as f:
                    rss = int(f.read().split()[-1])
            best_rss = max(best_rss, rss)
    finally:
        os.unlink(rssfile)
    return best_t, best_rss * 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scopeviz", default=os.path.join(ROOT, "build",
                                                       "scopeviz"))
    ap.add_argument("--sizes", default="1000,10000,100000,1000000")
    ap.add_argument("--shapes", default="mlp,flat,reuse,collision,deep")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-tfstub", action="store_true")
    ap.add_argument("--out")
    ap.add_argument("--targets", action="store_true")
    a = ap.parse_args()
    if a.targets:
        return targets(a)
    sys.path.insert(0, HERE)
    import gen

    rows = []
    hdr = ("| shape | N | parse s | run s | names s | json s | dot s | "
           "run RSS MiB | tfstub s | tfstub RSS MiB | run speed-up | "
           "RSS ratio | ast.parse s | parse RSS MiB | names RSS MiB | "
           "json RSS MiB | dot RSS MiB |")
    times = {}
    rows.append(hdr)
    rows.append("|" + "---|" * (hdr.count("|") - 1))
    sv = a.scopeviz
    with tempfile.TemporaryDirectory() as tmp:
        for shape in a.shapes.split(","):
            for n in [int(x) for x in a.sizes.split(",")]:
                script = os.path.join(tmp, "%s_%d.py" % (shape, n))
                with open(script, "w") as f:
                    f.write(gen.SHAPES[shape](n))
                rep = a.repeat if n <= 100000 else 1
                r = {}
                r["parse"] = measure([sv, "run", "--parse-only", script], rep)
                r["run"] = measure([sv, "run", script], rep)
                for stage in ("names", "json", "dot"):
                    r[stage] = measure([sv, stage, script], rep)
                stub = (None, None)
                if not a.no_tfstub:
                    stub = measure([PY, TFSTUB, script], 1 if n >= 100000
                                   else rep)
                astp = None
                if shape == "flat":
                    astp = measure([PY, "-c", "import ast,sys; "
                                    "ast.parse(open(sys.argv[1]).read())",
                                    script], rep)[0]
                mib = 1024.0 * 1024.0
                row = "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.1f " % (
                    shape, n, r["parse"][0], r["run"][0], r["names"][0],
                    r["json"][0], r["dot"][0], r["run"][1] / mib)
                if stub[0] is not None:
                    row += "| %.3f | %.1f | %.1fx | %.2f " % (
                        stub[0], stub[1] / mib, stub[0] / r["run"][0],
                        r["run"][1] / stub[1])
                else:
                    row += "| - | - | - | - "
                row += "| %s " % ("%.3f" % astp if astp is not None else "-")
                row += "| %.1f | %.1f | %.1f | %.1f |" % tuple(
                    r[s][1] / mib for s in ("parse", "names", "json", "dot"))
                times.setdefault(shape, []).append((n, r))
                rows.append(row)
                print(row, flush=True)
    rows.append("")
    rows.extend(growth(times))
    text = "\n".join(rows) + "\n"
    if a.out:
        with open(a.out, "w") as f:
            f.write(text)
    else:
        print()
        print(text)


STAGES = ("parse", "run", "names", "json", "dot")


def growth(times):
    """Time ratio per 10x in N, per shape and stage, between consecutive
    sizes; a ratio above 15 (superlinear beyond noise) where the larger
    run took over 0.1 s is marked."""
    out = ["| shape | stage | time ratio per 10x N (consecutive sizes) |",
           "|---|---|---|"]
    for shape, runs in times.items():
        for st in STAGES:
            cells = []
            for (n0, r0), (n1, r1) in zip(runs, runs[1:]):
                t0, t1 = r0[st][0], r1[st][0]
                per10 = ((t1 / t0) ** (1.0 / math.log10(n1 / n0))
                         if t0 > 0 else float("inf"))
                flag = " superlinear" if per10 > 15 and t1 > 0.1 else ""
                cells.append("%d->%d x%.1f%s" % (n0, n1, per10, flag))
            out.append("| %s | %s | %s |" % (shape, st, ", ".join(cells)))
    return out


def targets(a):
    """One line per target of issue 6: MET or NOT MET, with figures."""
    sys.path.insert(0, HERE)
    import gen
    sv = a.scopeviz
    rep = max(1, a.repeat)
    mib = 1024.0 * 1024.0
    lines = []

    def say(name, ok, detail):
        line = "%-52s %-8s %s" % (name, "MET" if ok else "NOT MET", detail)
        lines.append(line)
        print(line, flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        mlp = os.path.join(tmp, "mlp_200000.py")
        with open(mlp, "w") as f:
            f.write(gen.SHAPES["mlp"](200000))
        run = measure([sv, "run", mlp], rep)
        js = measure([sv, "json", mlp], rep)
        stub = measure([PY, TFSTUB, mlp], 1)
        say("mlp 200 000 variables: run >= 10x faster than tfstub",
            stub[0] / run[0] >= 10,
            "run %.2f s, tfstub %.2f s: %.1fx" % (run[0], stub[0],
                                                 stub[0] / run[0]))
        say("mlp 200 000 variables: json (run + export) < 1 s",
            js[0] < 1.0, "json %.2f s" % js[0])
        say("mlp 200 000 variables: peak RSS <= 0.5x tfstub",
            run[1] <= 0.5 * stub[1],
            "run %.0f MiB (%.0f B per variable), tfstub %.0f MiB: %.2fx" % (
                run[1] / mib, run[1] / 200000.0, stub[1] / mib,
                run[1] / stub[1]))
        flat = os.path.join(tmp, "flat_100000.py")
        with open(flat, "w") as f:
            f.write(gen.SHAPES["flat"](100000))
        fr = measure([sv, "run", flat], rep)
        fa = measure([PY, "-c", "import ast,sys; "
                      "ast.parse(open(sys.argv[1]).read())", flat], rep)
        say("flat 10^5: run faster than ast.parse", fr[0] < fa[0],
            "run %.2f s, ast.parse %.2f s" % (fr[0], fa[0]))
        rss = []
        for iters in (1000000, 10000000):
            loop = os.path.join(tmp, "loop_%d.py" % iters)
            with open(loop, "w") as f:
                f.write('for i in range(%d):\n    s = "layer_%%d" %% i\n'
                        '    l = [s, s]\nprint(s, len(l))\n' % iters)
            rss.append(measure([sv, "run", loop], 1)[1])
        say("formatting loop 10^7 iterations: constant memory",
            rss[1] <= rss[0] * 1.1 + 1024 * 1024,
            "peak RSS %.1f MiB at 10^6, %.1f MiB at 10^7" % (
                rss[0] / mib, rss[1] / mib))
    if a.out:
        with open(a.out, "w") as f:
            f.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    main()
