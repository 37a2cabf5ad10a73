#!/bin/sh
# Opens the HTML report in a real browser (Debian's headless Chromium) and checks it; see
# scripts/checks/browser-check.py for the checks. Installs Chromium when it is missing (apt, as root or with
# sudo), builds `sociogram`, makes three reports of the fixture class 7B — names in bokmål with a
# pupil section, codes in English, and one made from hostile names — plus a follow-up report with the
# section on what changed (fixtures/waves, `--before`), and checks each.
#
#   scripts/checks/browser-check.sh            # exit 0 when every check passes
#   KEEP=/tmp/reports scripts/checks/browser-check.sh   # keep the reports for a look
#
# Nothing leaves the machine: Chromium runs with a dead proxy and no name resolution.
set -eu
cd "$(dirname "$0")/../.."
started=$(date +%s)

browser=""
for candidate in chromium chromium-browser; do
    if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
done
if [ -z "$browser" ]; then
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "browser-check: please install Chromium (the 'chromium' package)" >&2
        exit 1
    fi
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    echo "Installing chromium (needs apt; about 80 s) ..." >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
    browser=chromium
fi

sh scripts/ensure-deps.sh
swift build --product sociogram >/dev/null
bin="$(swift build --show-bin-path)/sociogram"

work=${KEEP:-$(mktemp -d)}
mkdir -p "$work"
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$work"' EXIT; fi

survey=fixtures/7b/forms-nb.csv
roster=fixtures/7b/roster.csv
# The labels each report must show: names from the roster, codes from the code key.
python3 - "$roster" "$work/names.txt" <<'PY'
import csv, sys
with open(sys.argv[1], encoding="utf-8-sig") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for row in csv.DictReader(f):
        out.write(row["name"] + "\n")
PY
"$bin" report "$survey" --roster "$roster" --lang nb --pupil "Frida Løken" --date 24.11.2026 \
    -o "$work/report-names-nb.html" >/dev/null
"$bin" report "$survey" --roster "$roster" --lang en --labels codes --key "$work/key.csv" --negative \
    -o "$work/report-codes-en.html" >/dev/null
python3 - "$work/key.csv" "$work/codes.txt" <<'PY'
import csv, sys
with open(sys.argv[1], encoding="utf-8-sig") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for row in csv.DictReader(f, delimiter=";"):
        out.write(row["code"] + "\n")
PY
cat > "$work/hostile.csv" <<'CSV'
from,to,question
"<script>document.title='PWNED'</script>",Kari Nordmann,Hvem vil du helst være sammen med?
Kari Nordmann,"<img src=x onerror=""document.title='PWNED'"">",Hvem vil du helst være sammen med?
"<img src=x onerror=""document.title='PWNED'"">",Kari Nordmann,Hvem vil du helst være sammen med?
Ola </title><script>alert(1)</script>,Kari Nordmann,Hvem vil du helst være sammen med?
Kari Nordmann,Ola </title><script>alert(1)</script>,Hvem vil du helst være sammen med?
CSV
"$bin" report "$work/hostile.csv" --lang en --pupil "Kari Nordmann" -o "$work/report-hostile.html" >/dev/null
printf '%s\n' "<script>document.title='PWNED'</script>" "Kari Nordmann" > "$work/hostile.txt"

# A follow-up report with the section on what changed since the earlier survey (fixtures/waves).
"$bin" report fixtures/waves/after.csv --before fixtures/waves/before.csv --lang nb --pupil "Frida Holm" \
    -o "$work/report-change-nb.html" >/dev/null
printf '%s\n' "Frida Holm" "Anna Berg" "Ivar Krogh" > "$work/change.txt"

status=0
python3 scripts/checks/browser-check.py --chromium "$browser" \
    --report "$work/report-change-nb.html:$work/change.txt" \
    --report "$work/report-names-nb.html:$work/names.txt" \
    --report "$work/report-codes-en.html:$work/codes.txt" \
    --hostile "$work/report-hostile.html:$work/hostile.txt" || status=$?
echo "browser-check.sh: $(( $(date +%s) - started )) s in all"
exit $status
