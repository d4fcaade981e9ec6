#!/usr/bin/env bash
# Extracts every PDF under WORK_DIR/pdf and scores it against WORK_DIR/out/<name>.expected.json (written by
# seed2html.py); JSON results go to WORK_DIR/got. Used by libreoffice-seeds.sh and chromium-seeds.sh.
# Usage: scripts/heldout/score-dir.sh WORK_DIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$1"
mkdir -p "$work/got"
for pdf in "$work"/pdf/*.pdf; do
  stem="$(basename "$pdf" .pdf)"
  "$repo/budgetextract" extract "$pdf" -f json > "$work/got/$stem.json" 2>/dev/null
  python3 "$here/score.py" "$work/out/$stem.expected.json" "$work/got/$stem.json"
done
