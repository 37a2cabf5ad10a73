#!/bin/sh
# Runs the libFuzzer targets (AddressSanitizer + libFuzzer, whole library compiled in) for a bounded time
# each and prints, per target, the executions, the rate and the crashes found.
#
# Usage: scripts/fuzz/fuzz.sh [SECONDS] [TARGET...]     SECONDS per target (default 60);
#        targets: importer escaping workbook (default: all three)
#        scripts/fuzz/fuzz.sh --check                     type-checks every target against the library as
#                                                    it is now (CI runs this, so the targets cannot rot)
#
# Seed corpora are made from fixtures/ (every layout and encoding, the broken files, the hostile files;
# each with an option byte in front, see scripts/fuzz/ImporterFuzz.swift) and the hostile names.
# A crash is saved as out/fuzz/<target>/crash-*; turn it into a file under fixtures/hostile/ with a test
# (see docs/hardening.md). Exit status: 0 when no target crashed, 1 otherwise.
# Fuzzing is not run by CI (it needs minutes to be useful; CI runs the same properties through the test
# suite), but `--check` is.
set -eu
cd "$(dirname "$0")/../.."
ALL_TARGETS="importer:scripts/fuzz/ImporterFuzz.swift escaping:scripts/fuzz/EscapingFuzz.swift workbook:scripts/fuzz/WorkbookFuzz.swift"
# Swift's own crash backtracer trips AddressSanitizer; libFuzzer prints the stack instead.
export SWIFT_BACKTRACE=enable=no
SECONDS_EACH="${1:-60}"
[ $# -gt 0 ] && shift
TARGETS="${*:-importer escaping workbook}"
OUT=out/fuzz
ROOT=$(pwd)
mkdir -p "$OUT"

GV_FLAGS=$(pkg-config --cflags libgvc)
# The string catalogue, embedded as the build plugin does it (Plugins/EmbedTextCatalogue).
EMBEDDED="$OUT/TextCatalogue+Embedded.swift"
swift build --product text-catalogue-embed >"$OUT/embed-build.log" 2>&1 || { cat "$OUT/embed-build.log" >&2; exit 3; }
"$(swift build --show-bin-path)/text-catalogue-embed" "$EMBEDDED" Sources/Sociogram/Text/Catalogue/*.json
LIBRARY_SOURCES="$(find Sources/Sociogram -name '*.swift' | sort) $EMBEDDED"

# The compiler flags every target is built with (the C shims, Graphviz, zlib, ZIPFoundation's module).
flags() {
    echo "-parse-as-library -module-name Sociogram -I Sources/CGraphviz -I Sources/CZlibShim -I Sources/CMemoryFile -I Sources/CFileExchange -I Sources/CXlsxWriter" \
        "-Xcc $GV_FLAGS -I $OUT/zipfoundation -I $ZIP_SOURCES/CZLib"
}

# --check: each target type-checked with the whole library (about a minute in all), nothing run.
check() {
    [ -d "$ZIP_SOURCES/ZIPFoundation" ] || { echo "run 'swift build' first (ZIPFoundation's checkout is missing)" >&2; exit 3; }
    mkdir -p "$OUT/zipfoundation"
    # shellcheck disable=SC2046
    swiftc -parse-as-library -module-name ZIPFoundation -emit-module \
        -emit-module-path "$OUT/zipfoundation/ZIPFoundation.swiftmodule" -I "$ZIP_SOURCES/CZLib" -Xcc -D_GNU_SOURCE=1 \
        $(find "$ZIP_SOURCES/ZIPFoundation" -name '*.swift' | sort) >"$OUT/zipfoundation-check.log" 2>&1 \
        || { cat "$OUT/zipfoundation-check.log" >&2; exit 3; }
    for entry in $ALL_TARGETS; do
        # shellcheck disable=SC2046
        swiftc -typecheck $(flags) $LIBRARY_SOURCES "${entry#*:}" >"$OUT/${entry%%:*}-check.log" 2>&1 \
            || { echo "fuzz target ${entry%%:*} does not compile:" >&2; cat "$OUT/${entry%%:*}-check.log" >&2; exit 3; }
        echo "fuzz target ${entry%%:*}: compiles"
    done
}

build() {  # build TARGET SOURCE
    bin="$OUT/$1-fuzz"
    if [ -x "$bin" ] && [ -z "$(find Sources/Sociogram "$2" -newer "$bin" -name '*.swift' | head -1)" ]; then
        return
    fi
    echo "building $bin …"
    zipfoundation
    # shellcheck disable=SC2086
    # shellcheck disable=SC2046
    swiftc -O -sanitize=fuzzer,address $(flags) -lgvc -lcgraph -lcdt -lz -lxlsxwriter -L "$OUT/zipfoundation" -lZIPFoundation \
        $LIBRARY_SOURCES "$2" -o "$bin" >"$OUT/$1-build.log" 2>&1 || { cat "$OUT/$1-build.log" >&2; exit 3; }
}

# ZIPFoundation (the library's archive reader) as a static library and module, from the checkout that
# `swift build` made (run it once first), with AddressSanitizer like the rest.
ZIP_SOURCES=.build/checkouts/ZIPFoundation/Sources
zipfoundation() {
    lib="$OUT/zipfoundation/libZIPFoundation.a"
    [ -f "$lib" ] && return
    [ -d "$ZIP_SOURCES/ZIPFoundation" ] || { echo "run 'swift build' first (ZIPFoundation's checkout is missing)" >&2; exit 3; }
    mkdir -p "$OUT/zipfoundation"
    # shellcheck disable=SC2046
    swiftc -O -sanitize=address -parse-as-library -module-name ZIPFoundation -emit-module -emit-library -static \
        -emit-module-path "$OUT/zipfoundation/ZIPFoundation.swiftmodule" -I "$ZIP_SOURCES/CZLib" -Xcc -D_GNU_SOURCE=1 \
        $(find "$ZIP_SOURCES/ZIPFoundation" -name '*.swift' | sort) -o "$lib" >"$OUT/zipfoundation.log" 2>&1 \
        || { cat "$OUT/zipfoundation.log" >&2; exit 3; }
}

seed_importer() {
    dir="$OUT/importer/corpus"
    mkdir -p "$dir"
    n=0
    for f in fixtures/7b/*.csv fixtures/grade-7/*.csv fixtures/grade-7-file/*.csv fixtures/broken/*.csv \
        fixtures/hostile/*.csv; do
        [ -f "$f" ] || continue
        [ "$(wc -c <"$f")" -le 65536 ] || continue
        n=$((n + 1))
        for flag in 0 3; do
            { printf "\\$(printf '%03o' "$flag")"; cat "$f"; } >"$dir/seed-$n-$flag"
        done
    done
    # survey + 0xFE + roster, with the roster flag (8) and --strict (1)
    { printf '\011'; cat fixtures/7b/google-forms.csv; printf '\376'; cat fixtures/7b/roster.csv; } >"$dir/seed-roster"
}

seed_escaping() {
    dir="$OUT/escaping/corpus"
    mkdir -p "$dir"
    i=0
    while IFS= read -r line; do
        i=$((i + 1))
        printf '%s' "$line" >"$dir/name-$i"
    done <fixtures/hostile/names.txt
    printf 'New\nLine' >"$dir/name-newline"
    printf 'Tab\tand\rCR\033[31mred' >"$dir/name-controls"
}

seed_workbook() {
    dir="$OUT/workbook/corpus"
    mkdir -p "$dir"
    n=0
    for f in fixtures/workbooks/*.xlsx fixtures/workbooks/*.zip fixtures/grade-7/oversikt.xlsx; do
        [ "$(wc -c <"$f")" -le 65536 ] || continue
        n=$((n + 1))
        { printf '\000'; cat "$f"; } >"$dir/file-$n"
        # The same workbook's parts for mode 1: sheet | shared strings | styles.
        python3 - "$f" "$dir/parts-$n" <<'PY' || true
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
sheet = next((n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")), None)
if sheet:
    part = lambda n: z.read(n) if n in names else b""
    open(sys.argv[2], "wb").write(b"\x01" + part(sheet) + b"\xfe" + part("xl/sharedStrings.xml") + b"\xfe" + part("xl/styles.xml"))
PY
    done
}

if [ "$SECONDS_EACH" = "--check" ]; then
    check
    exit 0
fi

status=0
for target in $TARGETS; do
    case "$target" in
    importer) build importer scripts/fuzz/ImporterFuzz.swift; seed_importer ;;
    escaping) build escaping scripts/fuzz/EscapingFuzz.swift; seed_escaping ;;
    workbook) build workbook scripts/fuzz/WorkbookFuzz.swift; seed_workbook ;;
    *) echo "unknown target $target (importer, escaping, workbook)" >&2; exit 2 ;;
    esac
    work="$OUT/$target"
    log="$work/last-run.log"
    before=$(find "$work" -maxdepth 1 -name 'crash-*' -o -maxdepth 1 -name 'leak-*' -o -maxdepth 1 -name 'timeout-*' | wc -l)
    # -rss_limit_mb and -timeout make a memory blow-up or a hang a finding too. Leak detection needs slow
    # (full) stack unwinding to match the suppressions, so it runs as a second pass over the final corpus.
    (cd "$work" && ASAN_OPTIONS=detect_leaks=0 "../$target-fuzz" -max_total_time="$SECONDS_EACH" -max_len=16384 \
        -timeout=20 -rss_limit_mb=2048 -len_control=0 -print_final_stats=1 -artifact_prefix=./ corpus) >"$log" 2>&1 || true
    (cd "$work" && ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0 \
        LSAN_OPTIONS="suppressions=$ROOT/scripts/checks/sanitizers/lsan.supp" "../$target-fuzz" -runs=0 \
        -artifact_prefix=./ corpus) >"$work/leakcheck.log" 2>&1 || cat "$work/leakcheck.log" >>"$log"
    after=$(find "$work" -maxdepth 1 -name 'crash-*' -o -maxdepth 1 -name 'leak-*' -o -maxdepth 1 -name 'timeout-*' | wc -l)
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
    found=$((after - before))
    echo "$target: ${SECONDS_EACH}s, ${runs:-?} executions (${rate:-?}/s), ${cov:-cov: ?}, corpus $(ls "$work/corpus" | wc -l) inputs, new crashes/leaks/timeouts: $found"
    if [ "$found" -gt 0 ] || grep -q 'ERROR: libFuzzer\|ERROR: AddressSanitizer' "$log"; then
        status=1
        grep -m3 'ERROR\|Fatal error\|SUMMARY' "$log" || true
        echo "  details: $log"
    fi
done
exit $status
