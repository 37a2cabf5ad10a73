#!/usr/bin/env python3
"""Drives the web app (`sociogram serve`) in a real browser: Debian's headless Chromium through
Selenium and chromedriver, with every address but the loopback unreachable (a dead proxy, no name
resolution). What a teacher does, step by step, each checked and photographed:

  1. opens the address with the token: the token leaves the address bar (cookie), the page is in bokmål;
  2. presses "Prøv med eksempelklassen": how the file was read (26 pupils, 2 did not answer, 4 questions
     with kinds, the loose name matches such as «Jorgen Bø» → Jørgen Bø);
  3. changes a question's kind from the menu: the reading says it was set by the user;
  4. picks a pupil (Frida Løken): supporters with reasons and the consent reminder, a support group, and
     the report in its frame with the pupil's section (its script ran under its own policy);
  5. makes work groups (2 rounds, a pair kept apart, one pupil absent): groups and diagrams shown;
  5b. makes a seating plan (pairs:5x3, 2 rotations, a pair never neighbours, a pair together, a pupil fixed to the front row
     from the menus): every pupil seated once, the rules kept, the charts shown; the pseudonymised PNG and seating.json;
  6. downloads the PNG (PNG signature), the report, analysis.json and pupils.csv pseudonymised (no
     roster name in them) and the code key (names only there);
  7. drops a broken file: the error names file, line and column; then uploads fixtures/7b files
     through the file inputs; reads a file with an unknown name and a loose match, leaves the unknown name
     out, confirms one match and re-points another from their menus (the reading and analysis.json show both decisions), undoes
     one; compares fixtures/waves/after.csv with an earlier wave (the comparison,
     the difference sociogram, the report's section on what changed); switches to English; clears
     everything (the session is gone);
  7c. loads a whole grade (fixtures/grade-7: four class files and two files that are not surveys): the
     ranked summary table, the files left out, a placement in four classes with a pair kept apart
     (every pupil placed once, the pair apart) and the pseudonymised placement.json (no name);
  8. the browser made no request to anything but the app, and logged no policy violation.

Usage: serve-browser-check.py --sociogram BIN --shots DIR [--chromedriver PATH]
Exit status 0 when every check passed, 1 otherwise.
"""
import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

FAILURES = []
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def check(condition, message):
    print(("  ok    " if condition else "  FAIL  ") + message, flush=True)
    if not condition:
        FAILURES.append(message)
    return condition


def roster_names():
    with open(os.path.join(ROOT, "fixtures/7b/roster.csv"), encoding="utf-8-sig") as f:
        return [row["name"] for row in csv.DictReader(f)]


def start_server(binary):
    # The placement searches for 2 s instead of up to 30 (test only, docs/workers.md): the debug build
    # anneals about 30 times slower than a release build; what is checked does not depend on the search.
    environment = dict(os.environ, SOCIOGRAM_TEST_SEARCH_SECONDS="2")
    process = subprocess.Popen(
        [binary, "serve", "--no-open", "--port", "0", "--lang", "nb"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=environment)
    first = process.stdout.readline().strip()
    if not first.startswith("http://127.0.0.1:"):
        process.kill()
        raise SystemExit("serve did not print its address first: " + repr(first))
    return process, first


def browser(downloads, chromedriver):
    options = webdriver.ChromeOptions()
    for argument in [
        "--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,800", "--lang=nb",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--no-first-run", "--disable-breakpad",
        "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,SpellCheck",
        # Everything but the app goes to a dead proxy (loopback addresses bypass proxies by default).
        "--proxy-server=http://127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {
        "download.default_directory": downloads, "download.prompt_for_download": False,
        "intl.accept_languages": "nb,no,en", "safebrowsing.enabled": False,
    })
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    # Named explicitly, so that Selenium never looks for (or downloads) a driver of its own.
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
    service = Service(executable_path=chromedriver or shutil.which("chromedriver") or "/usr/bin/chromedriver")
    driver = webdriver.Chrome(options=options, service=service)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    return driver


