#!/usr/bin/env python3
"""Independent reference for `sociogram follow` (follow.json's class and pupil numbers per survey, and the
changes between surveys). Written without the Swift code, from the published definitions, with networkx.

  pip install networkx
  python3 scripts/reference/follow_reference.py          # writes scripts/reference/follow_reference.json

It reads the committed form exports itself (a few lines of csv parsing, not the Swift importer):
fixtures/follow/ (three invented surveys) and fixtures/knecht/ (Knecht's klas12b, four surveys, in
our Norwegian-named conversion, scripts/fixtures/knecht_waves.py). Per survey:

* pupils = respondents and everyone they name; respondents = pupils with a row;
* the positive graph: a networkx DiGraph of the positive question's choices (every pupil a node);
* density = arcs / (respondents * (n - 1)) (networkx's nx.density(G) when everyone answered, given too);
* reciprocity = nx.reciprocity(G); mutual pairs = edges of G.to_undirected(reciprocal=True);
* isolated = in-degree 0; noMutual = respondents without a reciprocated arc;
* per pupil: received = in-degree, given = out-degree (None for a non-respondent), mutual = reciprocated
  arcs (None for a non-respondent), None everywhere the pupil is not in the survey.

Between surveys (consecutive pairs and first -> last): pupils are the same person when their names agree
after lower-casing and removing accents (ø -> o, å -> a, æ -> ae); a tie i -> j is comparable when i and
j are in both surveys and i answered both; kept = in both, new = later only, lost = earlier only,
Jaccard = kept / (kept + new + lost) (RSiena's tie variables observed in both waves).
"""
import csv
import io
import json
import os
import unicodedata

import networkx as nx

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
OUT = os.path.join(ROOT, "scripts", "reference", "follow_reference.json")
FIXTURES = {
    "fixtures/follow": ["1-host.csv", "2-vinter.csv", "3-var.csv"],
    "fixtures/knecht": ["kartlegging-1-september.csv", "kartlegging-2-november.csv", "kartlegging-3-februar.csv",
                        "kartlegging-4-mai.csv"],
}
RESPONDENT = "Hva heter du?"


def key(name):
    s = name.strip().lower().replace("ø", "o").replace("æ", "ae").replace("å", "a")
    s = unicodedata.normalize("NFKD", s)
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).split())


def read_form(path):
    """A Microsoft or Google Forms export: (respondents in row order, {question: [(from, to)]})."""
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    delimiter = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    header, body = rows[0], [r for r in rows[1:] if any(c.strip() for c in r)]
    who = header.index(RESPONDENT)
    questions = [j for j, h in enumerate(header) if h.startswith("Hvem")]
    respondents = [r[who].strip() for r in body]
    ties = {}
    for j in questions:
        q = header[j]
        ties[q] = []
        for r in body:
            cell = r[j]
            names = [n.strip() for n in (cell.split(";") if ";" in cell else cell.split(","))]
            ties[q] += [(r[who].strip(), n) for n in names if n]
    return respondents, ties


def positive_question(ties):
    return next(q for q in ties if "ikke" not in q)


def survey(path):
    respondents, ties = read_form(path)
    pos = positive_question(ties)
    names = {}
    for n in respondents + [x for a, b in ties[pos] for x in (a, b)] + [x for q in ties for a, b in ties[q] for x in (a, b)]:
        names.setdefault(key(n), n)
    g = nx.DiGraph()
    g.add_nodes_from(names)
    g.add_edges_from((key(a), key(b)) for a, b in ties[pos] if key(a) != key(b))
    answered = {key(n) for n in respondents}
    n = g.number_of_nodes()
    mutual = g.to_undirected(reciprocal=True)
    negative = [q for q in ties if q != pos]
    neg_received = None
    if negative:
        h = nx.DiGraph()
        h.add_nodes_from(names)
        h.add_edges_from((key(a), key(b)) for a, b in ties[negative[0]])
        neg_received = {v: h.in_degree(v) for v in names}
    return {
        "graph": g, "answered": answered, "names": names, "negativeReceived": neg_received,
        "summary": {
            "pupils": n,
            "respondents": len(answered),
            "arcs": g.number_of_edges(),
            "density": g.number_of_edges() / (len(answered) * (n - 1)),
            "networkxDensity": nx.density(g),
            "reciprocity": nx.reciprocity(g),
            "mutualPairs": mutual.number_of_edges(),
            "isolated": sorted(names[v] for v in g if g.in_degree(v) == 0),
            "noMutual": sorted(names[v] for v in g if v in answered and mutual.degree(v) == 0),
        },
    }


def change(a, b):
    both = set(a["graph"]) & set(b["graph"])
    choosers = both & a["answered"] & b["answered"]

    def comparable(s):
        return {(i, j) for i, j in s["graph"].edges if i in choosers and j in both}

    before, after = comparable(a), comparable(b)
    kept = len(before & after)
    union = len(before | after)
    return {"kept": kept, "new": len(after - before), "lost": len(before - after),
            "jaccard": kept / union if union else None,
            "joined": sorted(b["names"][v] for v in set(b["graph"]) - set(a["graph"])),
            "left": sorted(a["names"][v] for v in set(a["graph"]) - set(b["graph"]))}


def reference(folder, files):
    waves = [survey(os.path.join(ROOT, folder, f)) for f in files]
    everyone = {}
    for w in waves:
        for k, n in w["names"].items():
            everyone[k] = n  # the latest spelling, as follow.json names a pupil
    pupils = {}
    for k, name in sorted(everyone.items(), key=lambda kv: kv[1]):
        entry = {"received": [], "given": [], "mutual": [], "isolated": [], "negativeReceived": []}
        for w in waves:
            g, inside = w["graph"], k in w["graph"]
            answered = inside and k in w["answered"]
            recip = sum(1 for j in g.successors(k) if g.has_edge(j, k)) if inside else None
            entry["received"].append(g.in_degree(k) if inside else None)
            entry["given"].append(g.out_degree(k) if answered else None)
            entry["mutual"].append(recip if answered else None)
            entry["isolated"].append(g.in_degree(k) == 0 if inside else None)
            neg = w["negativeReceived"]
            entry["negativeReceived"].append(neg[k] if inside and neg is not None else None)
        pupils[name] = entry
    return {
        "waves": [w["summary"] for w in waves],
        "changes": [change(waves[k], waves[k + 1]) for k in range(len(waves) - 1)],
        "overall": change(waves[0], waves[-1]),
        "pupils": pupils,
    }


def main():
    doc = {folder: reference(folder, files) for folder, files in FIXTURES.items()}
    doc["versions"] = {"networkx": nx.__version__}
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    for folder in FIXTURES:
        print(folder, [round(c["jaccard"], 4) for c in doc[folder]["changes"]], "overall", round(doc[folder]["overall"]["jaccard"], 4))


if __name__ == "__main__":
    main()
