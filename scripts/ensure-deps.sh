#!/usr/bin/env bash
# Installs what BudgetExtract needs when it is missing: the .NET SDK check, MuPDF's tools, Tesseract with
# Simplified Chinese, Debian's chromium (the web UI's browser test). Quiet when everything is there. Used by ./budgetextract and ./run-tests.
set -euo pipefail

need=()
command -v mutool >/dev/null 2>&1 || need+=(mupdf-tools)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if ! ls /usr/share/tesseract-ocr/*/tessdata/chi_sim.traineddata >/dev/null 2>&1; then need+=(tesseract-ocr-chi-sim); fi
if ! command -v dotnet >/dev/null 2>&1; then need+=(dotnet-sdk-10.0); fi

if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}" >&2
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >&2
  $sudo apt-get install -y -qq "${need[@]}" >&2 || {
    echo "error: could not install ${need[*]} with apt-get; install them by hand (the .NET 10 SDK comes from your distribution or Microsoft's packages)" >&2
    exit 3
  }
fi