def wait(driver, condition, what, timeout=20):
    try:
        # The page replaces what it re-renders: an element may go stale between finding and reading it.
        WebDriverWait(driver, timeout, ignored_exceptions=(StaleElementReferenceException, NoSuchElementException, IndexError)).until(
            lambda d: condition(d))
        return True
    except Exception:
        return check(False, "timed out waiting for " + what)


def visible(driver, element_id):
    return driver.execute_script("const e = document.getElementById(arguments[0]); return !!e && !e.hidden && e.offsetParent !== null;", element_id)


def read_files(driver):
    """The names of the files the reading lists (a file's name is not the class's name, so the class line
    does not show it); textContent, since the list may sit in a folded section."""
    return driver.find_element(By.ID, "files").get_attribute("textContent") or ""


def shot(driver, shots, name, full=True):
    path = os.path.join(shots, name)
    if full:
        driver.execute_script("window.scrollTo(0, 0)")
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(1280, min(max(800, height), 6000))
    driver.save_screenshot(path)
    driver.set_window_size(1280, 800)
    print("        screenshot " + path)


def downloaded(folder, name, timeout=20):
    path = os.path.join(folder, name)
    end = time.time() + timeout
    while time.time() < end:
        if os.path.exists(path) and not os.path.exists(path + ".crdownload"):
            with open(path, "rb") as f:
                return f.read()
        time.sleep(0.2)
    check(False, "download " + name + " arrived")
    return b""


def click_download(driver, text_part, folder, name):
    links = [a for a in driver.find_elements(By.CSS_SELECTOR, "#download-links a") if text_part in a.text]
    if not check(len(links) > 0, "download link containing " + repr(text_part)):
        return b""
    links[0].click()
    return downloaded(folder, name)


def grade_names():
    with open(os.path.join(ROOT, "fixtures/grade-7-file/roster-trinn7.csv"), encoding="utf-8-sig") as f:
        return [row["navn"] for row in csv.DictReader(f, delimiter=";")]


