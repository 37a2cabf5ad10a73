#!/usr/bin/env python3
"""Prints HTML reports on A4 in headless Chromium and measures the text of their diagrams on paper.

    python3 scripts/checks/print-check.py --sociogram BIN --work DIR [--measure]

Reports: class 7B (fixtures/7b, with the pupil section of Frida Løken) and a class of 30 pupils
(fixtures/print-30, made by scripts/fixtures/print_class_30.py, with the section of Vilde Lien).

How a word's point size is derived: `pdftotext -bbox-layout` gives every word's box in PDF points; its
height is the font's ascent + descent, a fixed multiple of the font size for one font. The check
calibrates that multiple on every run: it prints a page with a 10 pt line in the diagrams' font
(Graphviz's SVG text, `Helvetica,sans-Serif` = Liberation Sans here) inside an unscaled SVG, and divides
(measured on this machine: a 10 pt word's box is 11.5 pt high, factor 1.15). Point size = box height /
factor.

Which words are in a diagram: the text elements of every `<svg class="diagram">` are read from the HTML
(a pupil's label inside `g[data-p]`, everything else is legend, caption or guide text); a line of the PDF
counts as diagram text when it can be split completely into such texts. Pupil names must be >= 9 pt, every
other diagram word >= 8 pt (a word has a letter or digit: the legend's symbols ● ▲ ⟶ are not measured), and
every diagram must be found on paper (at least 80 % of its texts).
With --measure the sizes are printed and nothing is asserted (used for the before/after table in
docs/report.md).
"""
import argparse
import html as htmllib
import os
import re
import statistics
import subprocess
import sys

NAME_MIN, LEGEND_MIN = 9.0, 8.0


