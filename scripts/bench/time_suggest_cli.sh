#!/usr/bin/env bash
# Times the suggestion commands of the release binary on the repository's fixtures (median of N runs,
# whole process: import, search, output). Usage: scripts/bench/time_suggest_cli.sh [runs]   (default 7)
# Build first: swift build -c release --product sociogram
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=.build/release/sociogram
RUNS=${1:-7}
CLASS="fixtures/7b/edges.csv --roster fixtures/7b/roster.csv"
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() {
  local label=$1; shift
  for _ in $(seq "$RUNS"); do
    local s e
    s=$(date +%s.%N); "$BIN" "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
    echo "$e - $s" | bc
  done | median | xargs printf "%-58s median %.3f s\n" "$label"
}
measure "groups 7B --size 4"                      groups $CLASS --size 4
measure "groups 7B --size 5"                      groups $CLASS --size 5
measure "groups 7B --size 4 --rounds 3"           groups $CLASS --size 4 --rounds 3
measure "groups 7B --size 4 --rounds 3 -o png"    groups $CLASS --size 4 --rounds 3 -o /tmp/time-suggest-groups.png
measure "suggest supporters 7B"                   suggest supporters $CLASS --pupil "Emil Pedersen"
measure "suggest support-group 7B"                suggest support-group $CLASS --pupil "Emil Pedersen"
measure "placement grade-7 --classes 4"           placement fixtures/grade-7 --classes 4
measure "placement grade-7 --classes 4 --iterations 1000" placement fixtures/grade-7 --classes 4 --iterations 1000
measure "placement grade-7 --classes 4 -o png"    placement fixtures/grade-7 --classes 4 -o /tmp/time-suggest-placement.png
rm -f /tmp/time-suggest-groups-r*.png /tmp/time-suggest-placement.png
