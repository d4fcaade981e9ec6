# Quick independent scorer (ICDAR-2013-style adjacency F1, row recall, one-piece) for held-out style checks.
import json, sys, collections, re
def norm(s): return re.sub(r'\s+', '', s or '')
def grid(t): return [[norm(c) for c in r] for r in (t.get('header') or []) + (t.get('rows') or [])]
def adj(g):
    rel = collections.Counter()
    for r, row in enumerate(g):
        for c, v in enumerate(row):
            if not v: continue
            for cc in range(c+1, len(row)):
                if row[cc]: rel[(v, row[cc], 'r')] += 1; break
            for rr in range(r+1, len(g)):
                if c < len(g[rr]) and g[rr][c]: rel[(v, g[rr][c], 'd')] += 1; break
    return rel
exp = json.load(open(sys.argv[1]))['tables']; got = json.load(open(sys.argv[2]))['tables']
gg = [grid(t) for t in got]
used = set(); tp = fp = fn = 0; rows_hit = rows_tot = 0; onepiece = 0
for e in exp:
    eg = grid(e); erel = adj(eg)
    ecells = collections.Counter(v for r in eg for v in r if v)
    # best extracted table by this table's own adjacency F1 (tables with the same header or repeated rows
    # would otherwise steal each other's match); ties go to a table not matched yet, then to the earliest
    best, bestkey = None, None
    for i, g in enumerate(gg):
        grel_i = adj(g)
        hit = sum((erel & grel_i).values())
        if not hit: continue
        extra = sum(v for k, v in grel_i.items() if k[0] in ecells and k[1] in ecells) - hit
        key = (2 * hit / (2 * hit + extra + sum(erel.values()) - hit), i not in used, -i)
        if bestkey is None or key > bestkey: best, bestkey = i, key
    if best is not None: used.add(best)
    g = gg[best] if best is not None else []
    grel = adj(g)
    # restrict extracted relations to cells of this expected table (other tables may be merged in)
    inter = sum((erel & grel).values())
    tp += inter; fn += sum(erel.values()) - inter
    fp += sum(v for k, v in grel.items() if k[0] in ecells and k[1] in ecells) - inter
    grow = set(tuple(r) for r in g)
    rows_tot += len(eg); rows_hit += sum(1 for r in eg if tuple(r) in grow)
    # one piece: every expected row found anywhere is found in the matched table
    erow_set = [tuple(r) for r in eg if any(r)]
    found = [r for r in erow_set if any(r in set(tuple(x) for x in g2) for g2 in gg)]
    if found and all(r in grow for r in found): onepiece += 1
p = tp / (tp + fp) if tp + fp else 0; r = tp / (tp + fn) if tp + fn else 0
f1 = 2*p*r/(p+r) if p + r else 0
print(f"{sys.argv[2].split('/')[-1]}: tables {len(exp)} extracted {len(got)}  adjF1 {f1:.3f} (P {p:.3f} R {r:.3f})  row recall {rows_hit/max(rows_tot,1):.3f}  one-piece {onepiece}/{len(exp)}")
