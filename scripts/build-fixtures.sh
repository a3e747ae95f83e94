#!/usr/bin/env bash
# Rebuilds the generated layout fixtures in fixtures/layout from the public corpus:
#   bash scripts/build-fixtures.sh
# Deterministic (same bytes on every run), so scripts/test.sh reruns it and the tests read the result.
#
#   *-sideways.pdf  every page's content drawn turned a quarter (text runs down the page), no /Rotate:
#                   what a scanner-free "landscape table printed on a portrait sheet" looks like.
#   *-rotated.pdf   the same content with /Rotate 90, so viewers show it upright: Word/Excel landscape output.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/fixtures/layout"
SOURCE="$ROOT/fixtures/public/0003-weinan-ziranziyuanju-2022.pdf"

if ! command -v qpdf >/dev/null 2>&1; then
    if [[ $EUID -eq 0 ]]; then SUDO=(); else SUDO=(sudo); fi
    export DEBIAN_FRONTEND=noninteractive
    "${SUDO[@]}" apt-get update -qq
    "${SUDO[@]}" apt-get install -y -qq --no-install-recommends qpdf >/dev/null
fi

mkdir -p "$OUT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

name="$(basename "$SOURCE" .pdf)"
# Turn the view, then bake the turn into the content streams: the text itself now runs down the page.
qpdf --deterministic-id "$SOURCE" --rotate=-90 -- "$WORK/turned.pdf"
qpdf --deterministic-id "$WORK/turned.pdf" --flatten-rotation -- "$OUT/$name-sideways.pdf"
qpdf --deterministic-id "$OUT/$name-sideways.pdf" --rotate=+90 -- "$OUT/$name-rotated.pdf"
echo "built: $(cd "$OUT" && ls ./*.pdf | tr '\n' ' ')"
