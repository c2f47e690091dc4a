#!/usr/bin/env bash
# Scores the built module against the annotated data in ../shared/eval (see its README): quotes and events on the
# seeds and the other case, quotes on the GGT set, dates on the French TimeBank when Get-CaseDate exists.
# Usage: tests/Eval/measure.sh [seeds|case|ggt|timex ...]   (all by default). Build first: dotnet build.
set -euo pipefail
cd "$(dirname "$0")/../.."
E=../shared/eval
out=${MEASURE_OUT:-$(mktemp -d)}
sets=${*:-seeds case ggt timex}
ps() { dotnet pwsh -NoProfile -NonInteractive -c "Import-Module ./ParlerCase.psd1; $1 | ConvertTo-Json -Depth 4 -EnumsAsStrings" > "$2"; }
brief() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("  " + ", ".join(f"{k} {d[k]}" for k in sys.argv[2:] if k in d))' "$@"; }
for s in $sets; do
  case $s in
    seeds) ps 'Get-Quote' "$out/seeds.q.json"; ps 'Get-CaseEvent' "$out/seeds.e.json"
           python3 $E/score.py quotes $E/seeds.gold.json "$out/seeds.q.json" > "$out/seeds.q.score"
           python3 $E/score.py events $E/seeds.gold.json "$out/seeds.e.json" > "$out/seeds.e.score"
           echo "seeds quotes:"; brief "$out/seeds.q.score" precision recall f1 speaker_accuracy
           echo "seeds events:"; brief "$out/seeds.e.score" mention_recall dated dates_right timeline_events timeline_right found_events
           python3 $E/timeline_shape.py $E/seeds.gold.json "$out/seeds.e.json" | cut -c1-200 ;;
    case)  C=$E/cases/epic-v-apple
           ps "Get-Quote -Path $C/articles" "$out/case.q.json"; ps "Get-CaseEvent -Path $C/articles" "$out/case.e.json"
           python3 $E/score.py quotes $C/gold.json "$out/case.q.json" > "$out/case.q.score"
           python3 $E/score.py events $C/gold.json "$out/case.e.json" > "$out/case.e.score"
           echo "case quotes:"; brief "$out/case.q.score" precision recall f1 speaker_accuracy
           echo "case events:"; brief "$out/case.e.score" mention_recall dated dates_right date_accuracy timeline_events timeline_right found_events
           python3 $E/timeline_shape.py $C/gold.json "$out/case.e.json" | cut -c1-200 ;;
    ggt)   G=$E/quotes/ggt-dev
           ps "Get-Quote -Path $G/articles" "$out/ggt.q.json"
           python3 $E/score.py quotes $G/gold.json "$out/ggt.q.json" > "$out/ggt.q.score"
           echo "ggt quotes:"; brief "$out/ggt.q.score" precision recall f1 speaker_accuracy ;;
    timex) T=$E/timex/frtimebank-dev
           if dotnet pwsh -NoProfile -c "Import-Module ./ParlerCase.psd1; if (-not (Get-Command Get-CaseDate -ErrorAction Ignore)) { exit 1 }"; then
             ps "Get-CaseDate -Path $T/articles" "$out/timex.d.json"; ps "Get-CaseSource -Path $T/articles" "$out/timex.s.json"
             echo "timex:"; python3 $E/timex/score.py $T/gold.json "$out/timex.d.json" "$out/timex.s.json" | head -20
           else echo "timex: no Get-CaseDate yet"; fi ;;
  esac
done
echo "outputs and full scores in $out"
