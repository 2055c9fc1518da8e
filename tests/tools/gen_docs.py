#!/usr/bin/python3
# Regenerates every generated part of docs/ from the samples, with
# scopeviz itself:
#
#   * blocks between "<!-- gen:KIND ARGS -->" and "<!-- /gen -->" in
#     docs/*.md (the text around them is left alone);
#   * the pictures named by "gen:render" blocks (docs/img/...).
#
# Block kinds (paths are relative to the repository root):
#
#   gen:script SAMPLE              the script, as a python code block
#   gen:run SAMPLE                 `scopeviz run SAMPLE`: stdout, then
#                                  stderr, then the exit status if not 0
#   gen:names SAMPLE               `scopeviz names SAMPLE`
#   gen:explain SAMPLE SEL...      an excerpt of `scopeviz explain SAMPLE`:
#                                  SEL is N (every block of source line N,
#                                  one per loop iteration), N#K (the K-th
#                                  block of line N), "end" (the end: line)
#                                  or "noops" (drop the long "ops:" lines)
#   gen:render SAMPLE IMG [OPT...] `scopeviz render SAMPLE -o docs/IMG OPT...`
#                                  and an image link to IMG
#
# Usage:
#   gen_docs.py --scopeviz BIN [--root DIR]           rewrite DIR/docs
#   gen_docs.py --scopeviz BIN [--root DIR] --check   regenerate into a
#       temporary directory, compare with DIR/docs; exit 1 and list every
#       stale file (with a diff for text) when anything differs, or when
#       docs/img holds a picture that no gen:render block produces.
#
# scopeviz always runs with the repository root as working directory and
# relative sample paths, so file names printed in outputs and diagram
# titles do not depend on where the repository lives.
import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

BEGIN = re.compile(r"^<!-- gen:(\w+) (.*?) -->\n$")
END = "<!-- /gen -->\n"
PICTURE_EXT = (".svg", ".png", ".pdf")


class GenError(Exception):
    pass


def run_scopeviz(ctx, args, ok=(0,)):
    proc = subprocess.run([ctx.scopeviz] + args, cwd=ctx.root,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=ctx.env)
    if proc.returncode not in ok:
        raise GenError("scopeviz %s: exit status %d\n%s"
                       % (" ".join(args), proc.returncode,
                          proc.stderr.decode("utf-8", "replace")))
    return (proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"),
            proc.returncode)


def check_sample(ctx, path):
    if not os.path.isfile(os.path.join(ctx.root, path)):
        raise GenError("no such sample: %s" % path)


def fence(lang, text):
    if text and not text.endswith("\n"):
        text += "\n"
    return "```%s\n%s```\n" % (lang, text)


def gen_script(ctx, args):
    if len(args) != 1:
        raise GenError("gen:script takes one path")
    check_sample(ctx, args[0])
    with open(os.path.join(ctx.root, args[0]), encoding="utf-8") as f:
        return fence("python", f.read())


def gen_run(ctx, args):
    if len(args) != 1:
        raise GenError("gen:run takes one path")
    check_sample(ctx, args[0])
    out, err, rc = run_scopeviz(ctx, ["run", args[0]], ok=(0, 1))
    text = "$ scopeviz run %s\n%s%s" % (args[0], out, err)
    if rc != 0:
        text += "(exit status %d)\n" % rc
    return fence("text", text)


def gen_names(ctx, args):
    if len(args) != 1:
        raise GenError("gen:names takes one path")
    check_sample(ctx, args[0])
    out, _, _ = run_scopeviz(ctx, ["names", args[0]], ok=(0, 1))
    return fence("text", "$ scopeviz names %s\n%s" % (args[0], out))


def explain_blocks(text):
    """Splits explain output into (source line or None, lines) blocks."""
    blocks = []
    cur = []
    for line in text.split("\n"):
        if line == "":
            if cur:
                blocks.append(cur)
                cur = []
            continue
        cur.append(line)
    if cur:
        blocks.append(cur)
    result = []
    for b in blocks:
        m = re.match(r"^line (\d+): ", b[0])
        if m:
            result.append((int(m.group(1)), b))
        elif b[0].startswith("end: "):
            result.append(("end", b))
        else:
            result.append((None, b))
    return result


