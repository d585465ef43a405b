#!/bin/bash
B=/tmp/s52/base/tests/HiringKit.Benchmarks/bin/Release/net10.0/HiringKit.Benchmarks
C=/tmp/s52/cand1/tests/HiringKit.Benchmarks/bin/Release/net10.0/HiringKit.Benchmarks
for f in "$@"; do
  b=$($B --explain "$f"); c=$($C --explain "$f")
  if [ "$b" == "$c" ]; then echo "SAME  $(echo "$b"|head -1)"; else echo "DIFF"; echo " B: $(echo "$b"|head -1)"; echo " C: $(echo "$c"|head -1)"; diff <(echo "$b") <(echo "$c") | grep -E '^[<>]' | cut -c1-230; fi
done
