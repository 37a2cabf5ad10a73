#!/bin/sh
# Builds Sociogram and runs it on the bundled example class 7B; results go to out/.
set -eu
cd "$(dirname "$0")/.."
sh scripts/ensure-deps.sh
swift build -c release --product sociogram
BIN=.build/release/sociogram
mkdir -p out
$BIN inspect fixtures/7b/forms-nb.csv --roster fixtures/7b/roster.csv --class-name 7B
$BIN analyze fixtures/7b/forms-nb.csv --roster fixtures/7b/roster.csv --class-name 7B --out out/7b --force
echo
echo "Done. Open out/7b/sociogram.png and out/7b/analysis.json"
