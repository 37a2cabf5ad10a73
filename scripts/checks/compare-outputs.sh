#!/bin/sh
# Runs two builds of `sociogram` over the bundled fixtures, in bokmål and English, and compares every
# output byte for byte: terminal text, JSON, CSV, HTML, SVG, DOT, error messages and exit codes.
# A refactoring that should change no behaviour (the string catalogue, moved folders) must show no
# difference. PNG and PDF are left out: they hold no text of ours and are checked by the tests.
#
# Usage: sh scripts/checks/compare-outputs.sh OLD-SOCIOGRAM NEW-SOCIOGRAM
#   e.g. git worktree add /tmp/before HEAD~1 && (cd /tmp/before && swift build)
#        sh scripts/checks/compare-outputs.sh /tmp/before/.build/debug/sociogram .build/debug/sociogram
set -u
cd "$(dirname "$0")/../.."
old=$(realpath "$1") new=$(realpath "$2") repo=$(pwd)
work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

# Both builds run in the same folder with the same relative paths, so that messages naming a file agree.
run_all() {
    bin=$1
    rm -rf "$work/run" && mkdir -p "$work/run" && cd "$work/run" || exit 2
    ln -s "$repo/fixtures" fixtures
    out=o
    mkdir -p "$out"
    n=0
    run() {
        n=$((n + 1))
        "$bin" "$@" >"$out/$n.stdout" 2>"$out/$n.stderr"
        echo "$? $*" >"$out/$n.status"
    }
    for lang in nb en; do
        F="fixtures/7b/forms-nb.csv" R="--roster fixtures/7b/roster.csv" L="--lang $lang"
        run inspect $F $L
        run inspect fixtures/7b/edges.csv $R $L
        run inspect fixtures/workbooks/7b-forms.xlsx $L
        run analyze $F $L
        run analyze $F $L --json
        run analyze fixtures/7b/edges.csv $R $L --labels codes
        run analyze fixtures/waves/after.csv $L
        mkdir -p "$out/analyze-$lang"
        run analyze $F $L --out "$out/analyze-$lang" --force
        run report $F $L -o "$out/report-$lang.html" --pupil "Frida Løken"
        run report fixtures/7b/edges.csv $R $L --labels codes -o "$out/report-codes-$lang.html"
        for kind in class target; do
            run render $F $L --layout $kind -o "$out/render-$kind-$lang.svg"
        done
        run render $F $L --focus "Frida Løken" -o "$out/render-ego-$lang.dot"
        run suggest supporters $F $L --pupil "Frida Løken"
        run suggest supporters $F $L --pupil "Frida Løken" --json
        run suggest support-group $F $L --pupil "Frida Løken"
        run groups fixtures/7b/edges.csv $R $L --size 4 --rounds 2 --iterations 60 --time-limit 600
        run groups fixtures/7b/edges.csv $R $L --size 4 --json --iterations 60 --time-limit 600
        run placement fixtures/grade-7 $L --classes 3 --iterations 2 --time-limit 600
        run seating fixtures/7b/edges.csv $R $L --room pairs:4x4 --iterations 300
        run compare fixtures/waves/before.csv fixtures/waves/after.csv $L
        run compare fixtures/waves/before.csv fixtures/waves/after.csv $L --json
        mkdir -p "$out/batch-$lang"
        run batch fixtures/grade-7 $L --out "$out/batch-$lang" --force
        for broken in fixtures/broken/*.csv; do run analyze "$broken" $L; done
        run analyze fixtures/7b/forms-nb.csv --roster fixtures/broken/wrong-roster.csv $L
        run groups fixtures/7b/edges.csv $R $L --size 30
        run render fixtures/grade-7 $L --layout grade -o "$out/render-grade-$lang.dot"
    done
}

run_all "$old" 2>/dev/null && mv "$work/run/o" "$work/old"
run_all "$new" 2>/dev/null && mv "$work/run/o" "$work/new"
# Outputs that carry the tool's own version or the time they were made differ by nature.
find "$work" -name '*.png' -o -name '*.pdf' | xargs rm -f
if diff -r "$work/old" "$work/new" >"$work/diff.txt"; then
    echo "No difference in $(find "$work/old" -type f | wc -l) outputs."
else
    head -n 80 "$work/diff.txt"
    echo "Outputs differ ($(grep -c '^diff\|^Only' "$work/diff.txt") files)."
    exit 1
fi