def gen_explain(ctx, args):
    if len(args) < 2:
        raise GenError("gen:explain takes a path and selectors")
    path = args[0]
    check_sample(ctx, path)
    out, _, _ = run_scopeviz(ctx, ["explain", path], ok=(0, 1))
    blocks = explain_blocks(out)
    noops = False
    chosen = []
    for sel in args[1:]:
        if sel == "noops":
            noops = True
            continue
        if sel == "end":
            picked = [b for key, b in blocks if key == "end"]
        else:
            m = re.match(r"^(\d+)(?:#(\d+))?$", sel)
            if not m:
                raise GenError("bad explain selector %r" % sel)
            found = [b for key, b in blocks if key == int(m.group(1))]
            if m.group(2):
                k = int(m.group(2))
                found = found[k - 1:k] if 1 <= k <= len(found) else []
            picked = found
        if not picked:
            raise GenError("%s: explain has no block for %r" % (path, sel))
        chosen.extend(picked)
    lines = ["$ scopeviz explain %s   (excerpt)" % path, ""]
    dropped = False
    for i, b in enumerate(chosen):
        if i > 0:
            lines.append("")
        for line in b:
            if noops and line.startswith("    ops: "):
                dropped = True
                continue
            lines.append(line)
    if dropped:
        lines.append("")
        lines.append("(the long \"ops:\" lists are left out here)")
    return fence("text", "\n".join(lines) + "\n")


def gen_render(ctx, args):
    if len(args) < 2:
        raise GenError("gen:render takes a path and an image")
    path, img = args[0], args[1]
    check_sample(ctx, path)
    if not img.startswith("img/") or not img.endswith(PICTURE_EXT) \
            or ".." in img.split("/"):
        raise GenError("gen:render image must be img/...svg|png|pdf: %r"
                       % img)
    target = os.path.join(ctx.out_docs, img)
    if target in ctx.pictures:
        raise GenError("picture %s produced twice" % img)
    ctx.pictures.add(target)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    # A script that stops on an error still renders its partial model
    # (exit status 1).
    run_scopeviz(ctx, ["render", path, "-o", target] + args[2:],
                 ok=(0, 1))
    cmd = " ".join(["scopeviz render", path] + args[2:])
    return "![%s](%s)\n" % (cmd, img)


KINDS = {
    "script": gen_script,
    "run": gen_run,
    "names": gen_names,
    "explain": gen_explain,
    "render": gen_render,
}


def process_markdown(ctx, src_path, name):
    with open(src_path, encoding="utf-8") as f:
        lines = f.readlines()
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        m = BEGIN.match(line)
        if not m:
            if line.startswith("<!-- gen:") or line == END:
                raise GenError("%s:%d: malformed gen marker" % (name, i + 1))
            out.append(line)
            i += 1
            continue
        kind, argtext = m.group(1), m.group(2)
        if kind not in KINDS:
            raise GenError("%s:%d: unknown block kind %r"
                           % (name, i + 1, kind))
        j = i + 1
        while j < len(lines) and lines[j] != END:
            if BEGIN.match(lines[j]):
                raise GenError("%s:%d: gen block not closed" % (name, i + 1))
            j += 1
        if j == len(lines):
            raise GenError("%s:%d: gen block not closed" % (name, i + 1))
        try:
            body = KINDS[kind](ctx, argtext.split())
        except GenError as e:
            raise GenError("%s:%d: %s" % (name, i + 1, e))
        out.append(line)
        out.append(body)
        out.append(END)
        i = j + 1
    return "".join(out)


class Ctx:
    def __init__(self, root, scopeviz, out_docs):
        self.root = root
        self.scopeviz = scopeviz
        self.out_docs = out_docs
        self.pictures = set()
        env = dict(os.environ)
        # Never let a golden-update switch leak into generation.
        env.pop("SCOPEVIZ_UPDATE_GOLDEN", None)
        self.env = env


def markdown_files(docs):
    return sorted(n for n in os.listdir(docs)
                  if n.endswith(".md") and os.path.isfile(
                      os.path.join(docs, n)))


