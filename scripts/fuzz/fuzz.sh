#!/bin/sh
# Builds and runs the libFuzzer targets (libFuzzer + AddressSanitizer) and prints, per target, the
# executions, the rate, the coverage and the crashes found.
#
# Usage: scripts/fuzz/fuzz.sh [SECONDS] [TARGET[:SECONDS]...]   run each target SECONDS (default 60), or
#                                                    its own SECONDS; default: all targets
#        scripts/fuzz/fuzz.sh --smoke [SECONDS]       CI: build every target, run each fast target SECONDS
#                                                    (default 5) on the committed corpus, without the leak
#                                                    pass; fail on a finding
#        scripts/fuzz/fuzz.sh --check                 build every target, run nothing
#        scripts/fuzz/fuzz.sh --library               build only the library (a running campaign keeps its targets)
#        scripts/fuzz/fuzz.sh --minimize [TARGET...]  merge the last runs' corpora into scripts/fuzz/corpus/
#                                                    (default: the fast targets and escaping; inputs up to 4 KB)
#
# Fast targets (scripts/fuzz/fast/, no Graphviz, thousands of inputs per second, each checks properties
# of its stage — see the comment at the top of each file):
#   csv      the text decoder and the CSV reader (round trip)
#   survey   layout detection, the wide/long/matrix importers, the class list and the name matching
#   names    NameMatcher against a class list
#   sheet    the workbook reader's XML parts (worksheet, shared strings, styles) to the importer's table
#   dot      the DOT escaping
#   html     the report's HTML escaping and SVG sanitiser
#   request  the web app's multipart pre-check (against a model of MultipartKit's parser), Host, Origin, token
# Whole-pipeline targets (slower: a hundred to a thousand inputs per second):
#   importer any file through import, analysis, every writer and Graphviz's DOT parser
#   escaping names through the escaping into Graphviz, laid out and drawn
#   workbook any file through the archive reader (ZIPFoundation) and the workbook importer
#
# The library is compiled once (out/fuzz/lib, again only when Sources/Sociogram changes) with libFuzzer's
# coverage and AddressSanitizer, `-enable-testing`, so each target is its own small file with
# `@testable import Sociogram`. Seeds: the committed corpus (scripts/fuzz/corpus/TARGET, minimised) and
# inputs made from fixtures/; dictionaries in scripts/fuzz/dict/. A finding is saved as
# out/fuzz/TARGET/crash-* (or leak-*, timeout-*, slow-unit-*); turn it into a fixture and a test (see
# docs/hardening.md). Exit status: 0 when nothing was found, 1 otherwise, 3 when a target does not build.
set -eu
cd "$(dirname "$0")/../.."
FAST_TARGETS="csv survey names sheet dot html request"
FULL_TARGETS="importer escaping workbook"
# Swift's own crash backtracer trips AddressSanitizer; libFuzzer prints the stack instead.
export SWIFT_BACKTRACE=enable=no
OUT=out/fuzz
ROOT=$(pwd)
ZIP_SOURCES=.build/checkouts/ZIPFoundation/Sources
OPT=-O  # --smoke builds with -Onone: a shorter build, and a lower rate is enough there
# The library's files are compiled by as many frontends as there are cores (halves the smoke's build).
JOBS="-j $(nproc 2>/dev/null || echo 2)"

MODE=run
case "${1:-}" in
--smoke) MODE=smoke; OPT=-Onone; SECONDS_EACH="${2:-5}"; TARGETS="$FAST_TARGETS" ;;
--check) MODE=check; TARGETS="$FAST_TARGETS $FULL_TARGETS" ;;
--library) MODE=library; TARGETS="" ;;
--minimize) MODE=minimize; shift; TARGETS="${*:-$FAST_TARGETS escaping}" ;;
*)
    SECONDS_EACH=60
    case "${1:-}" in '' | *[!0-9]*) ;; *) SECONDS_EACH="$1"; shift ;; esac
    TARGETS="${*:-$FAST_TARGETS $FULL_TARGETS}"
    ;;
esac
# The smoke build (-Onone) has a folder of its own, so it never replaces the optimised one.
[ "$MODE" = smoke ] && OUT=out/fuzz-smoke
LIB="$OUT/lib"
mkdir -p "$OUT" "$LIB"
[ "$MODE" = check ] || [ "$MODE" = smoke ] && TARGETS_TO_BUILD="$FAST_TARGETS $FULL_TARGETS" || TARGETS_TO_BUILD="$TARGETS"

