#!/bin/sh
# Times `sociogram seating` on a class of 30 with 4 rotations: the median of RUNS runs, per room.
# The class is SSrat group 45 of 1998 (a real Dutch class of 30), converted by scripts/fixtures/ssrat_class.py
# from ../shared/sociometry-datasets (not committed: GPL-2 data); give another class as FILE [ROSTER] instead.
# Usage: swift build -c release && scripts/bench/seating_bench.sh [RUNS] [FILE ROSTER]
set -eu
RUNS=${1:-5}
BIN=${BIN:-.build/release/sociogram}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
if [ $# -ge 3 ]; then
    FILE=$2 ROSTER=$3
else
    python3 scripts/fixtures/ssrat_class.py "$TMP/class" >/dev/null
    FILE=$TMP/class/edges.csv ROSTER=$TMP/class/roster.csv
fi
printf '| room | rotations | median s | min s | max s | user s (median) |\n|---|---|---|---|---|---|\n'
for room in pairs:5x3 rows:5x6 islands:6x5 horseshoe:30; do
    for rotations in 1 4; do
        i=0
        : > "$TMP/times"
        while [ $i -lt "$RUNS" ]; do
            # POSIX time -p: real and user seconds on stderr.
            { /usr/bin/time -p "$BIN" seating "$FILE" --roster "$ROSTER" --room "$room" --rotations "$rotations" >/dev/null; } 2>> "$TMP/times" || true
            i=$((i + 1))
        done
        python3 - "$TMP/times" "$room" "$rotations" <<'PY'
import statistics, sys
lines = open(sys.argv[1]).read().split()
real = [float(lines[i + 1]) for i, w in enumerate(lines) if w == "real"]
user = [float(lines[i + 1]) for i, w in enumerate(lines) if w == "user"]
print(f"| {sys.argv[2]} | {sys.argv[3]} | {statistics.median(real):.2f} | {min(real):.2f} | {max(real):.2f} | {statistics.median(user):.2f} |")
PY
    done
done
