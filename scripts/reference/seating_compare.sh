#!/bin/sh
# Compares `sociogram seating` with the exact CP-SAT reference on small classes (the first K pupils of
# fixtures/7b/edges.csv, ties among them only) and the whole 26-pupil 7B class, in several rooms.
# With SSRAT=1 also (SSRAT=only: only) a real class of 30 (SSrat group 45 of 1998, converted by scripts/fixtures/ssrat_class.py from
# ../shared/sociometry-datasets; the data are not committed) in four presets and a room file.
# Usage: [SSRAT=1] scripts/reference/seating_compare.sh [BIN] [TIME_LIMIT]   (needs: pip install ortools)
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
run() { # LABEL FILE ROOM [MORE OPTIONS]
    label=$1 file=$2 room=$3
    shift 3
    start=$(python3 -c 'import time; print(time.time())')
    "$BIN" seating "$file" --room "$room" --instance "$TMP/i.json" "$@" >/dev/null 2>&1 || true
    ours_t=$(python3 -c "import time; print(round(time.time()-$start, 2))")
    python3 scripts/reference/exact_seating.py "$TMP/i.json" --time-limit "$LIMIT" | python3 -c "
import json, sys; r = json.load(sys.stdin)
print(f\"| $label | {r['pupils']} | $room | {r['ours']} | {r['exact']} | {r['bound']} | {r['status']} | $ours_t |\")"
}
if [ "${SSRAT:-}" != only ]; then
small 8 "$TMP/k8.csv"; small 12 "$TMP/k12.csv"
run "7B first 8" "$TMP/k8.csv" pairs:2x2
run "7B first 8" "$TMP/k8.csv" islands:2x4
run "7B first 12" "$TMP/k12.csv" pairs:2x3
run "7B first 12" "$TMP/k12.csv" rows:3x4
run "7B (26)" fixtures/7b/forms-nb.csv pairs:5x3
run "7B (26)" fixtures/7b/forms-nb.csv islands:6x5
run "7B (26)" fixtures/7b/forms-nb.csv horseshoe:28
fi
if [ -n "${SSRAT:-}" ]; then
    python3 scripts/fixtures/ssrat_class.py "$TMP/ssrat" >/dev/null
    # A mixed room: four rows of three double desks, two single seats by the window, an island of four at the back.
    printf 'tavle\nAA BB CC 1\nDD EE FF 1\nGG HH II\nJJ KK LL\n   MM\n   MM\n' > "$TMP/rom-30.txt"
    for room in pairs:5x3 rows:5x6 islands:6x5 horseshoe:30 "$TMP/rom-30.txt"; do
        label=$room
        [ "$room" = "$TMP/rom-30.txt" ] && label="room file (24+2+4)"
        run "SSrat 1998 group 45" "$TMP/ssrat/edges.csv" "$room" --roster "$TMP/ssrat/roster.csv" | sed "s#$TMP/rom-30.txt#$label#"
    done
fi
