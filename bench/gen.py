#!/usr/bin/python3
"""Generate TF1 benchmark scripts for scopeviz (issue: performance at scale).

Usage: gen.py SHAPE N OUT.py
Shapes (N = number of variables, or get_variable calls for `reuse`):
  mlp        loop-built MLP: N/2 variable scopes, each with w and b
  flat       the same model unrolled into a flat script (parse-heavy)
  reuse      one tower of 100 layers, re-entered with reuse=True
  collision  tf.Variables and name_scopes sharing one name (long _N runs)
  deep       variable scopes nested 200 levels deep, a variable at every level
The scripts use only what ../shared/bench/tfstub.py also implements, so
both tools run the same file.
"""
import sys

HEADER = "import tensorflow as tf\n\nx = tf.placeholder(tf.float32, [None, 10])\n"


def mlp(n):
    return HEADER + (
        "for i in range(%d):\n"
        "    with tf.variable_scope(\"layer%%d\" %% i):\n"
        "        w = tf.get_variable(\"w\", [10, 10])\n"
        "        b = tf.get_variable(\"b\", [10])\n"
        "        x = tf.nn.relu(tf.matmul(x, w) + b)\n"
        "print(len(tf.global_variables()))\n" % (n // 2))


def flat(n):
    out = [HEADER]
    for i in range(n // 2):
        out.append(
            "with tf.variable_scope(\"layer%d\"):\n"
            "    w = tf.get_variable(\"w\", [10, 10])\n"
            "    b = tf.get_variable(\"b\", [10])\n"
            "    x = tf.nn.relu(tf.matmul(x, w) + b)\n" % i)
    out.append("print(len(tf.global_variables()))\n")
    return "".join(out)


def reuse(n):
    layers = 100
    towers = max(1, n // layers)
    return HEADER + (
        "def tower(x):\n"
        "    for j in range(%d):\n"
        "        with tf.variable_scope(\"l%%d\" %% j):\n"
        "            w = tf.get_variable(\"w\", [10, 10])\n"
        "            x = tf.matmul(x, w)\n"
        "    return x\n"
        "with tf.variable_scope(\"tower\"):\n"
        "    y = tower(x)\n"
        "for t in range(%d):\n"
        "    with tf.variable_scope(\"tower\", reuse=True):\n"
        "        y = tower(x)\n"
        "print(len(tf.global_variables()))\n" % (layers, towers - 1))


def collision(n):
    return HEADER + (
        "for i in range(%d):\n"
        "    with tf.name_scope(\"block\"):\n"
        "        v = tf.Variable(tf.zeros([2]), name=\"v\")\n"
        "    u = tf.Variable(tf.zeros([2]), name=\"v\")\n"
        "print(len(tf.global_variables()))\n" % (n // 2))


def deep(n):
    depth = 200
    return HEADER + (
        "def deep(d):\n"
        "    if d == 0:\n"
        "        return\n"
        "    with tf.variable_scope(\"s\"):\n"
        "        tf.get_variable(\"w\", [1])\n"
        "        deep(d - 1)\n"
        "for i in range(%d):\n"
        "    with tf.variable_scope(\"root%%d\" %% i):\n"
        "        deep(%d)\n"
        "print(len(tf.global_variables()))\n" % (max(1, n // depth), depth))


SHAPES = {"mlp": mlp, "flat": flat, "reuse": reuse, "collision": collision,
          "deep": deep}

if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in SHAPES:
        sys.exit(__doc__)
    with open(sys.argv[3], "w") as f:
        f.write(SHAPES[sys.argv[1]](int(sys.argv[2])))
