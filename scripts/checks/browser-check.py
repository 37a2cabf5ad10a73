#!/usr/bin/env python3
"""Opens Sociogram HTML reports in a real browser (headless Chromium) and checks what a reader gets.

For each report given on the command line:
  * the DOM after the script ran (--dump-dom): the script ran under the report's Content-Security-Policy
    (the <html> element got the class "js"), every expected pupil label is in the page, the diagrams
    are inline SVG, and opening the report at #p0 highlights pupil 0's ties (the script works);
  * the network log: the page made no request at all (Chromium's own background traffic, whose
    initiator is "not an origin", is ignored; everything goes to a dead proxy anyway);
  * a screenshot of the first 5000 CSS pixels (down to the sociogram): not blank, and the diagram's
    node colour is on screen (the SVG was drawn);
  * the print preview as PDF: A4 pages, a plausible number of them;
  * the page weight.
With --hostile, the report must show hostile names as text: exactly the report's two <script>
elements, no <img>, the document title untouched.

Standard library only (a small PNG decoder is included), so it runs on a fresh machine.
Exit status 0 when every check passes, 1 otherwise.
"""
import argparse
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import time
import zlib

FAILURES = []


def check(condition, message):
    print(("  ok    " if condition else "  FAIL  ") + message)
    if not condition:
        FAILURES.append(message)


def chromium(binary, profile, args, url):
    """Runs headless Chromium with no network and no background services; returns stdout bytes."""
    base = [
        binary, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
        "--user-data-dir=" + profile, "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-default-apps", "--no-default-browser-check", "--disable-breakpad",
        "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,SpellCheck",
        "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
        "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=3000",
    ]
    result = subprocess.run(base + args + [url], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=120)
    return result.stdout


# ---------------------------------------------------------------- PNG (8-bit grey/RGB/RGBA, no interlace)

def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(path + ": not a PNG")
    pos, idat = 8, b""
    width = height = channels = None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or interlace or colour not in (0, 2, 6):
                raise ValueError(path + ": unsupported PNG")
            channels = {0: 1, 2: 3, 6: 4}[colour]
        elif kind == b"IDAT":
            idat += body
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for x in range(channels, stride):
                line[x] = (line[x] + line[x - channels]) & 255
        elif kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif kind == 3:
            for x in range(stride):
                left = line[x - channels] if x >= channels else 0
                line[x] = (line[x] + ((left + prev[x]) >> 1)) & 255
        elif kind == 4:
            for x in range(stride):
                a = line[x - channels] if x >= channels else 0
                b = prev[x]
                c = prev[x - channels] if x >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return width, height, channels, rows


def pixel_stats(path, colour):
    """(share of non-white pixels, number of pixels within 6 of `colour`)."""
    width, height, channels, rows = read_png(path)
    ink = near = 0
    r0, g0, b0 = colour
    for line in rows:
        for x in range(0, width * channels, channels):
            r, g, b = line[x], line[x + 1], line[x + 2]
            if r < 245 or g < 245 or b < 245:
                ink += 1
            if abs(r - r0) <= 6 and abs(g - g0) <= 6 and abs(b - b0) <= 6:
                near += 1
    return ink / float(width * height), near


# ---------------------------------------------------------------- checks

def page_requests(netlog):
    with open(netlog, encoding="utf-8") as f:
        text = f.read()
    try:
        events = json.loads(text)["events"]
    except ValueError:
        events = json.loads(text.rstrip().rstrip(",") + "]}")["events"]
    return sorted({e["params"].get("url", "?") for e in events
                   if "initiator" in e.get("params", {}) and e["params"]["initiator"] != "not an origin"})


def check_report(browser, path, labels, work, hostile):
    url = "file://" + os.path.abspath(path)
    size = os.path.getsize(path)
    print(f"{path}: {size / 1000:.0f} kB")
    profile = os.path.join(work, "profile")
    netlog = os.path.join(work, "net.json")

    dom = chromium(browser, profile, ["--dump-dom", "--log-net-log=" + netlog], url + "#p0").decode("utf-8", "replace")
    check(re.search(r'<html lang="(nb|en)" class="js[ "]', dom) is not None, "the script ran under the page's security policy")
    missing = [label for label in labels if html_text(label) not in dom]
    check(not missing, f"all {len(labels)} pupils are in the page" + (f" (missing: {missing[:5]})" if missing else ""))
    diagrams = len(re.findall(r'<svg [^>]*class="diagram"', dom))
    check(diagrams >= 3, f"{diagrams} inline SVG diagrams")
    check(re.search(r'data-p="0" class="node pupil[^"]* hl"', dom) is not None and 'class="edge hl"' in dom,
          "opening at #p0 highlights pupil 0 and their ties")
    requests = page_requests(netlog)
    check(not requests, "the page made no request" + (f" (made: {requests[:3]})" if requests else ""))
    if hostile:
        check(dom.count("<script") == 2, f"exactly the report's 2 script elements ({dom.count('<script')})")
        check("<img" not in dom and "<iframe" not in dom, "no injected element")
        title = re.search(r"<title>(.*?)</title>", dom)
        check(title is not None and "PWNED" not in title.group(1), "the document title is untouched")
        check("&lt;script&gt;document.title" in dom, "the hostile name is shown as text")

    # one screenshot of the first 5000 CSS pixels (header, summary, attention, the sociogram) at half scale
    png = os.path.join(work, "shot.png")
    chromium(browser, profile, ["--force-device-scale-factor=0.5", "--window-size=1200,5000", "--screenshot=" + png], url)
    ink, node_pixels = pixel_stats(png, (0xDC, 0xE8, 0xF5))
    check(ink > 0.02, f"the screenshot is not blank ({ink:.1%} of pixels drawn)")
    check(node_pixels > 500, f"the sociogram's pupils are drawn ({node_pixels} pixels of node colour)")

    pdf = os.path.join(work, "print.pdf")
    chromium(browser, profile, ["--print-to-pdf=" + pdf, "--no-pdf-header-footer"], url)
    with open(pdf, "rb") as f:
        data = f.read()
    pages = len(re.findall(rb"/Type\s*/Page[^s]", data))
    boxes = {tuple(round(float(v)) for v in box.split()) for box in re.findall(rb"/MediaBox\s*\[([^\]]*)\]", data)}
    check(boxes == {(0, 0, 595, 842)}, f"printed on A4 ({sorted(boxes)})")
    check(3 <= pages <= 60, f"{pages} printed pages")
    return size


def html_text(label):
    return label.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chromium", default="chromium")
    parser.add_argument("--report", action="append", default=[], metavar="HTML:LABELS",
                        help="a report and a file with the pupil labels it must show, one per line")
    parser.add_argument("--hostile", action="append", default=[], metavar="HTML:LABELS",
                        help="a report made from hostile names")
    args = parser.parse_args()
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="sociogram-browser-") as work:
        for spec, hostile in [(s, False) for s in args.report] + [(s, True) for s in args.hostile]:
            path, labels_file = spec.rsplit(":", 1)
            with open(labels_file, encoding="utf-8") as f:
                labels = [line.strip() for line in f if line.strip()]
            t = time.time()
            check_report(args.chromium, path, labels, work, hostile)
            print(f"  ({time.time() - t:.1f} s)")
    print(f"browser check: {len(FAILURES)} failure(s), {time.time() - started:.1f} s")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
