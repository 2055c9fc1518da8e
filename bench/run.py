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
(ru_maxrss, taken through /usr/bin/time). Prints a Markdown table
(and writes it to --out).
"""
import argparse
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
    a = ap.parse_args()
    sys.path.insert(0, HERE)
    import gen

    rows = []
    hdr = ("| shape | N | parse s | run s | names s | json s | dot s | "
           "run RSS MiB | tfstub s | tfstub RSS MiB | run speed-up | "
           "RSS ratio | ast.parse s |")
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
                row += "| %s |" % ("%.3f" % astp if astp is not None else "-")
                rows.append(row)
                print(row, flush=True)
    text = "\n".join(rows) + "\n"
    if a.out:
        with open(a.out, "w") as f:
            f.write(text)
    else:
        print()
        print(text)


if __name__ == "__main__":
    main()
