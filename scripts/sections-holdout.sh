#!/usr/bin/env bash
# Held-out grade of the narrative sections: bash scripts/sections-holdout.sh [CORPUS] [K] [OUT]
#
# Splits the corpus into K folds by document. For each fold it trains the section classifier on
# every other labelled document (fixtures/public, the wide truths with sections and the seed text; copies of a held-out document's
# text are held out too), extracts the fold's PDFs with that model, and finally grades all
# extractions with ../shared/eval/score.py. No document is ever graded by a model that saw it.
# OUT, when given, keeps the held-out extractions (and OUT/score.json) for a closer look.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CORPUS="${1:-../shared/corpus/public}"
K="${2:-5}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/sections-holdout.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
OUT="${3:-$WORK/out}"

dotnet build src/BudgetHarvest.Cli -c Release -v quiet -nologo >/dev/null
cli=(dotnet run -c Release --no-build --project src/BudgetHarvest.Cli --)

mapfile -t names < <(find "$CORPUS" -maxdepth 1 -name '*.pdf' -printf '%f\n' | sed 's/\.pdf$//' | sort)
for ((fold = 0; fold < K; fold++)); do
    held=()
    for i in "${!names[@]}"; do
        ((i % K == fold)) && held+=("${names[$i]}")
    done
    ((${#held[@]} > 0)) || continue
    echo "fold $((fold + 1))/$K: holding out ${held[*]}" >&2
    "${cli[@]}" train --data fixtures/public fixtures/wide seeds/baoji-bigdata-2023.txt --exclude "${held[@]}" --out "$WORK/fold$fold.zip" >&2
    pdfs=()
    for name in "${held[@]}"; do pdfs+=("$CORPUS/$name.pdf"); done
    "${cli[@]}" extract "${pdfs[@]}" --model "$WORK/fold$fold.zip" --out "$OUT" >&2
done

python3 ../shared/eval/score.py "$CORPUS" "$OUT" --json "$OUT/score.json"
