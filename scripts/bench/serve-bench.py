#!/usr/bin/env python3
"""Times the web app (`sociogram serve`) as a teacher meets it: upload → analysis JSON (`POST
/api/analyze`), upload → how the file was read (`POST /api/sessions`), and the report (`GET
…/report.html`, every diagram drawn in the render workers), for class 7B (26 pupils) and a generated
250-pupil grade (10 classes of 25, a class column, fixed seed). Prints the median and the slowest of
RUNS runs each. Loopback only; the server is started and stopped here.

Usage: serve-bench.py BIN [RUNS]     (BIN: a `sociogram` binary, best a release build)
"""
import http.cookiejar
import io
import json
import os
import random
import statistics
import subprocess
import sys
import time
import urllib.request
import uuid

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
Q1 = "Hvem vil du helst være sammen med i friminuttene?"
Q2 = "Hvem vil du helst ikke være sammen med?"
Q3 = "Hvem i klassen hjelper andre?"


def grade_csv(classes=10, size=25, seed=7):
    rng = random.Random(seed)
    first = ["Kari", "Ola", "Ingrid", "Jonas", "Sofie", "Magnus", "Nora", "Henrik", "Emma", "Elias", "Ida", "Lars", "Maja",
             "Tobias", "Frida", "Emil", "Åse", "Jørgen", "Sigrid", "Bjørn", "Thea", "André", "Mia", "Sander", "Hanne"]
    last = ["Nordmann", "Hansen", "Berg", "Vik", "Lie", "Strand", "Moe", "Aasen", "Dahl", "Brekke", "Bakken", "Tveit",
            "Sæther", "Myhre", "Løken", "Pedersen", "Lien", "Bø", "Øverland", "Nygård", "Johansen", "Solberg", "Haugland"]
    names, seen = [], set()
    while len(names) < classes * size:
        n = rng.choice(first) + " " + rng.choice(last)
        if n not in seen:
            seen.add(n)
            names.append(n)
    header = ["Navn", "Klasse"] + [f"{Q1} [Valg {k}]" for k in (1, 2, 3)] + [f"{Q2} [Valg 1]", f"{Q3} [Valg 1]"]
    rows = [";".join(header)]
    for c in range(classes):
        members = names[c * size:(c + 1) * size]
        for name in members:
            others = [m for m in members if m != name]
            picks = rng.sample(others, 5)
            rows.append(";".join([name, f"7{chr(65 + c)}"] + picks))
    return ("\n".join(rows) + "\n").encode("utf-8")


def multipart(files, fields):
    boundary = uuid.uuid4().hex
    out = io.BytesIO()
    for field, name, data in files:
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; filename="{name}"\r\n\r\n'.encode())
        out.write(data + b"\r\n")
    for key, value in fields:
        out.write(f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n'.encode())
    out.write(f"--{boundary}--\r\n".encode())
    return out.getvalue(), "multipart/form-data; boundary=" + boundary


def main():
    binary = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    server = subprocess.Popen([binary, "serve", "--no-open", "--port", "0"], stdout=subprocess.PIPE, text=True)
    url = server.stdout.readline().strip()
    base = url.split("/?")[0]
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), urllib.request.ProxyHandler({}))
    opener.open(url).read()
    with open(os.path.join(ROOT, "fixtures/7b/forms-nb.csv"), "rb") as f:
        survey = f.read()
    with open(os.path.join(ROOT, "fixtures/7b/roster.csv"), "rb") as f:
        roster = f.read()
    cases = [("class 7B (26 pupils)", [("survey", "7b.csv", survey), ("roster", "roster.csv", roster)]),
             ("grade (250 pupils, 10 classes)", [("survey", "trinn.csv", grade_csv())])]

    def timed(request):
        start = time.perf_counter()
        with opener.open(request, timeout=600) as response:
            body = response.read()
        return time.perf_counter() - start, body

    try:
        for label, files in cases:
            body, kind = multipart(files, [("lang", "nb")])
            post = lambda path: urllib.request.Request(base + path, data=body, headers={"Content-Type": kind}, method="POST")
            analyze = [timed(post("/api/analyze"))[0] for _ in range(runs)]
            reading, session = [], None
            for _ in range(runs):
                seconds, answer = timed(post("/api/sessions"))
                reading.append(seconds)
                session = json.loads(answer)["session"]
            report = [timed(base + f"/api/sessions/{session}/report.html")[0] for _ in range(runs)]
            for what, times in [("upload → analysis.json", analyze), ("upload → how it was read", reading), ("report.html (all diagrams)", report)]:
                print(f"{label:32} {what:28} median {statistics.median(times) * 1000:8.0f} ms   slowest {max(times) * 1000:8.0f} ms")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
