#!/usr/bin/env bash
# Held-out check (manual, not run by CI): renders the seed tables through another producer (LibreOffice,
# HTML -> PDF), once ruled and once with no rules at all, extracts them and scores against the grids written
# by seed2html.py. Needs: apt-get install libreoffice-writer-nogui fonts-wqy-zenhei python3.
# Usage: scripts/heldout/libreoffice-seeds.sh [SEEDS_DIR] [WORK_DIR]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seeds="${1:-/work/shared/seeds}"
work="${2:-/tmp/heldout-lo}"
mkdir -p "$work/out" "$work/pdf"
python3 "$here/seed2html.py" "$seeds" "$work/out" >/dev/null
for html in "$work"/out/*.html; do
  soffice --headless --convert-to pdf:writer_web_pdf_Export --outdir "$work/pdf" "$html" >/dev/null 2>&1
done
"$here/score-dir.sh" "$work"
