#!/usr/bin/python3
"""Random TF scripts that reach under variables' scopes, run with and
without compact variables and variable templates (SCOPEVIZ_NO_COMPACT=1)
through `scopeviz run`, `scopeviz json --internal-ops` (every field of
every op record, stamped ones included) and `scopeviz dot` (which draws
stamped variables without building their records); any difference in output,
diagnostics or exit status is a bug of the devices.

Usage: tests/tools/compact_diff.py SCOPEVIZ SEED COUNT
Prints each differing script and the number of differences; exit 1 if
there is one.
"""
import os
import random
import subprocess
import sys
import tempfile

INITS = ["", ", initializer=tf.zeros_initializer()",
         ", initializer=tf.ones_initializer()",
         ", initializer=tf.constant_initializer(2.0)",
         ", initializer=tf.random_normal_initializer()",
         ", initializer=tf.truncated_normal_initializer()",
         ", initializer=tf.glorot_normal_initializer()"]


LEAVES = ["w", "b", "v", "W", "layer", "x"]
INSIDE = ["read", "Assign", "Initializer", "Initializer/random_uniform",
          "Initializer/random_uniform/shape", "Initializer/zeros",
          "Initializer/Const", "Initializer/random_normal/mean",
          "Initializer/truncated_normal", "read/x", "Assign_1"]


class Gen:
    """Phase 1 makes variables in variable and name scopes (no name with
    '/', so the variables stay compact); phase 2 reaches under them by
    names that join a variable's full name (as the script can guess it)
    and one of its internal names, by re-entering its scope, or by
    unique_name."""

    def __init__(self, r):
        self.r = r
        self.vars = []  # guessed full names of variables made

    def leaf(self):
        return self.r.choice(LEAVES)

    def reach(self):
        r = self.r
        if not self.vars or r.random() < 0.2:
            return self.leaf()
        v = r.choice(self.vars)
        if r.random() < 0.5:
            v = v.upper() if r.random() < 0.2 else v
        return v + "/" + r.choice(INSIDE)

    def make(self, depth, vs):
        r, pad = self.r, "    " * depth
        n = self.leaf()
        self.vars.append("/".join(vs + [n]))
        return [pad + 'print(tf.get_variable("%s", [%d]%s).name)' % (
            n, r.randint(1, 3), r.choice(INITS))]

    def phase1(self, depth, vs):
        r, pad, out = self.r, "    " * depth, []
        for _ in range(r.randint(1, 4)):
            k = r.randrange(6)
            if k <= 1:
                out += self.make(depth, vs)
            elif k == 2 and depth < 3:
                n = self.leaf()
                out += [pad + 'with tf.variable_scope("%s"%s):' % (
                    n, r.choice(["", ", reuse=tf.AUTO_REUSE"]))]
                out += self.phase1(depth + 1, vs + [n])
            elif k == 3 and depth < 3:
                out += [pad + 'with tf.name_scope("%s"):' % self.leaf()]
                out += self.phase1(depth + 1, vs)
            elif k == 4:
                out += [pad + 'print(tf.add(1.0, 2.0, name="%s").name)' %
                        self.leaf()]
            else:
                out += [pad + 'print(tf.Variable(1.0, name="%s").name)' %
                        self.leaf()]
        return out

    def phase2(self, depth):
        r, pad, out = self.r, "    " * depth, []
        for _ in range(r.randint(1, 4)):
            k = r.randrange(9)
            if k == 8:
                # a scope re-entered before its variable exists, looked
                # up under, then the variable made (at the root variable
                # scope, so V is the scope's text) and reached into
                n = self.leaf()
                out += [pad + 'with tf.name_scope("%s/"):' % n,
                        pad + '    print(g.unique_name("x", '
                        'mark_as_used=False))',
                        pad + '    print(tf.get_variable("%s", [1]).name)' % n,
                        pad + '    print(tf.constant(1.0, name="%s").op.name)'
                        % r.choice(INSIDE)]
                self.vars.append(n)
            elif k == 0:
                out += [pad + 'print(tf.constant(1.0, name="%s").op.name)'
                        % self.reach()]
            elif k == 1:
                out += [pad + 'print(g.unique_name("%s", mark_as_used=%s))'
                        % (self.reach(), r.choice(["True", "False"]))]
            elif k == 2 and depth < 3:
                out += [pad + 'with tf.name_scope("%s/"):' % self.reach()]
                out += self.phase2(depth + 1)
            elif k == 3 and depth < 3:
                out += [pad + 'with tf.name_scope("%s"):' % self.reach()]
                out += self.phase2(depth + 1)
            elif k == 4:
                out += [pad + 'print(tf.Variable(1.0, name="%s").name)' %
                        self.reach()]
            elif k == 5:
                out += self.make(depth, [])
            elif k == 6:
                out += [pad + 'print(tf.zeros([2], name="%s").name)' %
                        self.reach()]
            else:
                out += [pad + 'print([o.name for o in '
                        'g.get_operations()][-4:])']
        return out


def script(r):
    gen = Gen(r)
    lines = ["import tensorflow as tf", "g = tf.get_default_graph()"]
    for phase in (gen.phase1, gen.phase1, gen.phase2, gen.phase2):
        body = phase(0, []) if phase == gen.phase1 else phase(0)
        lines += ["try:"] + ["    " + s for s in body] + [
            "except ValueError as e:", "    print('ValueError', e)"]
    return "\n".join(lines) + "\n"


def run(sv, path, env):
    out = ()
    for cmd in (["run"], ["json", "--internal-ops"], ["dot"]):
        p = subprocess.run([sv] + cmd + [path], capture_output=True, env=env)
        out += (p.returncode, p.stdout, p.stderr)
    return out


def main():
    sv, seed, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    r = random.Random(seed)
    plain = dict(os.environ, SCOPEVIZ_NO_COMPACT="1")
    diffs = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "s.py")
        for i in range(count):
            text = script(r)
            with open(path, "w") as f:
                f.write(text)
            a = run(sv, path, os.environ)
            b = run(sv, path, plain)
            if a != b:
                diffs += 1
                print("=== difference in script %d:\n%s" % (i, text))
                print("compact:", a[0], a[1].decode()[-600:])
                print("plain:  ", b[0], b[1].decode()[-600:])
    print("%d scripts, %d differences" % (count, diffs))
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
