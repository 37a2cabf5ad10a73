#!/bin/sh
# Compares `sociogram seating` with the exact CP-SAT reference on small classes (the first K pupils of
# fixtures/7b/edges.csv, ties among them only) and the whole 26-pupil 7B class, in several rooms.
# Usage: scripts/reference/seating_compare.sh [BIN] [TIME_LIMIT]   (needs: pip install ortools)
set -eu
BIN=${1:-.build/release/sociogram}
LIMIT=${2:-60}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
small() { # K FILE: the edge list restricted to the first K pupils (alphabetical)
    python3 - "$1" "$2" <<'PY'
import csv, sys
k, out = int(sys.argv[1]), sys.argv[2]
rows = list(csv.reader(open("fixtures/7b/edges.csv", encoding="utf-8"), delimiter=";"))
names = sorted({r[0] for r in rows[1:]})[:k]
with open(out, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter=";")
    w.writerow(rows[0])
    for r in rows[1:]:
        if r[0] in names and r[1] in names:
            w.writerow(r)
PY
}
printf '| instance | pupils | room | ours | exact (CP-SAT) | bound | status | our time s |\n|---|---|---|---|---|---|---|---|\n'
run() { # LABEL FILE ROOM
    start=$(python3 -c 'import time; print(time.time())')
    "$BIN" seating "$2" --room "$3" --instance "$TMP/i.json" >/dev/null 2>&1 || true
    ours_t=$(python3 -c "import time; print(round(time.time()-$start, 2))")
    python3 scripts/reference/exact_seating.py "$TMP/i.json" --time-limit "$LIMIT" | python3 -c "
import json, sys; r = json.load(sys.stdin)
print(f\"| $1 | {r['pupils']} | $3 | {r['ours']} | {r['exact']} | {r['bound']} | {r['status']} | $ours_t |\")"
}
small 8 "$TMP/k8.csv"; small 12 "$TMP/k12.csv"
run "7B first 8" "$TMP/k8.csv" pairs:2x2
run "7B first 8" "$TMP/k8.csv" islands:2x4
run "7B first 12" "$TMP/k12.csv" pairs:2x3
run "7B first 12" "$TMP/k12.csv" rows:3x4
run "7B (26)" fixtures/7b/forms-nb.csv pairs:5x3
run "7B (26)" fixtures/7b/forms-nb.csv islands:6x5
run "7B (26)" fixtures/7b/forms-nb.csv horseshoe:28
