#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Validates scopeviz JSON against docs/scopeviz-model.schema.json: every
# *.json file found under the given paths, and, with --scopeviz, the fresh
# `scopeviz json` output of every *.py script found there. Also checks
# that the output is strict JSON (no NaN/Infinity) and valid UTF-8.
# Exit 0 when everything validates, 1 otherwise.
import argparse
import json
import os
import subprocess
import sys

import jsonschema


def reject_constant(name):
    raise ValueError("non-standard JSON constant %s" % name)


def load_strict(data, what):
    text = data.decode("utf-8")  # raises on invalid UTF-8
    return json.loads(text, parse_constant=reject_constant)


def walk(paths, suffix):
    for p in paths:
        if os.path.isfile(p):
            if p.endswith(suffix):
                yield p
            continue
        for root, dirs, files in os.walk(p):
            dirs.sort()
            for f in sorted(files):
                if f.endswith(suffix):
                    yield os.path.join(root, f)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--schema", required=True)
    ap.add_argument("--scopeviz")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    with open(args.schema, "rb") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)
    # The schema must be able to say no: a document with a wrong format
    # tag, a non-integer id and an unknown member is rejected.
    bad = {"format": "other", "version": 1, "source": "x.py",
           "outcome": {"end": "ok", "type": None, "message": None,
                       "loc": None, "graph": None, "error": None},
           "graphs": [], "extra": 1}
    if validator.is_valid(bad):
        print("FAIL schema accepts an invalid document")
        return 1
    failures = 0
    checked = 0

    def check(data, what):
        nonlocal failures, checked
        checked += 1
        try:
            doc = load_strict(data, what)
        except ValueError as e:
            print("FAIL %s: not strict JSON: %s" % (what, e))
            failures += 1
            return
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        for e in errors[:5]:
            print("FAIL %s: %s at %s" % (what, e.message, list(e.path)))
        if errors:
            failures += 1
        else:
            print("ok   %s" % what)

    for path in walk(args.paths, ".json"):
        with open(path, "rb") as f:
            check(f.read(), path)
    if args.scopeviz:
        for path in walk(args.paths, ".py"):
            r = subprocess.run([args.scopeviz, "json", path],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            # 0 ok, 1 exception, 3 limit: a (partial) model is exported.
            if r.returncode not in (0, 1, 3):
                if r.returncode == 2 and not r.stdout:
                    print("skip %s: rejected (exit 2)" % path)
                    continue
                print("FAIL %s: scopeviz json exited %d: %s"
                      % (path, r.returncode, r.stderr.decode(errors="replace")))
                failures += 1
                continue
            check(r.stdout, "scopeviz json " + path)
    print("%d checked, %d failed" % (checked, failures))
    return 1 if failures or not checked else 0


if __name__ == "__main__":
    sys.exit(main())
