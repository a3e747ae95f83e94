#!/usr/bin/env bash
# Regenerates fixtures/generated (PDF + truth) from the public truths and tests/generator/plan.json.
# Needs chromium (/usr/bin/chromium or $CHROMIUM), LibreOffice (soffice) and pdftotext (poppler-utils).
# The choices are seeded, so a rerun prints the same documents; the PDF bytes (and so the sha256 in
# the truth) differ by the producers' timestamps. Tests read the committed PDFs, never this script.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/fixtures/generated"
mkdir -p "$out"
rm -f "$out"/*.pdf "$out"/*.json
python3 "$root/tests/generator/generate.py" "$root/tests/generator/plan.json" "$out"
validate="${VALIDATE:-$root/../shared/eval/validate.py}"
if [[ -f "$validate" ]]; then python3 "$validate" "$out"; else echo "validate.py not found; truth format not checked" >&2; fi
du -sh "$out"