source_of() {
    case "$1" in
    csv) echo scripts/fuzz/fast/CSVFuzz.swift ;;
    survey) echo scripts/fuzz/fast/SurveyFuzz.swift ;;
    names) echo scripts/fuzz/fast/NamesFuzz.swift ;;
    sheet) echo scripts/fuzz/fast/SheetFuzz.swift ;;
    dot) echo scripts/fuzz/fast/DOTFuzz.swift ;;
    html) echo scripts/fuzz/fast/HTMLFuzz.swift ;;
    request) echo scripts/fuzz/fast/RequestFuzz.swift ;;
    importer) echo scripts/fuzz/ImporterFuzz.swift ;;
    escaping) echo scripts/fuzz/EscapingFuzz.swift ;;
    workbook) echo scripts/fuzz/WorkbookFuzz.swift ;;
    *) echo "unknown target $1 ($FAST_TARGETS $FULL_TARGETS)" >&2; exit 2 ;;
    esac
}

C_FLAGS="-I Sources/CGraphviz -I Sources/CZlibShim -I Sources/CMemoryFile -I Sources/CFileExchange -I Sources/CXlsxWriter \
-Xcc $(pkg-config --cflags libgvc) -I $OUT/zipfoundation -I $ZIP_SOURCES/CZLib"

# ZIPFoundation (the library's archive reader) as a static library and module, from the checkout that
# `swift build` made, with AddressSanitizer like the rest.
zipfoundation() {
    lib="$OUT/zipfoundation/libZIPFoundation.a"
    [ -f "$lib" ] && return
    [ -d "$ZIP_SOURCES/ZIPFoundation" ] || { echo "run 'swift build' first (ZIPFoundation's checkout is missing)" >&2; exit 3; }
    mkdir -p "$OUT/zipfoundation"
    echo "building ZIPFoundation with AddressSanitizer …"
    # shellcheck disable=SC2046,SC2086
    swiftc -O $JOBS -sanitize=address -parse-as-library -module-name ZIPFoundation -emit-module -emit-library -static \
        -emit-module-path "$OUT/zipfoundation/ZIPFoundation.swiftmodule" -I "$ZIP_SOURCES/CZLib" -Xcc -D_GNU_SOURCE=1 \
        $(find "$ZIP_SOURCES/ZIPFoundation" -name '*.swift' | sort) -o "$lib" >"$OUT/zipfoundation.log" 2>&1 \
        || { cat "$OUT/zipfoundation.log" >&2; exit 3; }
}

