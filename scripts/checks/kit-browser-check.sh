#!/bin/sh
# Prints the pages of `sociogram kit` in a real browser (Debian's headless Chromium, --print-to-pdf) and
# checks what lands on paper:
#   * every page is A4; the paper questionnaire and the interview sheets have exactly one page per pupil;
#     the sheet for the day and the letter to parents have one page each;
#   * the text of page i of the questionnaire (pdftotext) names pupil i (or the pupil's code with
#     --labels codes) and lists every classmate in full under each question (a name cut off by the
#     column width fails), and never the pupil;
#   * in nynorsk, no page carries a bokmål word of the catalogue check's list.
# Kits: class 7B (26 pupils) in bokmål, nynorsk and English with three questions; bokmål with codes; and a
# class of 32 pupils with three questions and a long name (a denser layout).
# Installs Chromium and poppler-utils when missing (apt, as root or with sudo).
#
#   scripts/checks/kit-browser-check.sh                 # exit 0 when every check passes
#   KEEP=/tmp/kit scripts/checks/kit-browser-check.sh   # keep the kits and PDFs for a look
#
# Nothing leaves the machine: Chromium runs with a dead proxy and no name resolution.
set -eu
cd "$(dirname "$0")/../.."

sh scripts/checks/ensure-print-tools.sh

sh scripts/ensure-deps.sh
swift build --product sociogram >/dev/null
bin="$(swift build --show-bin-path)/sociogram"

work=${KEEP:-$(mktemp -d)}
mkdir -p "$work"
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$work"' EXIT; fi

roster=fixtures/7b/roster.csv
for lang in nb nn en; do
    rm -rf "$work/kit-$lang"
    "$bin" kit --roster "$roster" --out "$work/kit-$lang" --lang "$lang" --class 7B \
        --questions positive,prosocial,influence --school "Bakken skole" --contact "Kari Nordmann, 12 34 56 78" \
        --date 2026-11-24 >/dev/null
done
rm -rf "$work/kit-codes"
"$bin" kit --roster "$roster" --out "$work/kit-codes" --lang nb --class 7B --labels codes >/dev/null
# Class 7B and six more (32 pupils), one of them with a long double surname.
{ cat "$roster"; printf '%s\n' "7b27,Marius Haugen-Kristiansen,K27,gutt" "7b28,Sofie Aasheim,K28,jente" \
    "7b29,Ole Vik,K29,gutt" "7b30,Liv Moe,K30,jente" "7b31,Per Lund,K31,gutt" "7b32,Ida Ro,K32,jente"; } > "$work/big.csv"
rm -rf "$work/kit-big"
"$bin" kit --roster "$work/big.csv" --out "$work/kit-big" --lang nb --questions positive,prosocial,influence >/dev/null

python3 - "$work" "$roster" <<'PY'
import csv, os, re, subprocess, sys

work, roster = sys.argv[1], sys.argv[2]
failures = []


def check(ok, message):
    print(("  ok    " if ok else "  FAIL  ") + message)
    if not ok:
        failures.append(message)


def pdf(html):
    out = html[:-5] + ".pdf"
    subprocess.run([
        "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--user-data-dir=" + os.path.join(work, "profile"), "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--proxy-server=http://127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND", "--no-pdf-header-footer", "--print-to-pdf=" + out,
        "file://" + os.path.abspath(html)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    info = subprocess.run(["pdfinfo", out], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    a4 = "(A4)" in info
    text = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True).stdout
    return pages, a4, text.split("\f")


with open(roster, encoding="utf-8-sig") as f:
    class7b = [(r["name"], r["code"]) for r in csv.DictReader(f)]
with open(os.path.join(work, "big.csv"), encoding="utf-8-sig") as f:
    big = [(r["name"], r["code"]) for r in csv.DictReader(f)]

order = lambda names: sorted(names, key=lambda n: n[0].lower().replace("æ", "{").replace("ø", "|").replace("å", "}"))
bokmal = set("""ikke hvem hva hvordan hvorfor hvis hvor bare fra være valg valgene valgt valgte velge velger elever
elevene gutter gutt lærer læreren lærere noen noe ble selv mer hver hvert ett annen annet svarene navn navnet
navnene venner sammen hverandre ganger uke trenger gjør gjøre sier kommer sitter finnes hele egen eget egne vet
uten skrevet foresatte""".split())

for kit, names, codes in [("kit-nb", class7b, False), ("kit-nn", class7b, False), ("kit-en", class7b, False),
                          ("kit-codes", class7b, True), ("kit-big", big, False)]:
    folder = os.path.join(work, kit)
    print(kit)
    names = order(names)
    n = len(names)
    for page in sorted(os.listdir(folder)):
        if not page.endswith(".html"):
            continue
        pages, a4, texts = pdf(os.path.join(folder, page))
        check(a4, f"{page}: A4")
        if page in ("05-papirskjema.html", "06-intervju.html"):
            check(pages == n, f"{page}: {pages} pages for {n} pupils")
        elif page in ("02-gjennomforing.html", "03-foreldrebrev.html"):
            check(pages == 1, f"{page}: {pages} page")
        else:
            check(1 <= pages <= 4, f"{page}: {pages} pages")
        if page == "05-papirskjema.html":
            bad = []
            for i, (name, code) in enumerate(names):
                # A long name may wrap (at a space, or after a hyphen that pdftotext then drops): compare
                # without spaces and hyphens.
                key = lambda t: re.sub(r"[\s-]+", "", t)
                text = key(texts[i]) if i < len(texts) else ""
                own = code if codes else name
                if (":" + key(own)) not in text:
                    bad.append(f"page {i + 1} does not name {own}")
                for mate, _ in names:
                    count = text.count(key(mate)) - (1 if mate == name and not codes else 0)
                    want = 0 if mate == name else (3 if kit != "kit-codes" else 1)
                    if count != want:
                        bad.append(f"page {i + 1}: {mate} {count}× (want {want})")
            check(not bad, f"{page}: each page names its pupil and lists every classmate in full" + (": " + "; ".join(bad[:3]) if bad else ""))
        if kit == "kit-nn":
            plain = re.sub(r"\S*(/|\.html|\.csv)\S*", " ", " ".join(texts).lower())  # links and file names
            words = set(re.findall(r"[a-zæøå]+", plain))
            found = sorted(words & bokmal)
            check(not found, f"{page}: no bokmål words" + (f" ({found})" if found else ""))

print("kit-browser-check: " + ("all checks passed" if not failures else f"{len(failures)} failed"))
sys.exit(1 if failures else 0)
PY
