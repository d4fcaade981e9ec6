#!/usr/bin/env bash
# Rebuilds the character-pair counts of the OCR stroke context (src/BudgetExtract.Ocr/Recognition/Lexicon/budget-bigrams.txt,
# docs/ocr.md) from the text layers of the real budget PDFs: mutool's plain text of each, then every pair of adjacent
# Chinese characters (the stroke context and the character vote look them up). Never from corpus/seeds (the OCR benchmarks render those).
#   scripts/build-ocr-bigrams.sh [REAL_PDF_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source_dir="${1:-/work/shared/real}"
case "$(realpath "$source_dir")" in
  "$root"/corpus/seeds*) echo "error: $source_dir: the counts must not be built from the seed renderings" >&2; exit 2 ;;
esac
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
n=0
while IFS= read -r -d '' pdf; do
  n=$((n + 1))
  mutool draw -q -F txt -o "$work/$n.txt" "$pdf" 2>/dev/null || echo "warning: no text from $pdf" >&2
done < <(find "$source_dir" -name '*.pdf' -print0 | sort -z)
dotnet run -c Release --project "$root/tools/BudgetExtract.ScanGen" -- bigrams "$work" \
  "$root/src/BudgetExtract.Ocr/Recognition/Lexicon/budget-bigrams.txt"