def grade_step(driver, shots, downloads):
    """7c. A whole grade: the class files of fixtures/grade-7 (and two files that are not surveys), the
    ranked summary table, a placement with a pair kept apart, and the pseudonymised placement.json."""
    print("7c. a whole grade: fixtures/grade-7, the summary table and a placement")
    driver.execute_script("document.getElementById('grade-details').open = true; document.getElementById('grade').scrollIntoView()")
    files = [os.path.join(ROOT, "fixtures/grade-7", n) for n in ["7A.csv", "7B.csv", "7C.csv", "7D.csv", "oversikt.xlsx", "expected.json"]]
    driver.find_element(By.ID, "grade-files").send_keys("\n".join(files))
    driver.find_element(By.ID, "grade-read").click()
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#grade-table tbody tr")) == 4, "the grade table with four classes")
    rows = [r.text for r in driver.find_elements(By.CSS_SELECTOR, "#grade-table tbody tr")]
    check(rows[0].startswith("1 ") and all(c in " ".join(rows) for c in ["7A", "7B", "7C", "7D"]), "the classes ranked 1-4: " + " | ".join(rows))
    skipped = driver.find_element(By.ID, "grade-skipped").text
    check("expected.json" in skipped and "oversikt.xlsx" in skipped, "the files left out are named")
    check("7A–7D" in driver.find_element(By.ID, "grade-lines").text, "the summary in words names the grade by its first and last class")
    apart = driver.find_element(By.ID, "placement-apart")
    first, second = Select(apart.find_element(By.CSS_SELECTOR, ".grade-a")), Select(apart.find_element(By.CSS_SELECTOR, ".grade-b"))
    first.select_by_index(1)
    second.select_by_index(2)
    pair = (first.first_selected_option.text, second.first_selected_option.text)
    apart.find_element(By.CSS_SELECTOR, ".grade-add").click()
    check(len(apart.find_elements(By.CSS_SELECTOR, ".pair-list li")) == 1, "the pair to keep apart is listed")
    driver.find_element(By.ID, "make-placement").click()
    # The search takes its 2 s (SOCIOGRAM_TEST_SEARCH_SECONDS above); a slow machine may need more.
    wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#placement-result .card")) == 4, "four proposed classes", timeout=120)
    cards = [c.text for c in driver.find_elements(By.CSS_SELECTOR, "#placement-result .card")]
    lines = [[line.split(" (")[0] for line in c.split("\n")] for c in cards]
    together = [c for c in lines if pair[0] in c and pair[1] in c]
    check(not together, "the pair %s - %s is in two different classes" % pair)
    members = sum(len(c.find_elements(By.TAG_NAME, "li")) for c in driver.find_elements(By.CSS_SELECTOR, "#placement-result .card"))
    check(members == 100, "every pupil of the grade is placed (%d)" % members)
    driver.execute_script("document.getElementById('grade-result').scrollIntoView()")
    shot(driver, shots, "07c-grade.png", full=False)
    driver.execute_script("document.getElementById('placement-result').scrollIntoView()")
    shot(driver, shots, "07d-placement.png", full=False)
    driver.find_element(By.ID, "grade-codes").click()
    links = [a for a in driver.find_elements(By.CSS_SELECTOR, "#grade-downloads a") if "placement.json" in a.text]
    if check(len(links) == 1, "the placement's download link"):
        links[0].click()
        coded = downloaded(downloads, "7A7D-placement-codes.json").decode("utf-8")
        names = grade_names()
        check(coded.count('"code"') >= 100 and not any(n in coded for n in names), "the pseudonymised placement.json has codes and no name")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sociogram", required=True)
    parser.add_argument("--shots", required=True)
    parser.add_argument("--chromedriver")
    args = parser.parse_args()
    os.makedirs(args.shots, exist_ok=True)
    downloads = tempfile.mkdtemp(prefix="sociogram-downloads-")
    names = roster_names()
    server, url = start_server(args.sociogram)
    origin = url.split("/?")[0]
    driver = None
    started = time.time()
    try:
        driver = browser(downloads, args.chromedriver)
        print("1. opening the app")
        driver.get(url)
        wait(driver, lambda d: d.find_element(By.ID, "example").text.strip() != "", "the page's texts")
        check("token" not in driver.current_url, "the token left the address bar (" + driver.current_url + ")")
        check(driver.find_element(By.ID, "example").text == "Prøv med eksempelklassen", "the page is in bokmål")
        shot(driver, args.shots, "01-start.png")

        print("2. the example class")
        driver.find_element(By.ID, "example").click()
        wait(driver, lambda d: visible(d, "reading"), "how the file was read")
        line = driver.find_element(By.ID, "class-line").text
        check("26 elever" in line and "24 svarte" in line, "reading summary: " + line)
        missing = driver.find_element(By.ID, "missing").text
        check("Hanne Ødegård" in missing and "Kristoffer Håland" in missing, "the two who did not answer are listed")
        matches = driver.find_element(By.ID, "matches").text
        check("Jorgen Bø" in matches and "Jørgen Bø" in matches, "loose match «Jorgen Bø» → Jørgen Bø shown")
        kinds = [Select(s).first_selected_option.get_attribute("value") for s in driver.find_elements(By.CSS_SELECTOR, "select[data-question]")]
        check(kinds == ["positive", "negative", "prosocial", "influence"], "question kinds guessed: " + ",".join(kinds))
        shot(driver, args.shots, "02-reading.png")
        driver.execute_script("window.scrollTo(0, document.getElementById('reading').offsetTop - 8)")
        shot(driver, args.shots, "02-reading-view.png", full=False)

        print("3. changing a question's kind")
        Select(driver.find_element(By.CSS_SELECTOR, "select[data-question=q4]")).select_by_value("other")
        if not wait(driver, lambda d: "valgt av deg" in d.find_elements(By.CSS_SELECTOR, "#questions tbody tr")[3].text, "the kind chosen on the page"):
            print("        row: " + driver.find_elements(By.CSS_SELECTOR, "#questions tbody tr")[3].text.replace("\n", " | "))
            print("        error: " + driver.find_element(By.ID, "error-text").text)
        check(Select(driver.find_element(By.CSS_SELECTOR, "select[data-question=q4]")).first_selected_option.get_attribute("value") == "other",
              "q4 is now 'other' after the re-run")
        Select(driver.find_element(By.CSS_SELECTOR, "select[data-question=q4]")).select_by_value("influence")
        wait(driver, lambda d: Select(d.find_element(By.CSS_SELECTOR, "select[data-question=q4]")).first_selected_option.get_attribute("value") == "influence"
             and not d.find_element(By.ID, "status").is_displayed(), "q4 back to influence")

        print("4. one pupil: supporters, support group, the report")
        Select(driver.find_element(By.ID, "pupil")).select_by_visible_text("Frida Løken")
        wait(driver, lambda d: visible(d, "support"), "supporters")
        consent = driver.find_element(By.ID, "consent").text
        check("frivillig" in consent, "the consent reminder is shown")
        supporters = driver.find_elements(By.CSS_SELECTOR, "#supporters li")
        check(len(supporters) >= 3, "%d supporters with reasons" % len(supporters))
        check(all(li.find_elements(By.CSS_SELECTOR, ".reasons") and li.find_element(By.CSS_SELECTOR, ".reasons").text for li in supporters),
              "every supporter has reasons in words")
        check(len(driver.find_elements(By.CSS_SELECTOR, "#group li")) >= 4, "a support group of peers")
        frame = driver.find_element(By.ID, "report-frame")
        check("pupil=" in (frame.get_attribute("src") or ""), "the report frame shows the pupil's section")
        time.sleep(1.5)
        driver.switch_to.frame(frame)
        wait(driver, lambda d: "Frida Løken" in d.find_element(By.TAG_NAME, "body").text, "the report in its frame")
        check("js" in (driver.find_element(By.TAG_NAME, "html").get_attribute("class") or ""), "the report's script ran in the frame (its own CSP)")
        check(len(driver.find_elements(By.CSS_SELECTOR, "svg")) >= 2, "the report's diagrams are drawn")
        driver.switch_to.default_content()
        driver.execute_script("document.getElementById('report').scrollIntoView()")
        shot(driver, args.shots, "03-pupil-and-report.png")

        print("5. work groups")
        menus = driver.find_elements(By.CSS_SELECTOR, ".pair-a, .pair-b, .grade-a[data-label], .grade-b")
        labels = [m.get_attribute("aria-label") or "" for m in menus]
        check(len(menus) == 12 and all(labels) and "Første elev i paret" in labels,
              "every pair menu has a spoken name (%d menus, e.g. %r)" % (len(menus), labels[:1]))
        driver.find_element(By.ID, "size").clear()
        driver.find_element(By.ID, "size").send_keys("4")
        driver.find_element(By.ID, "rounds").clear()
        driver.find_element(By.ID, "rounds").send_keys("2")
        driver.find_element(By.ID, "balance").click()
        apart = driver.find_element(By.ID, "apart")
        Select(apart.find_element(By.CSS_SELECTOR, ".pair-a")).select_by_visible_text("Kari Nordmann")
        Select(apart.find_element(By.CSS_SELECTOR, ".pair-b")).select_by_visible_text("Ola Hansen")
        apart.find_element(By.CSS_SELECTOR, ".add-pair").click()
        check(len(apart.find_elements(By.CSS_SELECTOR, ".pair-list li")) == 1, "a pair to keep apart chosen from the class list")
        for label in driver.find_elements(By.CSS_SELECTOR, "#absent label"):
            if label.text.strip() == "Hanne Ødegård":
                label.find_element(By.TAG_NAME, "input").click()
        started_groups = time.time()
        driver.find_element(By.ID, "make-groups").click()
        wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#groups-result .round")) == 2, "two rounds of groups", timeout=60)
        check(True, "groups made in %.1f s" % (time.time() - started_groups))
        wait(driver, lambda d: all(d.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", img)
                                   for img in d.find_elements(By.CSS_SELECTOR, "img.diagram")), "the groups diagrams")
        text = driver.find_element(By.ID, "groups-result").text
        check("Hanne Ødegård" not in text, "the absent pupil is in no group")
        cards = driver.find_elements(By.CSS_SELECTOR, "#groups-result .round")[0].find_elements(By.CSS_SELECTOR, ".card")
        check(len(cards) >= 5, "%d groups in round 1" % len(cards))
        apart_together = any("Kari Nordmann" in c.text and "Ola Hansen" in c.text for c in driver.find_elements(By.CSS_SELECTOR, "#groups-result .card"))
        check(not apart_together, "the apart pair is in different groups")
        driver.execute_script("document.getElementById('groups').scrollIntoView()")
        shot(driver, args.shots, "04-groups.png")

        print("5b. a seating plan (klassekart)")
        check(visible(driver, "seating"), "the seating section is shown")
        Select(driver.find_element(By.ID, "seating-preset")).select_by_value("pairs")
        wait(driver, lambda d: "30 plasser til 26 elever" in d.find_element(By.ID, "seating-room-size").text, "the room's size beside the class")
        driver.find_element(By.ID, "seating-rotations").clear()
        driver.find_element(By.ID, "seating-rotations").send_keys("2")
        seating_apart = driver.find_element(By.ID, "seating-apart")
        Select(seating_apart.find_element(By.CSS_SELECTOR, ".pair-a")).select_by_visible_text("Kari Nordmann")
        Select(seating_apart.find_element(By.CSS_SELECTOR, ".pair-b")).select_by_visible_text("Ola Hansen")
        seating_apart.find_element(By.CSS_SELECTOR, ".add-pair").click()
        seating_together = driver.find_element(By.ID, "seating-together")
        Select(seating_together.find_element(By.CSS_SELECTOR, ".pair-a")).select_by_visible_text("Ida Berg")
        Select(seating_together.find_element(By.CSS_SELECTOR, ".pair-b")).select_by_visible_text("Emil Pedersen")
        seating_together.find_element(By.CSS_SELECTOR, ".add-pair").click()
        Select(driver.find_element(By.ID, "seating-fixed-pupil")).select_by_visible_text("Frida Løken")
        Select(driver.find_element(By.ID, "seating-fixed-seat")).select_by_value("front")
        driver.find_element(By.ID, "seating-add-fixed").click()
        check(len(driver.find_elements(By.CSS_SELECTOR, "#seating-fixed-list li")) == 1, "a fixed seat chosen from the menus")
        started_seating = time.time()
        driver.find_element(By.ID, "make-seating").click()
        wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#seating-result .seating-plan")) == 2, "two seating plans", timeout=90)
        wait(driver, lambda d: all(d.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", img)
                                   for img in d.find_elements(By.CSS_SELECTOR, "#seating-result img.seating-chart")), "the seating charts", timeout=60)
        check(True, "seating plan (2 rotations) and its charts shown in %.1f s" % (time.time() - started_seating))
        plans = driver.execute_script("return state.seating.seating.rotations.map(r => ({"
                                      "seated: r.seats.filter(s => s.pupil).map(s => [s.pupil.name, s.row]),"
                                      "neighbours: r.neighbours.map(n => [n.a.name, n.b.name, n.kind])}))")
        for k, plan in enumerate(plans):
            seated = [p[0] for p in plan["seated"]]
            check(len(seated) == 26 and len(set(seated)) == 26, "rotation %d: every pupil seated once" % (k + 1))
            check(not any(set(n[:2]) == {"Kari Nordmann", "Ola Hansen"} for n in plan["neighbours"]), "rotation %d: the apart pair are not neighbours" % (k + 1))
            check(any(set(n[:2]) == {"Ida Berg", "Emil Pedersen"} and n[2] in ("table", "beside") for n in plan["neighbours"]),
                  "rotation %d: the pair kept together sit beside each other" % (k + 1))
            check(any(p[0] == "Frida Løken" and p[1] == 1 for p in plan["seated"]), "rotation %d: Frida Løken in the front row" % (k + 1))
        driver.execute_script("document.getElementById('seating').scrollIntoView()")
        shot(driver, args.shots, "04b-seating.png", full=False)
        driver.execute_script("document.querySelector('#seating-result .seating-plan').scrollIntoView()")
        shot(driver, args.shots, "04c-seating-chart.png", full=False)
        driver.find_element(By.ID, "pseudonymised").click()
        wait(driver, lambda d: all("labels=codes" in (a.get_attribute("href") or "") for a in d.find_elements(By.CSS_SELECTOR, "#seating-result .seating-links a")),
             "the seating downloads pseudonymised")
        links = [a for a in driver.find_elements(By.CSS_SELECTOR, "#seating-result .seating-links a") if a.text == "PNG"]
        if check(len(links) == 2, "a PNG download per rotation"):
            links[0].click()
            seating_png = downloaded(downloads, "7B-seating-r1-codes.png")
            check(seating_png[:8] == b"\x89PNG\r\n\x1a\n", "the pseudonymised seating chart PNG (%d bytes)" % len(seating_png))
        json_links = [a for a in driver.find_elements(By.CSS_SELECTOR, "#seating-result .seating-links a") if "seating.json" in a.text]
        if check(len(json_links) == 1, "the seating.json download"):
            json_links[0].click()
            text = downloaded(downloads, "7B-seating-codes.json").decode("utf-8", "replace")
            leaked = [n for n in names if n in text]
            check('"pseudonymised" : true' in text and not leaked, "pseudonymised seating.json holds no roster name")
        driver.find_element(By.ID, "pseudonymised").click()

        print("6. downloads")
        png = click_download(driver, "PNG", downloads, "7B-sociogram.png")
        check(png[:8] == b"\x89PNG\r\n\x1a\n", "the sociogram PNG has the PNG signature (%d bytes)" % len(png))
        driver.find_element(By.ID, "pseudonymised").click()
        wait(driver, lambda d: any("code-key" in (a.get_attribute("href") or "") for a in d.find_elements(By.CSS_SELECTOR, "#download-links a")),
             "the code key link")
        driver.execute_script("document.getElementById('downloads').scrollIntoView()")
        shot(driver, args.shots, "05-downloads.png", full=False)
        coded = {
            "7B-report-codes.html": click_download(driver, "report.html", downloads, "7B-report-codes.html"),
            "7B-analysis-codes.json": click_download(driver, "analysis.json", downloads, "7B-analysis-codes.json"),
            "7B-pupils-codes.csv": click_download(driver, "pupils.csv", downloads, "7B-pupils-codes.csv"),
            "7B-sociogram-codes.svg": b"",
        }
        svg_links = [a for a in driver.find_elements(By.CSS_SELECTOR, "#download-links a") if a.text == "SVG"]
        if svg_links:
            svg_links[0].click()
            coded["7B-sociogram-codes.svg"] = downloaded(downloads, "7B-sociogram-codes.svg")
        for name, data in coded.items():
            text = data.decode("utf-8", "replace")
            leaked = [n for n in names if n in text or n.split()[0] + " " in text]
            check(len(data) > 0 and not leaked, "pseudonymised %s (%d bytes) holds no roster name%s" % (name, len(data), (": " + ", ".join(leaked[:3])) if leaked else ""))
        key = click_download(driver, "code-key", downloads, "7B-code-key.csv").decode("utf-8", "replace")
        check(all(n in key for n in names), "the code key, a separate download, holds every name")

        print("7. a broken file, an upload, English, clearing")
        broken = os.path.join(downloads, "broken.csv")
        with open(broken, "w", encoding="utf-8") as f:
            f.write('from,to,question\nKari Nordmann,"Ola Hansen,Hvem vil du helst være sammen med?\n')
        driver.find_element(By.ID, "survey").send_keys(broken)
        driver.find_element(By.ID, "read").click()
        wait(driver, lambda d: visible(d, "error"), "the error")
        error = driver.find_element(By.ID, "error-text").text
        check(re.search(r"broken\.csv:\d+(:\d+)?: ", error) is not None, "the error names file and line: " + error)
        shot(driver, args.shots, "06-error.png", full=False)
        driver.find_element(By.ID, "survey").send_keys(os.path.join(ROOT, "fixtures/7b/forms-nb.csv"))
        driver.find_element(By.ID, "roster").send_keys(os.path.join(ROOT, "fixtures/7b/roster.csv"))
        driver.find_element(By.ID, "read").click()
        wait(driver, lambda d: visible(d, "reading") and "forms-nb" in read_files(d), "the uploaded file read")
        check(not visible(driver, "error"), "the error is gone after a good upload")
        check("26 elever" in driver.find_element(By.ID, "class-line").text, "forms-nb.csv with the roster: 26 pupils")
        print("   deciding about names (fixtures/names/7b-ukjent-navn.csv: «Per» on no roster, «Jorgen Bø» a loose match)")
        driver.find_element(By.ID, "survey").send_keys(os.path.join(ROOT, "fixtures/names/7b-ukjent-navn.csv"))
        driver.find_element(By.ID, "roster").send_keys(os.path.join(ROOT, "fixtures/7b/roster.csv"))
        driver.find_element(By.ID, "read").click()
        wait(driver, lambda d: "ukjent-navn" in read_files(d), "the file with an unknown name read")
        check("«Per»" in driver.find_element(By.ID, "unknown").text, "the unknown name «Per» is listed with a menu")
        check(not visible(driver, "name-decisions-block"), "no decisions yet")
        Select(driver.find_element(By.CSS_SELECTOR, "#unknown select[data-name='Per']")).select_by_value("drop")
        wait(driver, lambda d: "«Per»: utelatt, slik du bestemte (2 valg)" in d.find_element(By.ID, "name-decisions").text, "«Per» left out, as decided")
        check(not driver.find_elements(By.CSS_SELECTOR, "#unknown select"), "no unknown name is left undecided")
        driver.find_element(By.CSS_SELECTOR, "#matches button[data-confirm='Aase Lien']").click()
        wait(driver, lambda d: "«Aase Lien»: leses som Åse Lien, slik du bestemte" in d.find_element(By.ID, "name-decisions").text,
             "the loose match «Aase Lien» confirmed")
        Select(driver.find_element(By.CSS_SELECTOR, "#matches select[data-name='Jorgen Bø']")).select_by_value("pupil:Jonas Vik")
        wait(driver, lambda d: "«Jorgen Bø»: leses som Jonas Vik, slik du bestemte" in d.find_element(By.ID, "name-decisions").text,
             "«Jorgen Bø» re-pointed to Jonas Vik, as decided")
        check("Jorgen Bø" not in driver.find_element(By.ID, "matches").text, "the re-pointed name left the loose matches")
        check("«Per» er utelatt, slik du bestemte: 2 valg." in driver.execute_script("return document.getElementById('notes').textContent"),
              "the reading's notes count the dropped choices")
        analysis = driver.execute_script(
            "return fetch('/api/sessions/' + state.session + '/analysis.json').then(r => r.text())")
        check('"name-dropped"' in analysis and analysis.count('"name-decided"') == 2, "analysis.json's import report has the three decisions")
        driver.execute_script("document.getElementById('unknown').scrollIntoView({block: 'center'})")
        shot(driver, args.shots, "06b-name-decisions.png", full=False)
        undo = driver.find_element(By.CSS_SELECTOR, "#name-decisions button[data-undo='Per']")
        undo.click()
        wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#unknown select[data-name='Per']"), "undoing a decision brings the menu back")
        print("   comparing with an earlier survey (fixtures/waves)")
        driver.find_element(By.ID, "survey").send_keys(os.path.join(ROOT, "fixtures/waves/after.csv"))
        driver.execute_script("document.getElementById('roster').value = ''")
        driver.find_element(By.ID, "read").click()
        wait(driver, lambda d: "after.csv" in read_files(d), "the later wave read")
        driver.find_element(By.ID, "before").send_keys(os.path.join(ROOT, "fixtures/waves/before.csv"))
        driver.find_element(By.ID, "compare-button").click()
        wait(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#compare-result li")) > 3, "the comparison")
        wait(driver, lambda d: all(d.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", img)
                                   for img in d.find_elements(By.CSS_SELECTOR, "#compare-result img")), "the difference sociogram")
        check("Jaccard" in driver.find_element(By.ID, "compare-result").text, "the comparison's lines are shown (stability, Jaccard)")
        time.sleep(1)
        driver.switch_to.frame(driver.find_element(By.ID, "report-frame"))
        wait(driver, lambda d: len(d.find_elements(By.ID, "change")) == 1, "the report's section on what changed")
        driver.switch_to.default_content()
        driver.execute_script("document.getElementById('compare').scrollIntoView()")
        shot(driver, args.shots, "07-compare.png", full=False)

        print("7b. before the survey: the survey kit as one zip")
        driver.execute_script("document.getElementById('kit-details').open = true; document.getElementById('kit').scrollIntoView()")
        driver.find_element(By.ID, "kit-roster").send_keys(os.path.join(ROOT, "fixtures/7b/roster.csv"))
        driver.find_element(By.ID, "kit-class").send_keys("7B")
        driver.find_element(By.CSS_SELECTOR, "#kit-form input[value=prosocial]").click()
        driver.find_element(By.ID, "kit-school").send_keys("Bakken skole")
        driver.find_element(By.ID, "make-kit").click()
        wait(driver, lambda d: len(d.find_elements(By.ID, "kit-link")) == 1, "the kit's download link")
        kit = downloaded(downloads, "undersokelsessett-7B.zip")
        if kit:
            import io
            import zipfile
            names = sorted(zipfile.ZipFile(io.BytesIO(kit)).namelist())
            check(len(names) == 9 and "undersokelsessett-7B/registrering.xlsx" in names and "undersokelsessett-7B/index.html" in names,
                  "the kit arrives as one zip with its 9 files (%s)" % ", ".join(n.split("/")[-1] for n in names))
            letter = zipfile.ZipFile(io.BytesIO(kit)).read("undersokelsessett-7B/03-foreldrebrev.html").decode("utf-8")
            check("Bakken skole" in letter, "the letter names the school typed on the page")
        shot(driver, args.shots, "07b-kit.png", full=False)
        grade_step(driver, args.shots, downloads)
        Select(driver.find_element(By.ID, "lang")).select_by_value("en")
        wait(driver, lambda d: d.find_element(By.ID, "example").text == "Try the example class", "the English texts")
        wait(driver, lambda d: "pupils" in d.find_element(By.ID, "class-line").text, "the reading in English")
        driver.switch_to.frame(driver.find_element(By.ID, "report-frame"))
        wait(driver, lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en", "the report in English")
        driver.switch_to.default_content()
        wait(driver, lambda d: "Grade 7A–7D" in d.find_element(By.ID, "grade-lines").text, "the grade summary in English")
        shot(driver, args.shots, "08-english.png")
        session = driver.execute_script("return state.session")
        driver.find_element(By.ID, "clear").click()
        wait(driver, lambda d: not visible(d, "reading"), "everything cleared")
        status = driver.execute_script(
            "return fetch('/api/sessions/' + arguments[0]).then(r => r.status)", session)
        check(status == 404, "after 'Clear everything' the session is gone (HTTP %s)" % status)

        print("8. network and console")
        requests = []
        for entry in driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                requests.append(message["params"]["request"]["url"])
        outside = [u for u in requests if not (u.startswith(origin) or u.startswith("data:") or u.startswith("blob:") or u == "about:blank")]
        check(len(requests) > 10 and not outside, "%d requests, all to the app itself%s" % (len(requests), (": " + outside[0]) if outside else ""))
        console = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
        violations = [e["message"] for e in console if "Content Security Policy" in e["message"] or "Refused" in e["message"]]
        check(not violations, "no Content-Security-Policy violation in the console" + (": " + violations[0] if violations else ""))
        other = [e["message"] for e in console if e["message"] not in violations and "favicon" not in e["message"]
                 and "Failed to load resource" not in e["message"]]
        check(not other, "no script error in the console" + (": " + other[0] if other else ""))
    finally:
        if driver:
            driver.quit()
        server.terminate()
        try:
            log = server.communicate(timeout=10)[0]
        except subprocess.TimeoutExpired:
            server.kill()
            log = server.communicate()[0]
        check("token=" not in log.split("\n", 3)[-1] and not any(n in log for n in names),
              "the terminal log has no token and no name (%d lines)" % log.count("\n"))
    print("serve-browser-check: %d checks failed, %.0f s" % (len(FAILURES), time.time() - started))
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