# The library, once: every target links it. Rebuilt when a library source, the catalogue or the
# optimisation level changed.
library() {
    zipfoundation
    stamp="$LIB/built-with$OPT"
    if [ -f "$LIB/libSociogram.a" ] && [ -f "$stamp" ] \
        && [ -z "$(find Sources/Sociogram -newer "$LIB/libSociogram.a" -type f | head -1)" ]; then
        return
    fi
    echo "building the library for fuzzing ($OPT, libFuzzer coverage, AddressSanitizer) …"
    # The string catalogue, embedded as the build plugin does it (Plugins/EmbedTextCatalogue).
    swift build --product text-catalogue-embed >"$OUT/embed-build.log" 2>&1 || { cat "$OUT/embed-build.log" >&2; exit 3; }
    "$(swift build --show-bin-path)/text-catalogue-embed" "$LIB/TextCatalogue+Embedded.swift" Sources/Sociogram/Text/Catalogue/*.json
    rm -f "$LIB"/built-with*
    # From a copy of the sources, so that editing them during the build (minutes) does not stop it.
    rm -rf "$LIB/src" && mkdir -p "$LIB/src" && touch "$LIB/copied" && cp -R Sources/Sociogram "$LIB/src/"
    # shellcheck disable=SC2046,SC2086
    swiftc "$OPT" $JOBS -sanitize=fuzzer,address -enable-testing -parse-as-library -module-name Sociogram \
        -emit-module -emit-module-path "$LIB/Sociogram.swiftmodule" -emit-library -static $C_FLAGS \
        $(find "$LIB/src/Sociogram" -name '*.swift' | sort) "$LIB/TextCatalogue+Embedded.swift" -o "$LIB/libSociogram.a.new" \
        >"$LIB/build.log" 2>&1 || { grep -v 'warning:' "$LIB/build.log" | head -40 >&2; exit 3; }
    mv "$LIB/libSociogram.a.new" "$LIB/libSociogram.a"
    # Dated when the sources were copied: a source edited since is newer, and the next run rebuilds.
    touch -r "$LIB/copied" "$LIB/libSociogram.a"
    touch "$stamp"
}

build() {  # build TARGET
    src=$(source_of "$1")
    bin="$OUT/$1-fuzz"
    extra=""
    # The request target compiles the server's own check files in (the server target needs NIO).
    [ "$1" = request ] && extra="Sources/SociogramServer/Support/MultipartHeaderCheck.swift Sources/SociogramServer/Security/HostCheck.swift Sources/SociogramServer/Security/AccessToken.swift"
    helpers=scripts/fuzz/fast/FuzzChecks.swift
    [ "$1" = request ] && helpers=""
    if [ -x "$bin" ] && [ -z "$(find "$LIB/libSociogram.a" "$src" scripts/fuzz/fast/FuzzChecks.swift $extra -newer "$bin" | head -1)" ]; then
        return
    fi
    # shellcheck disable=SC2086
    swiftc "$OPT" -sanitize=fuzzer,address -parse-as-library -module-name "Fuzz_$1" -I "$LIB" $C_FLAGS \
        $helpers $extra "$src" -L "$LIB" -lSociogram -L "$OUT/zipfoundation" -lZIPFoundation \
        -lgvc -lcgraph -lcdt -lz -lxlsxwriter -o "$bin" >"$OUT/$1-build.log" 2>&1 \
        || { echo "fuzz target $1 does not build:" >&2; grep -v 'warning:' "$OUT/$1-build.log" | head -40 >&2; exit 3; }
}

# Seeds made from fixtures/ (the committed, minimised corpus is added to them).
seed() {  # seed TARGET DIR
    dir="$2"
    mkdir -p "$dir"
    [ -d "scripts/fuzz/corpus/$1" ] && cp scripts/fuzz/corpus/"$1"/* "$dir"/ 2>/dev/null || true
    n=0
    case "$1" in
    csv | survey | importer)
        for f in fixtures/7b/*.csv fixtures/grade-7/*.csv fixtures/grade-7-file/*.csv fixtures/broken/*.csv \
            fixtures/hostile/*.csv fixtures/names/*.csv fixtures/waves/*.csv; do
            [ -f "$f" ] && [ "$(wc -c <"$f")" -le 65536 ] || continue
            n=$((n + 1))
            if [ "$1" = csv ]; then cp "$f" "$dir/seed-$n"; continue; fi
            for flag in 0 3; do { printf "\\$(printf '%03o' "$flag")"; cat "$f"; } >"$dir/seed-$n-$flag"; done
        done
        # survey + 0xFE + class list, with the class-list flag (8) and --strict (1)
        [ "$1" = csv ] || { printf '\011'; cat fixtures/7b/google-forms.csv; printf '\376'; cat fixtures/7b/roster.csv; } >"$dir/seed-roster"
        ;;
    names)
        # the 7B class list, then written names from the hostile list and the fixtures' spellings
        list=$(cut -d',' -f2 fixtures/7b/roster.csv | tail -n +2)
        for w in "Aase Lien" "Jorgen Bø" "kari  nordmann" "Kari N." "Andre Moe" "Ola" "Per" "Emil Pedersen"; do
            n=$((n + 1))
            { printf '%s' "$list"; printf '\376%s' "$w"; } >"$dir/seed-$n"
        done
        ;;
    escaping | dot)
        while IFS= read -r line; do
            n=$((n + 1))
            printf '%s' "$line" >"$dir/name-$n"
        done <fixtures/hostile/names.txt
        printf 'New\nLine' >"$dir/name-newline"
        printf 'Tab\tand\rCR\033[31mred' >"$dir/name-controls"
        ;;
    html)
        while IFS= read -r line; do
            n=$((n + 1))
            { printf '\000'; printf '%s' "$line"; } >"$dir/text-$n"
        done <fixtures/hostile/names.txt
        for f in scripts/fuzz/seeds/*.svg; do
            [ -f "$f" ] || continue
            n=$((n + 1))
            { printf '\001'; cat "$f"; } >"$dir/svg-$n"
        done
        ;;
    request)
        b=a78a6907e5c2c2c45759de327e969a4f
        { printf '\000%s\n--%s\r\nContent-Disposition: form-data; name="survey"; filename="7B svar.csv"\r\nContent-Type: text/csv\r\n\r\n' $b $b
          head -3 fixtures/7b/forms-nb.csv; printf '\r\n--%s\r\nContent-Disposition: form-data; name="lang"\r\n\r\nnb\r\n--%s--\r\n' $b $b; } >"$dir/multipart"
        printf '\001127.0.0.1:8750\376http://localhost:8750\3760123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef' >"$dir/access"
        printf '\001[::1]:8750\376null\376x' >"$dir/access-2"
        ;;
    sheet | workbook)
        for f in fixtures/workbooks/*.xlsx fixtures/workbooks/*.zip fixtures/grade-7/oversikt.xlsx; do
            [ -f "$f" ] && [ "$(wc -c <"$f")" -le 65536 ] || continue
            n=$((n + 1))
            if [ "$1" = workbook ]; then cp "$f" "$dir/file-$n"; continue; fi
            # The workbook's parts: sheet | shared strings | styles.
            python3 - "$f" "$dir/parts-$n" <<'PY' || true
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
sheet = next((n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")), None)
if sheet:
    part = lambda n: z.read(n) if n in names else b""
    open(sys.argv[2], "wb").write(part(sheet) + b"\xfe" + part("xl/sharedStrings.xml") + b"\xfe" + part("xl/styles.xml"))
PY
        done
        ;;
    esac
}

findings() { find "$1" -maxdepth 1 \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l; }

# --minimize works on the binaries of the runs whose corpora it merges: nothing is rebuilt.
if [ "$MODE" != minimize ]; then
    library
    [ "$MODE" = library ] && exit 0
    for entry in $TARGETS_TO_BUILD; do build "${entry%%:*}"; done
fi
if [ "$MODE" = check ]; then
    for target in $TARGETS_TO_BUILD; do echo "fuzz target $target: builds"; done
    exit 0
fi

if [ "$MODE" = minimize ]; then
    for target in $TARGETS; do
        work="$OUT/$target"
        [ -d "$work/corpus" ] || { echo "$target: no corpus in $work (run the target first)"; continue; }
        rm -rf "$work/minimized" && mkdir -p "$work/minimized"
        (cd "$work" && ASAN_OPTIONS=detect_leaks=0 "../$target-fuzz" -merge=1 -max_len=16384 minimized corpus) >"$work/merge.log" 2>&1
        rm -rf "scripts/fuzz/corpus/$target" && mkdir -p "scripts/fuzz/corpus/$target"
        # Files named by their content's hash, as libFuzzer names them: stable across merges. Inputs over
        # 4 KB stay out, to keep the committed corpus a few MB (the larger seeds come from fixtures/ anyway).
        find "$work/minimized" -type f -size -4097c -exec cp {} "scripts/fuzz/corpus/$target/" \;
        echo "$target: $(ls "scripts/fuzz/corpus/$target" | wc -l) inputs, $(du -sk "scripts/fuzz/corpus/$target" | cut -f1) KB"
    done
    exit 0
fi

status=0
for entry in $TARGETS; do
    target="${entry%%:*}"
    seconds="$SECONDS_EACH"
    [ "$entry" = "$target" ] || seconds="${entry#*:}"
    work="$OUT/$target"
    log="$work/last-run.log"
    mkdir -p "$work"
    rm -rf "$work/corpus"
    seed "$target" "$work/corpus"
    before=$(findings "$work")
    dict=""
    [ -f "scripts/fuzz/dict/$target.dict" ] && dict="-dict=$ROOT/scripts/fuzz/dict/$target.dict"
    # A class's survey is 1–4 KB; the survey target mutates at that size (whole-file targets up to 16 KB).
    max_len=16384
    [ "$target" = survey ] && max_len=4096
    # -rss_limit_mb and -timeout make a memory blow-up or a hang a finding too. Leak detection needs slow
    # (full) stack unwinding to match the suppressions, so it runs as a second pass over the final corpus.
    # shellcheck disable=SC2086
    (cd "$work" && ASAN_OPTIONS=detect_leaks=0 "../$target-fuzz" -max_total_time="$seconds" -max_len="$max_len" \
        -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=./ $dict corpus) >"$log" 2>&1 || true
    # (Not in --smoke: with full unwinding it takes minutes per target over the whole corpus.)
    if [ "$MODE" != smoke ]; then
        (cd "$work" && ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0 \
            LSAN_OPTIONS="suppressions=$ROOT/scripts/checks/sanitizers/lsan.supp" "../$target-fuzz" -runs=0 \
            -artifact_prefix=./ corpus) >"$work/leakcheck.log" 2>&1 || cat "$work/leakcheck.log" >>"$log"
    fi
    after=$(findings "$work")
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
    found=$((after - before))
    echo "$target: ${seconds}s, ${runs:-?} executions (${rate:-?}/s), ${cov:-cov: ?}, corpus $(ls "$work/corpus" | wc -l) inputs, new findings: $found"
    if [ "$found" -gt 0 ] || grep -q 'ERROR: libFuzzer\|ERROR: AddressSanitizer\|ERROR: LeakSanitizer' "$log"; then
        status=1
        grep -m3 'ERROR\|Fatal error\|SUMMARY' "$log" || true
        echo "  details: $log"
    fi
done
exit $status
