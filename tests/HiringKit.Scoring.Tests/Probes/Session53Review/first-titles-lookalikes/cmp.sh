#!/bin/bash
# usage: cmp.sh files...
B=/tmp/s53/base/tests/HiringKit.Benchmarks/bin/Release/net10.0/HiringKit.Benchmarks
C=/tmp/s53/cand/tests/HiringKit.Benchmarks/bin/Release/net10.0/HiringKit.Benchmarks
mkdir -p out
for f in "$@"; do
  n=$(basename $f .txt)
  $B --explain $f > out/$n.base 2>&1
  $C --explain $f > out/$n.cand 2>&1
  if cmp -s out/$n.base out/$n.cand; then echo "SAME $n: $(head -1 out/$n.base)"; else echo "DIFF $n"; echo "  B: $(head -1 out/$n.base)"; echo "  C: $(head -1 out/$n.cand)"; diff out/$n.base out/$n.cand | grep '^[<>]' | grep -v '^. *level evidence' | cut -c1-260 | sed 's/^/    /'; fi
done
