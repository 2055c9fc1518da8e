#!/usr/bin/python3
# Re-runs CPython (/usr/bin/python3) on every tests/lang/*.py script and
# reports any expectation (.out stdout, .err last stderr line, .status exit
# status) that differs. Exit 1 on a difference. --update rewrites them.
# Run with /usr/bin/python3 (CPython 3.11, the reference).
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PY = "/usr/bin/python3"


def expect(script):
    p = subprocess.run([PY, script], capture_output=True, cwd=HERE)
    err = p.stderr.decode("utf-8").rstrip("\n").split("\n")
    last = err[-1] + "\n" if err and err[-1] else ""
    return {"out": p.stdout.decode("utf-8"), "err": last,
            "status": "%d\n" % p.returncode}


def main():
    update = "--update" in sys.argv
    bad = 0
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".py") or name == "recheck.py":
            continue
        base = os.path.join(HERE, name[:-3])
        got = expect(name)
        for ext, text in got.items():
            path = base + "." + ext
            if update:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
                continue
            try:
                with open(path, encoding="utf-8") as f:
                    old = f.read()
            except OSError:
                old = None
            if old != text:
                print("%s.%s differs from CPython" % (name[:-3], ext))
                bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
