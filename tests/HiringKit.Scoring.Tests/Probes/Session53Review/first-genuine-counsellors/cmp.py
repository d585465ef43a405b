import re,sys
def parse(fn):
    d={};cur=None
    for line in open(fn):
        m=re.match(r'^(\S+\.txt): (.*)',line)
        if m: cur=m.group(1); d[cur]={'head':m.group(2),'matches':[],'roles':[]}; continue
        if cur is None: continue
        s=line.strip()
        if s.startswith('role '): d[cur]['roles'].append(re.sub(r' title ".*','',s))
        elif s.startswith('level evidence'): pass
        else:
            m2=re.match(r'(\S+)\s+(\S+)\s+(\S+)\s+(.+?) @(\d+):',s)
            if m2: d[cur]['matches'].append(' '.join(m2.groups()))
    return d
b=parse(sys.argv[1]);c=parse(sys.argv[2])
for k in b:
    bb,cc=b[k],c.get(k)
    lost=[x for x in bb['matches'] if x not in cc['matches']]
    gain=[x for x in cc['matches'] if x not in bb['matches']]
    rd=bb['roles']!=cc['roles']
    flag='DIFF' if (bb['head']!=cc['head'] or lost or gain or rd) else 'same'
    print(f"{flag} {k}: {bb['head']}  ->  {cc['head']}")
    for x in lost: print('    LOST',x)
    for x in gain: print('    GAIN',x)
    if rd:
        for x,y in zip(bb['roles'],cc['roles']):
            if x!=y: print('    ROLE',x,'\n      ->',y)
