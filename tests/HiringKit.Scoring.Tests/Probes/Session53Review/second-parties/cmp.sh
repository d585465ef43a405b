#!/bin/bash
# usage: cmp.sh files...  -> prints diffs between base and candidate explain
B=/tmp/s53/base/tests/HiringKit.Benchmarks/bin/Release/net10.0/HiringKit.Benchmarks
C=/tmp/s53/cand2/tests/HiringKit.Benchmarks/bin/Release/net10.0/HiringKit.Benchmarks
$B --explain "$@" > /tmp/s53/review-d/out-base.txt 2>&1
$C --explain "$@" > /tmp/s53/review-d/out-cand.txt 2>&1
python3 - <<'PY'
import re
def split(p):
    d={};cur=None
    for l in open(p):
        m=re.match(r'^(\S+\.txt): ',l)
        if m: cur=m.group(1); d[cur]=[]
        if cur: d[cur].append(l.rstrip('\n'))
    return d
b=split('/tmp/s53/review-d/out-base.txt'); c=split('/tmp/s53/review-d/out-cand.txt')
for f in b:
    if b[f]!=c.get(f):
        print('==',f); print(' B:',b[f][0]); print(' C:',c[f][0])
        bs=set(b[f]); cs=set(c[f])
        for l in b[f][1:]:
            if l not in cs: print('  -',l)
        for l in c[f][1:]:
            if l not in bs: print('  +',l)
    else:
        print('same',b[f][0])
PY
