#!/usr/bin/env bash
# Rebuilds corpus/seeds/*.pdf and corpus/expected/*.json from corpus/seeds/src/*.txt (deterministic).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec dotnet run --project "$root/tools/BudgetExtract.CorpusGen" -- "$root/corpus"
