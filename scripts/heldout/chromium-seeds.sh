#!/usr/bin/env bash
# Held-out check (manual, not run by CI): renders the seed tables through a third producer, Chromium's print to PDF
# (Skia), from the same HTML as libreoffice-seeds.sh, ruled and without rules, and scores them against the grids
# written by seed2html.py. A page style may be given to vary paper, margins and type (the held-out variant of session 10
# used '@page{size:A4;margin:12mm 14mm} body{font-size:10.5pt;line-height:1.45}').
# Needs: apt-get install chromium fonts-wqy-zenhei python3.
# Usage: scripts/heldout/chromium-seeds.sh [SEEDS_DIR] [WORK_DIR] [PAGE_CSS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seeds="${1:-/work/shared/seeds}"
work="${2:-/tmp/heldout-chromium}"
css="${3:-}"
mkdir -p "$work/out" "$work/pdf"
python3 "$here/seed2html.py" "$seeds" "$work/out" >/dev/null
for html in "$work"/out/*.html; do
  stem="$(basename "$html" .html)"
  if [ -n "$css" ]; then
    python3 - "$html" "$css" <<'PY'
import sys
path, css = sys.argv[1], sys.argv[2]
text = open(path, encoding='utf-8').read()
style = '<style>' + css + '</style>'
text = text.replace('</head>', style + '</head>', 1) if '</head>' in text else style + text
open(path, 'w', encoding='utf-8').write(text)
PY
  fi
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$work/pdf/$stem.pdf" "file://$html" >/dev/null 2>&1
done
"$here/score-dir.sh" "$work"
