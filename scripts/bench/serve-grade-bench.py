#!/usr/bin/env python3
"""Upload → grade summary on the web app's grade page (`POST /api/grades`), median of several runs:
fixtures/grade-7 (four class files, 100 pupils) and a synthetic 250-pupil grade file (10 classes of 25,
Microsoft Forms-style, a class column; made here with a fixed seed, never written outside a temporary
folder). Starts `sociogram serve --no-open --port 0` with the given binary.

Usage: serve-grade-bench.py --sociogram BIN [--runs 7]
"""
import argparse
import os
import random
import re
import statistics
import subprocess
import time
import urllib.request
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def synthetic_grade(pupils=250, size=25, seed=7):
    rng = random.Random(seed)
    first = ["Ada", "Bo", "Cia", "Dan", "Eli", "Fia", "Gus", "Hel", "Ida", "Jon", "Kai", "Liv", "Mo", "Nils", "Ola", "Pia"]
    last = ["Aas", "Berg", "Dahl", "Eng", "Foss", "Haug", "Lie", "Moe", "Nes", "Ruud", "Strand", "Vik"]
    names, seen = [], set()
    while len(names) < pupils:
        n = rng.choice(first) + " " + rng.choice(last) + " " + str(len(names))
        if n not in seen:
            seen.add(n)
            names.append(n)
    rows = ["Tidsmerke;Hva heter du?;Klasse;Hvem vil du helst være sammen med i friminuttene?;Hvem vil du helst ikke være sammen med?"]
    for c in range(pupils // size):
        members = names[c * size:(c + 1) * size]
        for name in members:
            if rng.random() < 0.08:
                continue
            others = [m for m in members if m != name]
            pos = rng.sample(others, 3)
            neg = rng.sample([m for m in others if m not in pos], rng.choice([0, 0, 1]))
            rows.append('24.11.2026 08:00:00;%s;7%s;"%s";"%s"' % (name, chr(65 + c), ";".join(pos) + ";", "".join(m + ";" for m in neg)))
    return ("\r\n".join(rows) + "\r\n").encode("utf-8")


def multipart(files):
    boundary = "bench-" + uuid.uuid4().hex
    body = b""
    for name, data in files:
        body += ("--%s\r\nContent-Disposition: form-data; name=\"files\"; filename=\"%s\"\r\n\r\n" % (boundary, name)).encode() + data + b"\r\n"
    body += ("--%s--\r\n" % boundary).encode()
    return body, "multipart/form-data; boundary=" + boundary


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sociogram", required=True)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    server = subprocess.Popen([args.sociogram, "serve", "--no-open", "--port", "0", "--lang", "en"], stdout=subprocess.PIPE, text=True)
    try:
        url = server.stdout.readline().strip()
        origin, token = re.match(r"(http://[^/]+)/\?token=([0-9a-f]+)", url).groups()
        folder = os.path.join(ROOT, "fixtures/grade-7")
        cases = [
            ("fixtures/grade-7 (4 class files, 100 pupils)", [(n, open(os.path.join(folder, n), "rb").read()) for n in ["7A.csv", "7B.csv", "7C.csv", "7D.csv"]]),
            ("synthetic grade file (250 pupils, 10 classes)", [("trinn250.csv", synthetic_grade())]),
        ]
        for label, files in cases:
            body, kind = multipart(files)
            times = []
            for run in range(args.runs + 1):
                request = urllib.request.Request(origin + "/api/grades", data=body, method="POST",
                                                 headers={"Content-Type": kind, "X-Sociogram-Token": token})
                started = time.perf_counter()
                with urllib.request.urlopen(request) as response:
                    answer = response.read()
                    assert response.status == 201, response.status
                elapsed = time.perf_counter() - started
                if run:  # the first run warms up
                    times.append(elapsed)
            print("%-48s median %6.0f ms  (min %.0f, max %.0f, %d runs, answer %d kB)" % (
                label, statistics.median(times) * 1000, min(times) * 1000, max(times) * 1000, len(times), len(answer) // 1024))
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
