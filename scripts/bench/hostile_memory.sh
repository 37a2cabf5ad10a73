#!/bin/sh
# Peak memory (RSS) and time of `sociogram inspect` on the worst 64 MiB inputs we know of: files made to
# be as expensive as possible per byte. Each file is generated into a temporary folder (removed at the
# end) and read once; the table in docs/hardening.md comes from this script.
#
# Usage: scripts/bench/hostile_memory.sh [BINARY]   (default .build/release/sociogram; build it first
#        with `swift build -c release`; the debug binary works too, only slower)
set -eu
cd "$(dirname "$0")/../.."
BIN="${1:-.build/release/sociogram}"
[ -x "$BIN" ] || { echo "no binary at $BIN (swift build -c release)" >&2; exit 2; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 - "$TMP" <<'PY'
import os, sys
d = sys.argv[1]
MiB = 1024 * 1024
size = 64 * MiB - 4096  # just under the 64 MiB limit
def write(name, data):
    with open(os.path.join(d, name), "wb") as f:
        f.write(data[:size])
header = b"Navn;Hvem vil du sitte med? [Valg 1];Hvem vil du sitte med? [Valg 2]\n"
# 1. One row of delimiters: 67 million empty fields.
write("1-delimiters.csv", header + b";" * size)
# 2. A header of ten million columns.
write("2-wide-header.csv", b";".join(b"c%d" % i for i in range(12_000_000)) + b"\n1;2\n")
# 3. One quoted field of 64 MiB.
write("3-one-field.csv", header + b"Kari;\"" + b"x" * (size - len(header) - 20) + b"\";Ola\n")
# 4. Just under the million-row limit, each row as long as fits.
rows = 999_990
row = b"Kari Nordmann;Ola Hansen;" + b"A" * (size // rows - 27) + b"\n"
write("4-many-rows.csv", header + row * rows)
# 5. An edge list of unique names: two new pupils per row.
rows = b"".join(b"Elev %07d;Elev %07dx;Hvem vil du sitte med?\n" % (i, i) for i in range(999_000))
write("5-unique-names.csv", b"fra;til;sp\xc3\xb8rsm\xc3\xa5l\n" + rows)
# 6. A square sociomatrix as large as fits: 5,000 pupils.
n = 5000
names = [b"P%d" % i for i in range(n)]
matrix = b";" + b";".join(names) + b"\n" + b"".join(names[i] + b";" + b";".join(b"1" if (j - i) % 97 == 1 else b"0" for j in range(n)) + b"\n" for i in range(n))
write("6-matrix.csv", matrix)
PY
printf '| file | bytes | exit | time | peak RSS |\n|---|---|---|---|---|\n'
for f in "$TMP"/*.csv; do
    set +e
    /usr/bin/time -f "%e %M" -o "$TMP/time" "$BIN" inspect "$f" >"$TMP/out" 2>"$TMP/err"
    rc=$?
    set -e
    # The last line: GNU time puts "Command exited with non-zero status N" above it when the run failed.
    secs=$(tail -1 "$TMP/time" | cut -d' ' -f1)
    kb=$(tail -1 "$TMP/time" | cut -d' ' -f2)
    printf '| %s | %s | %s | %s s | %s MiB |\n' "$(basename "$f")" "$(wc -c <"$f")" "$rc" "$secs" "$((kb / 1024))"
    [ "$rc" -eq 0 ] || head -c 300 "$TMP/err" | sed 's/^/    /'
done