def chromium_pdf(source, out, work):
    subprocess.run([
        "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--user-data-dir=" + os.path.join(work, "profile"), "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--proxy-server=http://127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND", "--no-pdf-header-footer", "--print-to-pdf=" + out,
        "file://" + os.path.abspath(source)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120,
        check=True)


def pdf_words(pdf):
    """[(page number, page landscape?, line words [(text, height)])] from pdftotext -bbox-layout."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    lines = []
    for k, page in enumerate(re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', xml, re.S)):
        landscape = float(page[0]) > float(page[1])
        for line in re.findall(r"<line [^>]*>(.*?)</line>", page[2], re.S):
            words = [(htmllib.unescape(t), float(y1) - float(y0)) for y0, y1, t in re.findall(
                r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>', line)]
            lines.append((k + 1, landscape, words))
    return lines


def calibrate(work):
    page = os.path.join(work, "calibration.html")
    with open(page, "w", encoding="utf-8") as f:
        f.write('<!doctype html><meta charset="utf-8"><svg width="300pt" height="40pt" viewBox="0 0 300 40">'
                '<text x="5" y="25" font-family="Helvetica,sans-Serif" font-size="10.00">Kalibrering Åse Ødegård</text></svg>')
    pdf = os.path.join(work, "calibration.pdf")
    chromium_pdf(page, pdf, work)
    heights = [h for _, _, words in pdf_words(pdf) for _, h in words]
    return statistics.median(heights) / 10.0


def diagram_texts(report):
    """Per diagram: (view, set of name texts, set of other texts), each text a tuple of words."""
    html = open(report, encoding="utf-8").read()
    out = []
    for svg in re.findall(r"<svg[^>]*class=\"diagram\".*?</svg>", html, re.S):
        view = re.search(r'data-view="([^"]*)"', svg).group(1)
        names, other = set(), set()
        # Split into pupil groups and the rest: a pupil's <g data-p> holds one <g> with the tip.
        pupil_spans = [m.span() for m in re.finditer(r'<g data-p="\d+"[^>]*>.*?</g></g></g>', svg, re.S)]
        for m in re.finditer(r"<text[^>]*>(.*?)</text>", svg, re.S):
            words = tuple(htmllib.unescape(re.sub(r"<[^>]+>", "", m.group(1))).split())
            if not words:
                continue
            inside = any(a <= m.start() < b for a, b in pupil_spans)
            (names if inside else other).add(words)
        out.append((view, names, other))
    return out


def split(words, texts):
    """Kinds of each word when `words` is a concatenation of `texts` ({tuple: kind}), else None."""
    n = len(words)
    best = [None] * (n + 1)
    best[0] = []
    longest = max((len(t) for t in texts), default=0)
    for i in range(n):
        if best[i] is None:
            continue
        for length in range(1, min(longest, n - i) + 1):
            kind = texts.get(tuple(words[i:i + length]))
            if kind and best[i + length] is None:
                best[i + length] = best[i] + [kind] * length
    return best[n]


def measure(report, work, factor):
    pdf = report[:-5] + ".pdf"
    chromium_pdf(report, pdf, work)
    lines = pdf_words(pdf)
    diagrams = diagram_texts(report)
    result = []
    # Which diagram a page shows: the one whose legend texts best match the legend texts found on the page
    # (found = a whole PDF line made of diagram texts; each diagram has its own title or subtitle).
    legend_texts = set().union(*[o for _, _, o in diagrams])
    found_on = {}
    for page, _, words in lines:
        ws = [w for w, _ in words]
        if split(ws, {t: "legend" for t in legend_texts} | {t: "name" for _, n, _ in diagrams for t in n}):
            for i in range(len(ws)):
                for j in range(i + 1, len(ws) + 1):
                    if tuple(ws[i:j]) in legend_texts:
                        found_on.setdefault(page, set()).add(tuple(ws[i:j]))
    shows = {}
    for page, found in found_on.items():
        scores = {v: len(found & o) - len(found - o) for v, _, o in diagrams}
        best = max(scores.values())
        if best > 0:
            shows[page] = {v for v, s in scores.items() if s == best}
    for view, names, other in diagrams:
        texts = {t: "legend" for t in other}
        texts.update({t: "name" for t in names})
        own_pages = {page for page, views in shows.items() if view in views}
        sizes = {"name": [], "legend": []}
        found, pages = set(), set()
        for page, landscape, words in lines:
            kinds = split([w for w, _ in words], texts) if page in own_pages else None
            if not kinds:
                continue
            pages.add((page, landscape))
            for (w, h), kind in zip(words, kinds):
                # Legend symbols (●, ▲, ⟶) are not words to read; a word has a letter or a digit.
                if kind == "name" or re.search(r"\w", w):
                    sizes[kind].append((h / factor, w))
            # count the texts found on this line
            i = 0
            while i < len(words):
                for length in range(min(len(words) - i, 12), 0, -1):
                    t = tuple(w for w, _ in words[i:i + length])
                    if t in texts:
                        found.add(t)
                        i += length
                        break
                else:
                    i += 1
        result.append((view, sizes, len(found) / max(1, len(texts)), sorted(pages)))
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sociogram", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--measure", action="store_true")
    args = ap.parse_args()
    factor = calibrate(args.work)
    print(f"calibration: a 10 pt word's box is {10 * factor:.2f} pt high (factor {factor:.3f})")
    reports = [("7b", "fixtures/7b", "Frida Løken"), ("30", "fixtures/print-30", "Vilde Lien")]
    failures = []
    for label, folder, pupil in reports:
        out = os.path.join(args.work, f"report-{label}.html")
        subprocess.run([args.sociogram, "report", f"{folder}/forms-nb.csv", "--roster", f"{folder}/roster.csv",
                        "--lang", "nb", "--pupil", pupil, "--date", "24.11.2026", "-o", out],
                       stdout=subprocess.DEVNULL, check=True)
        print(f"report {label}:")
        for view, sizes, coverage, pages in measure(out, args.work, factor):
            def low(kind):
                return min(sizes[kind]) if sizes[kind] else (0.0, "-")
            name, legend = low("name"), low("legend")
            where = ", ".join(f"p{p}{' landscape' if l else ''}" for p, l in pages)
            print(f"  {view:11s} names >= {name[0]:4.1f} pt ({name[1]}), legend >= {legend[0]:4.1f} pt ({legend[1]}),"
                  f" {coverage:.0%} of its texts found; {where}")
            if args.measure:
                continue
            if coverage < 0.8 or not sizes["name"]:
                failures.append(f"{label} {view}: diagram text not found on paper ({coverage:.0%})")
            if name[0] < NAME_MIN:
                failures.append(f"{label} {view}: a name is {name[0]:.1f} pt ({name[1]})")
            if legend[0] < LEGEND_MIN:
                failures.append(f"{label} {view}: a legend word is {legend[0]:.1f} pt ({legend[1]})")
    for f in failures:
        print("  FAIL  " + f)
    if not args.measure:
        print("print-check: " + ("all checks passed" if not failures else f"{len(failures)} failed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
