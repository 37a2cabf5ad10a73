#!/bin/sh
# Builds Sociogram and runs it on the bundled example class 7B (fictional pupils): inspect, analyze
# (sociogram.png, analysis.json, pupils.csv) and the HTML report for the resource team, all into out/7b/.
set -eu
cd "$(dirname "$0")/.."
sh scripts/ensure-deps.sh
swift build -c release --product sociogram
BIN=.build/release/sociogram
mkdir -p out
$BIN inspect fixtures/7b/forms-nb.csv --roster fixtures/7b/roster.csv --class-name 7B
$BIN analyze fixtures/7b/forms-nb.csv --roster fixtures/7b/roster.csv --class-name 7B --out out/7b --force
$BIN report fixtures/7b/forms-nb.csv --roster fixtures/7b/roster.csv --class-name 7B --pupil "Frida Løken" -o out/7b/report.html
echo
echo "Done. Open out/7b/report.html in a browser; out/7b/ also holds sociogram.png, analysis.json and pupils.csv."
