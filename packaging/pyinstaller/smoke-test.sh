#!/bin/sh
# Smoke test of a built bundle, run from outside the source tree with a minimal
# environment (no Python on PATH, an empty home): the version, a Spanish summary
# of the demo, and the window's self-test offscreen.  Usage: smoke-test.sh DIST_FOLDER
set -eu
bundle="$(cd "$1" && pwd)/neuromod-aid"
[ -x "$bundle" ] || { echo "no bundle at $bundle"; exit 1; }
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
run() { env -i HOME="$scratch" PATH=/nonexistent LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$bundle" "$@"; }
run --version
run --data-dir "$scratch/data" summary --demo --lang es -o "$scratch/summary.pdf"
head -c 5 "$scratch/summary.pdf" | grep -q '%PDF-' || { echo "the summary is not a PDF"; exit 1; }
run --data-dir "$scratch/data" fhir export --demo -o "$scratch/bundle.json"
grep -q '"resourceType": *"Bundle"' "$scratch/bundle.json" || { echo "the FHIR export is not a Bundle"; exit 1; }
run --data-dir "$scratch/window" --self-test
echo "bundle smoke test: ok ($(du -sh "$(dirname "$bundle")" | cut -f1) in $(dirname "$bundle"))"