def generate(root, scopeviz, out_docs):
    """Writes every generated file under out_docs; returns the list of
    generated markdown names and the set of picture paths."""
    docs = os.path.join(root, "docs")
    ctx = Ctx(root, scopeviz, out_docs)
    written = []
    for name in markdown_files(docs):
        src = os.path.join(docs, name)
        with open(src, encoding="utf-8") as f:
            if "<!-- gen:" not in f.read():
                continue
        text = process_markdown(ctx, src, name)
        with open(os.path.join(out_docs, name), "w", encoding="utf-8") as f:
            f.write(text)
        written.append(name)
    return written, ctx.pictures


def pictures_in(img_root):
    found = []
    for dirpath, dirnames, filenames in os.walk(img_root):
        dirnames.sort()
        for fn in sorted(filenames):
            if fn.endswith(PICTURE_EXT):
                found.append(os.path.join(dirpath, fn))
    return found


def check(root, scopeviz):
    docs = os.path.join(root, "docs")
    stale = []
    with tempfile.TemporaryDirectory(prefix="sv-docs-") as tmp:
        written, pictures = generate(root, scopeviz, tmp)
        for name in written:
            with open(os.path.join(docs, name), encoding="utf-8") as f:
                have = f.read()
            with open(os.path.join(tmp, name), encoding="utf-8") as f:
                want = f.read()
            if have != want:
                stale.append("docs/%s" % name)
                sys.stdout.writelines(difflib.unified_diff(
                    have.splitlines(True), want.splitlines(True),
                    "docs/%s" % name, "docs/%s (regenerated)" % name))
        for pic in sorted(pictures):
            rel = os.path.relpath(pic, tmp)
            committed = os.path.join(docs, rel)
            with open(pic, "rb") as f:
                want = f.read()
            try:
                with open(committed, "rb") as f:
                    have = f.read()
            except OSError:
                have = None
            if have != want:
                stale.append("docs/%s" % rel)
                print("stale picture: docs/%s%s"
                      % (rel, " (missing)" if have is None else ""))
        produced = set(os.path.relpath(p, tmp) for p in pictures)
        for pic in pictures_in(os.path.join(docs, "img")):
            rel = os.path.relpath(pic, docs)
            if rel not in produced:
                stale.append("docs/%s" % rel)
                print("picture produced by no gen:render block: docs/%s"
                      % rel)
    if stale:
        print("%d generated file(s) out of date: %s"
              % (len(stale), ", ".join(stale)))
        print("regenerate with: scripts/gen-docs.sh")
        return 1
    print("docs are current (%d markdown file(s), %d picture(s))"
          % (len(written), len(pictures)))
    return 0


def update(root, scopeviz):
    docs = os.path.join(root, "docs")
    with tempfile.TemporaryDirectory(prefix="sv-docs-") as tmp:
        written, pictures = generate(root, scopeviz, tmp)
        # Everything generated first; only then replace the files.
        for name in written:
            shutil.copyfile(os.path.join(tmp, name),
                            os.path.join(docs, name))
        for pic in sorted(pictures):
            rel = os.path.relpath(pic, tmp)
            os.makedirs(os.path.dirname(os.path.join(docs, rel)),
                        exist_ok=True)
            shutil.copyfile(pic, os.path.join(docs, rel))
        produced = set(os.path.relpath(p, tmp) for p in pictures)
    for pic in pictures_in(os.path.join(docs, "img")):
        rel = os.path.relpath(pic, docs)
        if rel not in produced:
            print("warning: docs/%s is produced by no gen:render block"
                  % rel, file=sys.stderr)
    print("regenerated %d markdown file(s) and %d picture(s)"
          % (len(written), len(pictures)))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--scopeviz", required=True)
    ap.add_argument("--root", default=os.path.normpath(
        os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")))
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    root = os.path.abspath(a.root)
    scopeviz = os.path.abspath(a.scopeviz)
    try:
        return check(root, scopeviz) if a.check else update(root, scopeviz)
    except (GenError, OSError, UnicodeDecodeError) as e:
        print("gen_docs: %s" % e, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
