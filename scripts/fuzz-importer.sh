#!/bin/sh
# Fuzzes the importer with libFuzzer + AddressSanitizer, seeded with the fixtures.
# Usage: scripts/fuzz-importer.sh [seconds]   (default 60). Crashing inputs are written to out/fuzz/.
set -eu
cd "$(dirname "$0")/.."
SECONDS_TO_RUN="${1:-60}"
mkdir -p out/fuzz/corpus
cp fixtures/7b/*.csv fixtures/grade-7/*.csv fixtures/broken/*.csv out/fuzz/corpus/ 2>/dev/null || true
swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name Sociogram \
    Sources/Sociogram/Model/*.swift Sources/Sociogram/Import/*.swift scripts/fuzz/ImporterFuzz.swift \
    -o out/fuzz/importer-fuzz
cd out/fuzz
./importer-fuzz -max_total_time="$SECONDS_TO_RUN" -max_len=8192 -artifact_prefix=./ corpus
