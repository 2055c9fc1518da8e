#!/bin/sh
# Usage: cluster_order.sh SCOPEVIZ SCRIPT — the top-level clusters of the
# default diagram must be m/, z/, n/ (creation order, ops hidden).
set -u
got=$("$1" dot "$2" | grep -o '<B>[a-z]/<' | tr -d '<>B' | tr '\n' ' ')
[ "$got" = "m/ z/ n/ " ] || { echo "cluster order: got '$got', want 'm/ z/ n/ '"; exit 1; }
