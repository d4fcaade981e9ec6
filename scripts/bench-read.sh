#!/usr/bin/env bash
# Reading + layout speed against mutool's own trace, on the same files in the same run.
# Usage: scripts/bench-read.sh DIR   (every *.pdf below DIR; default ../shared/real)
# Prints pages, wall and CPU seconds for `mutool trace` alone (the command the reader runs) and for `budgetextract extract
# --format text -j 1` (one core, mutool included), their ratio, and the peak memory of budgetextract
# on the document with the most pages. OCR is off: this measures the text-layer path.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${1:-$root/../shared/real}"
"$root/budgetextract" --help >/dev/null
dll="$root/.build/cli/budgetextract.dll"
mapfile -t files < <(find "$dir" -name '*.pdf' | sort)
pages=0
for f in "${files[@]}"; do pages=$((pages + $(mutool pages "$f" 2>/dev/null | grep -c pagenum || true))); done

measure() { # prints "wall cpu maxrss_kb"
  /usr/bin/time -f "%e %U %S %M" -o /tmp/bench-time.$$ "$@" >/dev/null 2>&1 || true
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' /tmp/bench-time.$$
}
read -r mw mc _ < <(measure bash -c 'for f in "$@"; do mutool trace "$f" >/dev/null 2>&1; done' _ "${files[@]}")
out=$(mktemp -d)
read -r bw bc _ < <(measure dotnet "$dll" extract "$dir" --format text -j 1 --ocr never -o "$out")
largest=$(for f in "${files[@]}"; do echo "$(mutool pages "$f" 2>/dev/null | grep -c pagenum || true) $f"; done | sort -n | tail -1 | cut -d" " -f2-)
read -r _ _ rss < <(measure dotnet "$dll" extract "$largest" --format json --ocr never)
rm -rf "$out"
awk -v p="$pages" -v n="${#files[@]}" -v mw="$mw" -v mc="$mc" -v bw="$bw" -v bc="$bc" -v rss="$rss" -v big="$(basename "$largest")" 'BEGIN {
  printf "documents %d, pages %d\n", n, p
  printf "mutool trace alone : wall %6.2f s (%6.1f pages/s), cpu %6.2f s (%6.1f pages/cpu-s)\n", mw, p/mw, mc, p/mc
  printf "extract --format text: wall %6.2f s (%6.1f pages/s), cpu %6.2f s (%6.1f pages/cpu-s)\n", bw, p/bw, bc, p/bc
  printf "ratio extract/mutool: wall %.2fx, cpu %.2fx\n", bw/mw, bc/mc
  printf "peak memory on the largest document (%s): %.0f MB\n", big, rss/1024
}'
