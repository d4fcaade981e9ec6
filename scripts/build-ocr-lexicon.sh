#!/usr/bin/env bash
# Rebuilds the OCR domain lexicon (src/BudgetExtract.Ocr/Recognition/Lexicon/budget-terms.txt, docs/ocr.md) from
# the real text-layer budget PDFs: extract them to JSON without OCR, then keep the cell texts that recur across
# documents and cities plus the classification names. Never from corpus/seeds (the OCR benchmarks render those).
#   scripts/build-ocr-lexicon.sh [REAL_PDF_DIR] [extra ScanGen lexicon options, e.g. --min-docs 3 --min-cities 2]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source_dir="${1:-/work/shared/real}"
shift || true
case "$(realpath "$source_dir")" in
  "$root"/corpus/seeds*) echo "error: $source_dir: the lexicon must not be built from the seed renderings" >&2; exit 2 ;;
esac
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/budgetextract" extract "$source_dir" -o "$work" --format json --ocr never -j 1 >&2
dotnet run -c Release --project "$root/tools/BudgetExtract.ScanGen" -- lexicon "$work" \
  "$root/src/BudgetExtract.Ocr/Recognition/Lexicon/budget-terms.txt" "$@"
