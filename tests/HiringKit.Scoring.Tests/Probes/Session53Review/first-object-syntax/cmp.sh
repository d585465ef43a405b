#!/bin/bash
B=/tmp/s53/base/tests/HiringKit.Benchmarks/bin/Release/net10.0/HiringKit.Benchmarks
C=/tmp/s53/cand/tests/HiringKit.Benchmarks/bin/Release/net10.0/HiringKit.Benchmarks
cd /tmp/s53/review-c
for f in "$@"; do
  $B --explain $f > out/$(basename $f).base 2>&1
  $C --explain $f > out/$(basename $f).cand 2>&1
  if ! diff -q out/$(basename $f).base out/$(basename $f).cand >/dev/null; then
    echo "### $f"; head -1 out/$(basename $f).base; head -1 out/$(basename $f).cand
    diff <(grep -v '^  role\|level evidence' out/$(basename $f).base) <(grep -v '^  role\|level evidence' out/$(basename $f).cand) | grep '^[<>]' | grep -v ': [0-9]* \(none\|weak\|moderate\|strong\)'
    diff <(grep '^  role' out/$(basename $f).base) <(grep '^  role' out/$(basename $f).cand) | grep '^[<>]' | cut -c1-200
  else echo "=== $f same: $(head -1 out/$(basename $f).base)"; fi
done
