#!/usr/bin/env python3
"""Lists what Get-Quote gets wrong on an annotated set, grouped by cause, to find the largest general causes.

misses.py GOLD QUOTES.json [--full]   (QUOTES.json as measure.sh writes it; matching as score.py does)
Causes: wrong speaker (split by what we gave: nothing, a pronoun-like word, another name), missed quote (split by
kind and by whether the gold is floating), false quote (split by the rule that produced it).
"""
import collections, json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../shared/eval'))
from score import load_gold, gold_key, source_key, same_text, speaker_group  # noqa: E402

def main():
    gold = load_gold(sys.argv[1]); found = json.load(open(sys.argv[2], encoding='utf-8'))
    full = '--full' in sys.argv
    gq = gold['quotes']; matched = set(); wrong = []; false = []
    for q in found:
        src = gold_key(gold, source_key(q.get('Source'))); text = q.get('Text') or ''
        hit = next((i for i, g in enumerate(gq) if i not in matched and g['source'] == src and same_text(g['text'], text)), None)
        if hit is None:
            if not any(g['source'] == src and same_text(g['text'], text) for g in gq):
                false.append(q)
            continue
        matched.add(hit)
        g = gq[hit]
        if speaker_group(gold, q.get('Speaker') or '') != speaker_group(gold, g['speaker']):
            wrong.append((q, g))
    groups = collections.defaultdict(list)
    for q, g in wrong:
        given = q.get('Speaker') or ''
        cause = 'empty' if not given else 'other name'
        groups[f"wrong speaker / {cause} / {(q.get('Rule') or '').split('; ')[-1]}"].append(
            f"gave {given!r} ({q.get('SpeakerText')!r}) gold {g['speaker']!r} ({g.get('speaker_text')!r})  cue {q.get('Cue')!r}  | {q.get('Sentence','')[:160]!r}")
    for i, g in enumerate(gq):
        if i in matched: continue
        groups[f"missed / {g['kind']} / {'floating' if g.get('floating') else 'attributed'}"].append(
            f"{g['source'][-6:]}@{g.get('offset')} cue {g.get('cue')!r} by {g.get('speaker_text')!r}: {g['text'][:120]!r}")
    for q in false:
        groups[f"false / {(q.get('Rule') or '').split(';')[0]}"].append(
            f"{str(q.get('Source'))[-6:]}@{q.get('Offset')} {q.get('Speaker')!r} cue {q.get('Cue')!r}: {(q.get('Text') or '')[:120]!r}")
    for k, v in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"\n## {k}: {len(v)}")
        for line in (v if full else v[:8]): print('  ' + line)

if __name__ == '__main__':
    main()
