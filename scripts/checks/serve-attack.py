#!/usr/bin/env python3
"""The web app (`sociogram serve`) under attack, on this machine's loopback only.

1. schemathesis (PyPI) generates requests from docs/openapi.yaml — once with random session ids, once
   with the id of a real session (the example class; DELETE left out, it would forget the session), so
   that the operations behind a session are reached — and checks that no answer is a server error (5xx) and that the server is still up.
2. Load: 200 requests at once (report, analysis.json, sociogram.svg, POST /api/analyze, 50 of each)
   from 200 threads; every answer must be correct (status 200, analysis.json byte-identical to the first
   one); requests/s, p50/p99 latency and the server's peak memory (VmHWM) are printed.
3. Limits: a 256 KiB header and a body over the size limit are refused (431/413 or the connection
   closed), and 50 slow-loris connections that never finish their headers do not stop the app from
   answering others.
4. The token: 2,000 requests with a wrong token that differs from the real one in its first character
   and 2,000 that differ only in its last: both 403, and the medians are compared (a constant-time
   comparison shows no difference beyond noise).

Run it with scripts/checks/serve-attack.sh (installs schemathesis when missing, uses the release build
when there is one). It writes nothing but a temporary schemathesis.toml, removed at the end.
"""
import argparse
import concurrent.futures
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FAILURES = []


def check(condition, message):
    print(("  ok    " if condition else "  FAIL  ") + message)
    if not condition:
        FAILURES.append(message)
    return condition


def start(binary):
    process = subprocess.Popen([binary, "serve", "--no-open", "--port", "0", "--lang", "nb"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    first = process.stdout.readline().strip()
    match = re.match(r"(http://127\.0\.0\.1:\d+)/\?token=([0-9a-f]+)", first)
    if not match:
        process.kill()
        raise SystemExit("serve did not print its address: " + repr(first))
    # Keep reading its output so that it never blocks on a full pipe.
    threading.Thread(target=lambda: process.stdout.read(), daemon=True).start()
    return process, match.group(1), match.group(2)


def request(base, token, path, method="GET", body=None, headers=None, timeout=120):
    h = {"X-Sociogram-Token": token}
    h.update(headers or {})
    req = urllib.request.Request(base + path, data=body, method=method, headers=h)
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            data = r.read()
            return r.status, data, time.perf_counter() - started
    except urllib.error.HTTPError as e:
        return e.code, e.read(), time.perf_counter() - started


def multipart(files):
    boundary = "sociogram-attack-boundary"
    out = b""
    for field, name, data in files:
        out += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{name}\"\r\n"
                "Content-Type: application/octet-stream\r\n\r\n").encode() + data + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return out, {"Content-Type": "multipart/form-data; boundary=" + boundary}


def peak_memory_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def schemathesis(base, token, session, examples):
    results = []
    for label, config in [("random ids", None), ("a real session", session)]:
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "schemathesis.toml")
            with open(path, "w") as f:
                if config:
                    f.write('[parameters]\n"path.id" = "%s"\n' % config)
            command = ["st", "--config-file", path, "run", os.path.join(ROOT, "docs/openapi.yaml"), "--url", base,
                       "-H", "X-Sociogram-Token: " + token, "--checks", "not_a_server_error", "-n", str(examples),
                       "--generation-deterministic", "--request-timeout", "60"]
            if config:
                # A DELETE would forget the session and leave every later call a 404.
                command += ["--exclude-method", "DELETE"]
            started = time.time()
            run = subprocess.run(command, capture_output=True, text=True, cwd=folder)
            out = run.stdout + run.stderr
            cases = re.search(r"(\d+) generated, (\d+) passed(?:, (\d+) failed)?(?:, (\d+) errored)?", out)
            summary = cases.group(0) if cases else "no summary"
            print("        schemathesis (%s): %s in %.0f s" % (label, summary, time.time() - started))
            failed = cases and ((cases.group(3) or "0") != "0" or (cases.group(4) or "0") != "0")
            if not cases or failed:
                print("\n".join("        | " + line for line in out.splitlines()[-60:]))
            check(bool(cases) and not failed, "schemathesis with %s: no server error, no connection lost (%s)" % (label, summary))
            results.append(summary)
    return results


