#!/usr/bin/env python3
"""Where each gold story event's mentions landed in a timeline, and why its rows did not merge.
story_rows.py GOLD.json EVENTS.json [--all]  (EVENTS: Get-CaseEvent as JSON, ConvertTo-Json -Depth 4 -EnumsAsStrings)
For each gold story event told by two or more mentions (all events with --all): the rows holding its mentions, each
with its date, kind/label and parties, the gold mentions no row holds, and for each pair of rows a guess at what kept
them apart: the family (kind, or an Action's label), the acting party, the dates, or else the parties.
A reading aid: the module's own rules decide; this only says which of their inputs differ."""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'shared', 'eval'))
import score as S

FAMILIES = {'Ruling': 'decision', 'Injunction': 'decision', 'Stay': 'decision', 'Verdict': 'decision', 'Dismissal': 'decision',
            'Hearing': 'session', 'Trial': 'session', 'Complaint': 'filing', 'Counterclaim': 'filing', 'Motion': 'filing', 'Appeal': 'filing'}

def family(kind, label): return 'Action:' + (label or '') if kind == 'Action' else FAMILIES.get(kind, kind)

def main():
    gold = S.load_gold(sys.argv[1]); found = json.load(open(sys.argv[2], encoding='utf-8'))
    show_all = '--all' in sys.argv
    rows = []
    for i, e in enumerate(found):
        ms = []
        for m in e.get('Mentions') or []:
            ms.append(dict(src=S.gold_key(gold, S.source_key(m.get('Source'))), ev=m.get('Evidence') or '', kind=m.get('Kind'),
                           label=m.get('Label') or '', agent=m.get('Agent') or '', actors=[a for a in (m.get('Actors') or '').split('; ') if a],
                           when=m.get('When') or 'undated', rule=m.get('Rule') or ''))
        rows.append(dict(i=i, when=e.get('When') or 'undated', kind=e.get('Kind'), label=e.get('Label') or '', ms=ms))
    whole = told = 0
    for ge in gold['events']:
        gms = ge['mentions']
        if len(gms) < 2 and not show_all: continue
        hits = {}   # row -> gold mention indexes
        missing = []
        for k, gm in enumerate(gms):
            where = [(r, m) for r in rows for m in r['ms'] if m['src'] == gm['source'] and S.same_evidence(gm['evidence'], m['ev'])]
            if not where: missing.append(k)
            for r, m in where: hits.setdefault(r['i'], []).append((k, m))
        told += 1
        best = max((len({k for k, _ in v}) for v in hits.values()), default=0)
        ok = best == len(gms)
        whole += ok
        print(f"{'OK ' if ok else '-- '}{ge['id']} ({ge.get('date')}, {len(gms)} mentions, {len({g['source'] for g in gms})} sources): {len(hits)} rows")
        for ri, v in sorted(hits.items()):
            r = rows[ri]
            print(f"   row {ri:3} {r['when']:22} {r['kind']}/{r['label']}  holds {sorted({k for k, _ in v})}")
            for k, m in v:
                print(f"        m{k} {m['src'][:24]:24} {m['when']:22} {m['kind']}/{m['label']} agent={m['agent']!r} actors={m['actors']} [{m['rule']}] {m['ev'][:90]!r}")
        for k in missing:
            gm = gms[k]
            print(f"        m{k} MISSING {gm['source'][:24]} {gm.get('date')} {gm['evidence'][:100]!r}")
        ids = sorted(hits)
        for a in range(len(ids)):
            for b in range(a + 1, len(ids)):
                print(f"     {ids[a]}|{ids[b]}: {why(rows[ids[a]], rows[ids[b]])}")
    print(f"whole in one row: {whole}/{told}")

def why(r1, r2):
    f1 = {family(m['kind'], m['label']) for m in r1['ms']}; f2 = {family(m['kind'], m['label']) for m in r2['ms']}
    reasons = []
    if not f1 & f2: reasons.append(f"family {sorted(f1)} vs {sorted(f2)}")
    g1 = {m['agent'] for m in r1['ms'] if m['agent']}; g2 = {m['agent'] for m in r2['ms'] if m['agent']}
    if g1 and g2 and not any(related(x, y) for x in g1 for y in g2): reasons.append(f"agent {sorted(g1)} vs {sorted(g2)}")
    if r1['when'] != 'undated' and r2['when'] != 'undated' and not (r1['when'].startswith(r2['when'][:7]) or r2['when'].startswith(r1['when'][:7])):
        reasons.append(f"dates {r1['when']} vs {r2['when']}")
    elif r1['when'] != r2['when']: reasons.append(f"dates {r1['when']} / {r2['when']}")
    a1 = {a for m in r1['ms'] for a in m['actors']}; a2 = {a for m in r2['ms'] for a in m['actors']}
    if a1 and a2 and not any(related(x, y) for x in a1 for y in a2): reasons.append(f"parties {sorted(a1)} vs {sorted(a2)}")
    return '; '.join(reasons) or 'same family, agents, parties overlap: a merge rule (evidence, undated choice)'

def related(a, b): return a == b or a.startswith(b + ' ') or b.startswith(a + ' ')

if __name__ == '__main__':
    main()