def load(base, token, session, pid):
    survey = open(os.path.join(ROOT, "fixtures/7b/forms-nb.csv"), "rb").read()
    roster = open(os.path.join(ROOT, "fixtures/7b/roster.csv"), "rb").read()
    body, headers = multipart([("survey", "forms-nb.csv", survey), ("roster", "roster.csv", roster)])
    status, reference, _ = request(base, token, f"/api/sessions/{session}/analysis.json")
    check(status == 200, "analysis.json of the session (HTTP %d)" % status)
    jobs = []
    for i in range(50):
        jobs += [("GET", f"/api/sessions/{session}/report.html", None, None, None),
                 ("GET", f"/api/sessions/{session}/analysis.json", None, None, reference),
                 ("GET", f"/api/sessions/{session}/sociogram.svg", None, None, None),
                 ("POST", "/api/analyze", body, headers, None)]
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=200) as pool:
        answers = list(pool.map(lambda j: (j, request(base, token, j[1], j[0], j[2], j[3])), jobs))
    wall = time.perf_counter() - started
    wrong = [j[1] for j, (status, data, _) in answers
             if status != 200 or (j[4] is not None and data != j[4]) or (j[1].endswith(".svg") and b"</svg>" not in data)]
    latencies = sorted(t for _, (_, _, t) in answers)
    p50 = latencies[len(latencies) // 2]
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    memory = peak_memory_mib(pid)
    for kind in ("report.html", "analysis.json", "sociogram.svg", "/api/analyze"):
        own = sorted(t for j, (_, _, t) in answers if j[1].endswith(kind))
        print("        %-14s p50 %.2f s, max %.2f s" % (kind, own[len(own) // 2], own[-1]))
    check(not wrong, "200 requests at once, every answer correct%s" % ((": " + wrong[0]) if wrong else ""))
    print("        load: %d requests in %.1f s = %.1f requests/s; latency p50 %.2f s, p99 %.2f s; server peak memory %.0f MiB"
          % (len(jobs), wall, len(jobs) / wall, p50, p99, memory))
    check(memory < 2048, "the server's memory stays bounded (peak %.0f MiB)" % memory)
    return len(jobs) / wall, p50, p99, memory


def limits(base, token):
    host, port = base.replace("http://", "").split(":")
    # A 256 KiB header (SwiftNIO's HTTP parser allows 80 KiB of headers).
    try:
        status, _, _ = request(base, token, "/api/texts", headers={"X-Padding": "a" * 262144})
    except (ConnectionError, urllib.error.URLError) as error:
        status = "connection closed: %s" % type(error).__name__
    check(status != 200, "a 256 KiB header is refused (%s)" % status)
    # A body over the limit, announced by its length.
    with socket.create_connection((host, int(port)), timeout=30) as s:
        s.sendall(("POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nX-Sociogram-Token: %s\r\n"
                   "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: %d\r\n\r\n" % (port, token, 400 << 20)).encode())
        s.sendall(b"-" * (1 << 20))
        try:
            answer = s.recv(200).decode("latin-1")
        except (ConnectionResetError, socket.timeout):
            answer = "(connection closed)"
        check(answer.startswith("HTTP/1.1 413") or answer in ("", "(connection closed)"),
              "a 400 MB body is refused before it is read (%s)" % (answer.split("\r\n")[0] or "connection closed"))
    # Slow loris: 50 connections that never finish their headers.
    slow = []
    for _ in range(50):
        c = socket.create_connection((host, int(port)), timeout=5)
        c.sendall(("GET /api/texts HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nX-Slow: " % port).encode())
        slow.append(c)
    status, _, seconds = request(base, token, "/api/texts")
    check(status == 200 and seconds < 5, "with 50 slow-loris connections open the app still answers (%.2f s)" % seconds)
    for c in slow:
        c.close()


def token_timing(base, token, rounds):
    first = ("0" if token[0] != "0" else "1") + token[1:]
    last = token[:-1] + ("0" if token[-1] != "0" else "1")
    times = {"first": [], "last": []}
    statuses = set()
    for _ in range(rounds):
        for label, candidate in (("first", first), ("last", last)):
            status, _, t = request(base, candidate, "/api/texts")
            statuses.add(status)
            times[label].append(t)
    a, b = statistics.median(times["first"]), statistics.median(times["last"])
    check(statuses == {403}, "a guessed token is refused with 403 (%s)" % sorted(statuses))
    difference = abs(a - b) * 1e6
    print("        token: median %.1f µs (differs in the first character) vs %.1f µs (in the last): %.1f µs apart"
          % (a * 1e6, b * 1e6, difference))
    # The comparison itself takes well under a microsecond; the rest is the HTTP round trip.
    check(difference < 0.1 * max(a, b) * 1e6, "no timing difference beyond noise (< 10 % of a request)")
    return a, b


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--examples", type=int, default=30, help="schemathesis examples per operation")
    parser.add_argument("--token-rounds", type=int, default=2000)
    args = parser.parse_args()
    started = time.time()
    server, base, token = start(args.binary)
    try:
        status, data, _ = request(base, token, "/api/sessions/example", method="POST")
        session = re.search(rb'"session"\s*:\s*"([0-9a-f]+)"', data).group(1).decode()
        print("1. schemathesis against docs/openapi.yaml")
        schemathesis(base, token, session, args.examples)
        check(server.poll() is None, "the server is still running after schemathesis")
        print("2. load")
        status, data, _ = request(base, token, "/api/sessions/example", method="POST")
        session = re.search(rb'"session"\s*:\s*"([0-9a-f]+)"', data).group(1).decode()
        load(base, token, session, server.pid)
        print("3. limits")
        limits(base, token)
        print("4. the token")
        token_timing(base, token, args.token_rounds)
        check(server.poll() is None, "the server is still running at the end")
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    print("serve-attack: %d checks failed, %.0f s" % (len(FAILURES), time.time() - started))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
