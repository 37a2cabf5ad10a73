#!/usr/bin/env python3
"""Writes the Sociogram test fixtures (fixtures/) with known, planted structure.

Run from the repository root:  python3 scripts/generate_fixtures.py
The output is committed; the Swift tests read it and never run this script.

* fixtures/7b/        one Norwegian class (26 pupils, 2 non-respondents) saved in every input layout,
                      plus expected.json: the ground truth (pupils, nominations, planted structure).
* fixtures/grade-7/   four classes 7A-7D, each in a different layout, plus files a folder import must ignore.
* fixtures/grade-7-file/trinn7.csv  the same four classes as one form export with a "Klasse" column.
* fixtures/broken/    files that must fail with a given error kind and place (see broken/README.md).

Everything is deterministic (fixed seeds); names are invented, not real pupils.
"""
import json
import os
import random

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures")

Q_POS = "Hvem vil du helst være sammen med i friminuttene?"
Q_NEG = "Hvem vil du helst ikke være sammen med?"
Q_PRO = "Hvem i klassen hjelper andre?"
Q_INF = "Hvem bestemmer mest i klassen?"
Q_FREE = "Er det noe mer du vil fortelle?"
QUESTIONS = [Q_POS, Q_NEG, Q_PRO, Q_INF]
KINDS = {Q_POS: "positive", Q_NEG: "negative", Q_PRO: "prosocial", Q_INF: "influence"}
MAX_CHOICES = {Q_POS: 3, Q_NEG: 2, Q_PRO: 2, Q_INF: 2}

# ---------------------------------------------------------------- class 7B (hand-planted structure)

GIRLS = ["Kari Nordmann", "Ingrid Bakken", "Sofie Haugland", "Åse Lien", "Nora Kristiansen", "Emma Dahl",
         "Thea Johansen", "Sigrid Øverland", "Hanne Ødegård", "Ida Berg", "Mia Solberg", "Frida Løken",
         "Maja Sæther"]
BOYS = ["Ola Hansen", "Jonas Vik", "Magnus Lie", "Jørgen Bø", "Bjørn Strand", "André Moe", "Henrik Aasen",
        "Elias Brekke", "Sander Nygård", "Tobias Myhre", "Kristoffer Håland", "Emil Pedersen", "Lars Tveit"]
NON_RESPONDENTS = ["Hanne Ødegård", "Kristoffer Håland"]

# First names are unique in 7B, so the tables below use them.
CHOICES_7B = {
    Q_POS: {
        "Kari": "Ingrid Sofie Åse", "Ingrid": "Kari Åse Sofie", "Sofie": "Åse Kari Ingrid",
        "Åse": "Sofie Ingrid Kari", "Nora": "Emma Maja Kari", "Emma": "Nora Thea Ida",
        "Thea": "Sigrid Hanne Emma", "Sigrid": "Thea Nora Mia", "Ida": "Mia Hanne Nora",
        "Mia": "Ida Sofie Sigrid", "Frida": "Kari Nora Ida", "Maja": "Nora Åse Thea",
        "Ola": "Jonas Magnus Henrik", "Jonas": "Magnus Ola Sander", "Magnus": "Ola Jonas André",
        "Jørgen": "Bjørn Ola Magnus", "Bjørn": "Jørgen Kristoffer Tobias", "André": "Henrik Magnus Jonas",
        "Henrik": "André Nora Ola", "Elias": "Sander Emil Jonas", "Sander": "Elias Kristoffer Tobias",
        "Tobias": "Ola Magnus Jørgen", "Emil": "Elias Ola Jonas", "Lars": "Ola Jonas Sander",
    },
    Q_NEG: {
        "Kari": "Emil", "Ingrid": "Emil Tobias", "Sofie": "Emil", "Åse": "", "Nora": "", "Emma": "Emil",
        "Thea": "Emil Lars", "Sigrid": "Emil", "Ida": "Emil", "Mia": "Emil Maja", "Frida": "Ingrid",
        "Maja": "Emil", "Ola": "Emil Tobias", "Jonas": "Emil", "Magnus": "Emil Lars", "Jørgen": "Emil",
        "Bjørn": "Ola", "André": "Tobias", "Henrik": "", "Elias": "Magnus", "Sander": "Ola", "Tobias": "Jonas",
        "Emil": "Ola Jonas", "Lars": "Emil",
    },
    Q_PRO: {
        "Kari": "Nora", "Ingrid": "Nora Henrik", "Sofie": "Nora", "Åse": "Nora Ingrid", "Nora": "Henrik Ida",
        "Emma": "Nora", "Thea": "Nora Sigrid", "Sigrid": "Nora", "Ida": "Nora Henrik", "Mia": "Ida",
        "Frida": "Nora Henrik", "Maja": "Nora", "Ola": "Henrik", "Jonas": "Henrik Nora", "Magnus": "Henrik",
        "Jørgen": "Henrik", "Bjørn": "Henrik Kristoffer", "André": "Henrik", "Henrik": "Nora André",
        "Elias": "Henrik", "Sander": "Kristoffer", "Tobias": "Nora", "Emil": "Henrik", "Lars": "Henrik Nora",
    },
    Q_INF: {
        "Kari": "Ola", "Ingrid": "Kari Ola", "Sofie": "Kari", "Åse": "Kari", "Nora": "Kari Ola", "Emma": "Kari",
        "Thea": "Kari Ola", "Sigrid": "Kari", "Ida": "Ola", "Mia": "Kari", "Frida": "Kari Ingrid", "Maja": "Kari",
        "Ola": "Jonas", "Jonas": "Ola", "Magnus": "Ola", "Jørgen": "Ola", "Bjørn": "Ola Kari", "André": "Ola",
        "Henrik": "Ola Kari", "Elias": "Ola", "Sander": "Ola", "Tobias": "Ola", "Emil": "Ola", "Lars": "Ola Kari",
    },
}

FREE_TEXT_7B = {  # answers to the free-text question: never imported
    "Kari": "Nei", "Thea": "Det er fint i klassen.", "Frida": "Emil er slem mot meg i friminuttene",
    "Ola": 'Jeg synes "gjemsel" er gøy.\nOg fotball!', "Lars": "Jeg vil ha flere venner; ingen leker med meg",
    "Mia": "Vet ikke, kanskje",
}

# Typing mistakes a teacher makes in a typed sheet (excel-valg-columns.csv): (row, question) -> cell fixes.
TYPOS_7B = {
    ("Ingrid Bakken", Q_POS, "Kari Nordmann"): "kari  nordmann",   # normalised (case, spaces)
    ("Magnus Lie", Q_POS, "André Moe"): "Andre Moe",               # normalised (accent)
    ("Thea Johansen", Q_POS, "Sigrid Øverland"): "Sigrid",         # unique first name
    ("Bjørn Strand", Q_POS, "Jørgen Bø"): "Jorgen Bø",             # close spelling (ø -> o)
    ("Sofie Haugland", Q_POS, "Åse Lien"): "Aase Lien",            # close spelling (å -> aa)
    ("Jørgen Bø", Q_POS, "Bjørn Strand"): "Bjorn Strand",          # close spelling (ø -> o)
    ("Sander Nygård", Q_POS, "Tobias Myhre"): "Tobias Myre",       # close spelling (typo)
}


def roster_7b():
    """The class list in alphabetical order of first names (as a school system prints it)."""
    people = [(n, "jente") for n in GIRLS] + [(n, "gutt") for n in BOYS]
    people.sort(key=lambda p: norwegian_key(p[0]))
    rng = random.Random(7)
    codes = [f"K{i:02d}" for i in range(1, len(people) + 1)]
    rng.shuffle(codes)
    return [{"id": f"7b{i + 1:02d}", "name": n, "code": codes[i], "gender": g} for i, (n, g) in enumerate(people)]


def norwegian_key(s):
    order = "abcdefghijklmnopqrstuvwxyzæøå"
    repl = {"é": "e", "è": "e", "á": "a", "ü": "y", "ä": "æ", "ö": "ø"}
    return [order.index(c) if c in order else 100 + ord(c) for c in (repl.get(ch, ch) for ch in s.lower())]


def full_names(first_to_full, text):
    return [first_to_full[w] for w in text.split()]


def class_7b():
    roster = roster_7b()
    first = {p["name"].split()[0]: p["name"] for p in roster}
    answers = {}  # name -> question -> [names in rank order]
    for q in QUESTIONS:
        for who, text in CHOICES_7B[q].items():
            answers.setdefault(first[who], {})[q] = full_names(first, text)
    respondents = [p["name"] for p in roster if p["name"] not in NON_RESPONDENTS]
    assert sorted(respondents) == sorted(answers), "every respondent answers"
    free = {first[k]: v for k, v in FREE_TEXT_7B.items()}
    return {"name": "7B", "roster": roster, "answers": answers, "free": free}


def check_planted_7b(c):
    pos = {(a, b) for a, qs in c["answers"].items() for b in qs[Q_POS]}
    mutual = {frozenset((a, b)) for (a, b) in pos if (b, a) in pos}
    names = [p["name"] for p in c["roster"]]
    chosen = {b for (_, b) in pos}
    isolates = sorted(n for n in names if n not in chosen)
    with_mutual = {n for pair in mutual for n in pair}
    no_mutual_respondents = sorted(n for n in c["answers"] if n not in with_mutual)
    neg_received = {}
    for a, qs in c["answers"].items():
        for b in qs[Q_NEG]:
            neg_received[b] = neg_received.get(b, 0) + 1
    # maximal cliques of size >= 3 in the mutual graph (tiny graph: brute force over triples, then grow)
    adj = {n: set() for n in names}
    for pair in mutual:
        a, b = tuple(pair)
        adj[a].add(b)
        adj[b].add(a)
    cliques = set()
    def grow(clique, candidates):
        extended = False
        for v in sorted(candidates):
            if all(v in adj[u] for u in clique):
                grow(clique | {v}, candidates - {v})
                extended = True
        if not extended and len(clique) >= 3:
            cliques.add(frozenset(clique))
    for n in names:
        grow({n}, adj[n])
    cliques = sorted(sorted(c) for c in cliques)
    assert isolates == sorted(["Frida Løken", "Lars Tveit"]), isolates
    assert no_mutual_respondents == sorted(["Frida Løken", "Lars Tveit", "Tobias Myhre"]), no_mutual_respondents
    assert max(neg_received, key=neg_received.get) == "Emil Pedersen" and neg_received["Emil Pedersen"] >= 10
    assert cliques == sorted([sorted(["Kari Nordmann", "Ingrid Bakken", "Sofie Haugland", "Åse Lien"]),
                              sorted(["Ola Hansen", "Jonas Vik", "Magnus Lie"])]), cliques
    return {
        "isolates": isolates,
        "noMutualRespondents": no_mutual_respondents,
        "rejected": "Emil Pedersen",
        "negativeReceived": dict(sorted(neg_received.items())),
        "cliques": cliques,
        "mostProsocial": ["Nora Kristiansen", "Henrik Aasen"],
        "mostInfluence": ["Ola Hansen", "Kari Nordmann"],
        "nonRespondents": sorted(NON_RESPONDENTS),
    }


# ---------------------------------------------------------------- writers

def write_overview_workbook(path, sheets):
    """A minimal .xlsx (inline strings) with fixed zip timestamps, so the bytes never change."""
    import zipfile
    from xml.sax.saxutils import escape
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{pkg}">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
        + "".join(f'<sheet name="{escape(n)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>' for i, (n, _) in enumerate(sheets))
        + "</sheets></workbook>",
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{pkg}">'
        + "".join(f'<Relationship Id="rId{i + 1}" Type="{rel}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                  for i in range(len(sheets)))
        + "</Relationships>",
    }
    for i, (_, rows) in enumerate(sheets):
        cells = "".join(
            f'<row r="{r + 1}">' + "".join(
                f'<c r="{chr(65 + c)}{r + 1}" t="inlineStr"><is><t>{escape(v)}</t></is></c>' for c, v in enumerate(row))
            + "</row>" for r, row in enumerate(rows))
        parts[f"xl/worksheets/sheet{i + 1}.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData>{cells}</sheetData></worksheet>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 10, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


def write(path, text, encoding="utf-8", newline="\n", bom=False):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = text.replace("\n", newline) if newline != "\n" else text
    raw = data.encode(encoding)
    if bom:
        raw = b"\xef\xbb\xbf" + raw
    with open(path, "wb") as f:
        f.write(raw)


def csv_line(fields, sep, quote_all=False):
    out = []
    for f in fields:
        f = "" if f is None else str(f)
        if quote_all or any(ch in f for ch in (sep, '"', "\n", "\r")):
            f = '"' + f.replace('"', '""') + '"'
        out.append(f)
    return sep.join(out)


def csv_text(rows, sep, quote_all=False):
    # Line breaks inside quoted cells stay "\n"; write() turns every "\n" into the file's line end,
    # as Excel does (CRLF inside cells too).
    return "".join(csv_line(r, sep, quote_all) + "\n" for r in rows)


def submission_order(c, seed):
    names = list(c["answers"])
    random.Random(seed).shuffle(names)
    return names


def timestamps(i):
    minute = 10 + i // 3
    return f"10.03.2025 08:{minute:02d}:{(i * 17) % 60:02d}", f"10.03.2025 08:{minute + 2:02d}:{(i * 23) % 60:02d}"


def option_order(c, names):
    """Forms list ticked options in the order of the form's option list (the class list), not by preference."""
    index = {p["name"]: i for i, p in enumerate(c["roster"])}
    return sorted(names, key=lambda n: index[n])


def ms_forms_rows(c, seed, with_class=False):
    header = ["ID", "Starttidspunkt", "Fullføringstidspunkt", "E-postadresse", "Navn", "Tidspunkt for siste endring",
              "Hva heter du?"] + (["Klasse"] if with_class else []) + QUESTIONS + [Q_FREE]
    rows = [header]
    for i, who in enumerate(submission_order(c, seed)):
        start, end = timestamps(i)
        cells = [";".join(option_order(c, c["answers"][who].get(q, []))) + (";" if c["answers"][who].get(q) else "")
                 for q in QUESTIONS]
        rows.append([i + 1, start, end, "anonymous", "anonymous", "", who] + ([c["name"]] if with_class else [])
                    + cells + [c["free"].get(who, "")])
    return rows


def google_rows(c, seed, with_class=False, start_index=0):
    header = ["Tidsmerke", "Hva heter du?"] + (["Klasse"] if with_class else []) + QUESTIONS + [Q_FREE]
    rows = [header]
    for i, who in enumerate(submission_order(c, seed)):
        ts = timestamps(i + start_index)[1].replace("10.03", "11.03")
        cells = [", ".join(option_order(c, c["answers"][who].get(q, []))) for q in QUESTIONS]
        rows.append([ts, who] + ([c["name"]] if with_class else []) + cells + [c["free"].get(who, "")])
    return rows


def valg_rows(c, style, typos=None):
    """A typed sheet, one column per choice; every pupil on the class list has a row (non-respondents empty)."""
    def head(q, k):
        return f"{q} [Valg {k}]" if style == "brackets" else f"{q} - valg {k}"
    header = ["Elevnavn"] + [head(q, k) for q in QUESTIONS for k in range(1, MAX_CHOICES[q] + 1)] + ["Kommentar"]
    rows = [header]
    for p in c["roster"]:
        who = p["name"]
        cells = []
        for q in QUESTIONS:
            chosen = c["answers"].get(who, {}).get(q, [])
            for k in range(MAX_CHOICES[q]):
                name = chosen[k] if k < len(chosen) else ""
                if typos and (who, q, name) in typos:
                    name = typos[(who, q, name)]
                cells.append(name)
        note = "Ny i klassen i høst" if who == "Maja Sæther" else ""
        rows.append([who] + cells + [note])
    return rows


def edge_rows(c, headers, with_class=False):
    rows = [headers]
    for p in c["roster"]:
        who = p["name"]
        for q in QUESTIONS:
            for k, target in enumerate(c["answers"].get(who, {}).get(q, [])):
                rank = k + 1 if q == Q_POS else ""
                rows.append([who, target, q, rank] + ([c["name"]] if with_class else []))
    return rows


def matrix_rows(c, q, seed):
    names = [p["name"] for p in c["roster"]]
    columns = list(names)
    random.Random(seed).shuffle(columns)  # columns in another order than rows: matched by name
    rows = [[q] + columns]
    for who in names:
        if who not in c["answers"]:
            rows.append([who] + ["NA" if col != who else "" for col in columns])
            continue
        chosen = c["answers"][who].get(q, [])
        cells = []
        for col in columns:
            if col == who:
                cells.append("")
            elif col in chosen:
                cells.append(chosen.index(col) + 1 if q == Q_POS else 1)
            else:
                cells.append(0)
        rows.append([who] + cells)
    return rows


def expected_json(c, planted):
    noms = []
    for who in c["answers"]:
        for q in QUESTIONS:
            for k, t in enumerate(c["answers"][who].get(q, [])):
                noms.append({"question": q, "from": who, "to": t, "rank": k + 1 if q == Q_POS else None})
    return {
        "class": c["name"],
        "questions": [{"text": q, "kind": KINDS[q]} for q in QUESTIONS],
        "pupils": [{"id": p["id"], "name": p["name"], "code": p["code"],
                    "gender": "girl" if p["gender"] == "jente" else "boy",
                    "responded": p["name"] in c["answers"]} for p in c["roster"]],
        "nominations": noms,
        "planted": planted,
        "typos": [{"row": r, "question": q, "meant": m, "written": w} for (r, q, m), w in TYPOS_7B.items()],
    }


def write_7b():
    c = class_7b()
    planted = check_planted_7b(c)
    d = os.path.join(ROOT, "7b")
    roster_rows = [["id", "name", "code", "gender"]] + [[p["id"], p["name"], p["code"], p["gender"]] for p in c["roster"]]
    write(os.path.join(d, "roster.csv"), csv_text(roster_rows, ","))
    write(os.path.join(d, "forms-nb.csv"), csv_text(ms_forms_rows(c, 11), ";"), encoding="cp1252", newline="\r\n")
    write(os.path.join(d, "google-forms.csv"), csv_text(google_rows(c, 12), ","))
    valg = valg_rows(c, "brackets", TYPOS_7B)
    width = len(valg[0])
    valg.insert(9, [""] * width)  # an all-delimiter row, as Excel leaves after a deleted row
    text = "sep=;\n" + csv_text(valg, ";")
    text = text.replace("\nAndré Moe;", "\n\nAndré Moe;", 1)  # and a blank line
    write(os.path.join(d, "excel-valg-columns.csv"), text, newline="\r\n", bom=True)
    write(os.path.join(d, "edges.csv"), csv_text(edge_rows(c, ["fra", "til", "spørsmål", "rangering"]), ";"))
    for q, stem, sep in [(Q_POS, "venner", ";"), (Q_NEG, "helst-ikke", ","), (Q_PRO, "hjelper-andre", "\t"),
                         (Q_INF, "bestemmer", ";")]:
        write(os.path.join(d, f"matrix-{stem}.csv"), csv_text(matrix_rows(c, q, hash_seed(stem)), sep))
    with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected_json(c, planted), f, ensure_ascii=False, indent=1)
        f.write("\n")
    return c


def hash_seed(s):
    return sum(ord(ch) * (i + 1) for i, ch in enumerate(s))


# ---------------------------------------------------------------- grade 7 (random structure, fixed seed)

POOL_GIRLS = ["Emma", "Nora", "Olivia", "Ella", "Sofie", "Leah", "Frida", "Ingrid", "Sara", "Maja", "Astrid",
              "Hedda", "Selma", "Tiril", "Vilde", "Ylva", "Åsa", "Live", "Mathilde", "Iben", "Oda", "Amalie",
              "Hanna", "Marte", "Solveig", "Tuva", "Agnes", "Signe", "Eirin", "Kaja"]
POOL_BOYS = ["Jakob", "Emil", "Noah", "Oliver", "Filip", "William", "Lucas", "Liam", "Henrik", "Aksel",
             "Olav", "Ludvig", "Isak", "Mathias", "Johannes", "Theodor", "Sebastian", "Kasper", "Håkon", "Øyvind",
             "Tor", "Even", "Sindre", "Vetle", "Eskil", "Brage", "Torbjørn", "Ask", "Gustav", "Sverre"]
SURNAMES = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen",
            "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen",
            "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund", "Sørensen", "Jakobsen", "Moen",
            "Gundersen", "Iversen", "Strand", "Solberg", "Svendsen", "Eide", "Knutsen", "Martinsen", "Paulsen",
            "Bakken", "Kristoffersen", "Mathisen", "Lie", "Amundsen", "Nguyen", "Rasmussen", "Ali", "Lunde",
            "Solheim", "Berge", "Moe", "Nygård", "Bakke", "Kristensen", "Fredriksen", "Holm", "Lien", "Hauge",
            "Christensen", "Andresen", "Nielsen", "Knudsen", "Evensen", "Sæther", "Aas", "Myhre", "Hanssen",
            "Ødegård", "Tveit", "Haugland", "Bråthen", "Aasen", "Ås"]


def grade_classes():
    rng = random.Random(2025)
    used = set()
    classes = []
    sizes = {"7A": 25, "7B": 24, "7C": 26, "7D": 25}
    for cname, size in sizes.items():
        girls = rng.sample(POOL_GIRLS, size // 2)
        boys = rng.sample(POOL_BOYS, size - size // 2)
        people = []
        for first, g in [(n, "jente") for n in girls] + [(n, "gutt") for n in boys]:
            while True:
                name = f"{first} {rng.choice(SURNAMES)}"
                if name not in used:
                    used.add(name)
                    break
            people.append((name, g))
        classes.append((cname, people))
    # The same full name in two classes: must stay two pupils.
    a_people, c_people = classes[0][1], classes[2][1]
    a_people[0] = ("Emma Hansen", "jente")
    c_people[0] = ("Emma Hansen", "jente")
    result = []
    for cname, people in classes:
        people.sort(key=lambda p: norwegian_key(p[0]))
        names = [n for n, _ in people]
        gender = dict(people)
        non = rng.sample(names, 2 if cname != "7D" else 1)
        answers = {}
        for who in names:
            if who in non:
                continue
            others = [n for n in names if n != who]
            same = [n for n in others if gender[n] == gender[who]]
            pos = rng.sample(same, 2) + rng.sample([n for n in others if n not in same], 1)
            rng.shuffle(pos)
            pos = pos[: rng.choice([2, 3, 3, 3])]
            rest = [n for n in others if n not in pos]
            answers[who] = {
                Q_POS: pos,
                Q_NEG: rng.sample(rest, rng.choice([0, 0, 1, 1, 2])),
                Q_PRO: rng.sample(others, rng.choice([1, 2])),
                Q_INF: rng.sample(others, rng.choice([1, 2])),
            }
        # every non-respondent is chosen by someone, so a survey without roster still shows them
        for n in non:
            chooser = next(w for w in answers if n not in answers[w][Q_POS])
            answers[chooser][Q_POS] = answers[chooser][Q_POS][:2] + [n]
        roster = [{"id": f"{cname.lower()}{i + 1:02d}", "name": n, "code": "", "gender": g}
                  for i, (n, g) in enumerate(people)]
        result.append({"name": cname, "roster": roster, "answers": answers, "free": {}})
    return result


def write_grade():
    classes = grade_classes()
    d = os.path.join(ROOT, "grade-7")
    a, b, c, dd = classes
    write(os.path.join(d, "7A.csv"), csv_text(ms_forms_rows(a, 71), ";"), encoding="cp1252", newline="\r\n")
    write(os.path.join(d, "7B.csv"), csv_text(google_rows(b, 72), ","))
    write(os.path.join(d, "7C.csv"), csv_text(valg_rows(c, "dash"), "\t"), newline="\r\n")
    write(os.path.join(d, "7D.csv"), csv_text(edge_rows(dd, ["from", "to", "question", "rank"]), ","), bom=True)
    write(os.path.join(d, ".~lock.7A.csv#"), ",lærer,maskin,10.03.2025 09:00,file:///home/laerer;\n")
    # A teacher's overview workbook beside the class files: two sheets, no answers (skipped with a note).
    write_overview_workbook(os.path.join(d, "oversikt.xlsx"), [
        ("Oversikt", [["Klasse", "Elever", "Kontaktlærer"], ["7A", "24", "Hansen"], ["7B", "26", "Lie"]]),
        ("Plan", [["Uke", "Tiltak"], ["12", "Ny undersøkelse i alle klasser"]]),
    ])
    # One grade file with a class column: the same answers.
    rows = None
    for i, k in enumerate(classes):
        r = google_rows(k, 80 + i, with_class=True, start_index=i * 30)
        rows = r if rows is None else rows + r[1:]
    write(os.path.join(ROOT, "grade-7-file", "trinn7.csv"), csv_text(rows, ","))
    roster = [["klasse", "navn", "kjønn"]] + [[k["name"], p["name"], p["gender"]] for k in classes for p in k["roster"]]
    write(os.path.join(ROOT, "grade-7-file", "roster-trinn7.csv"), csv_text(roster, ";"))
    summary = {k["name"]: {"pupils": len(k["roster"]), "respondents": len(k["answers"]),
                           "nominations": sum(len(v) for qs in k["answers"].values() for v in qs.values())}
               for k in classes}
    with open(os.path.join(ROOT, "grade-7", "expected.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ---------------------------------------------------------------- broken files

def write_broken(c):
    d = os.path.join(ROOT, "broken")
    head = ["Hva heter du?", Q_POS, Q_NEG]
    good = [["Kari Nordmann", "Ingrid Bakken;Sofie Haugland;", "Emil Pedersen;"],
            ["Ola Hansen", "Jonas Vik;Magnus Lie;", ""],
            ["Jonas Vik", "Ola Hansen;Magnus Lie;", "Emil Pedersen;"],
            ["Magnus Lie", "Ola Hansen;Jonas Vik;", ""]]
    # 1. a quote opened on line 3, column 2 and never closed
    text = ("Hva heter du?," + Q_POS + "\nKari Nordmann,Ingrid Bakken\nOla Hansen,\"Jonas Vik, Magnus Lie\n"
            "Jonas Vik,Ola Hansen\nMagnus Lie,Ola Hansen\n")
    write(os.path.join(d, "unterminated-quote.csv"), text)
    # 2. line 5 has a value in column 5, the header has 3 columns
    rows = [head] + good
    text = csv_text(rows[:4], ";") + "Magnus Lie;Ola Hansen;;;Jonas Vik\n"
    write(os.path.join(d, "ragged-row.csv"), text)
    # 3. empty file, and a file with only a header
    write(os.path.join(d, "empty.csv"), "")
    write(os.path.join(d, "header-only.csv"), csv_text([head], ";"))
    # 4. binary junk: two text lines, then bytes starting with NUL (line 3, column 1)
    rng = random.Random(99)
    junk = bytes([0]) + bytes(rng.randrange(256) for _ in range(300))
    with open(os.path.join(d, "binary-junk.csv"), "wb") as f:
        f.write(csv_text([head, good[0]], ";").encode() + junk)
    # 5. a workbook saved with a .csv name
    with open(os.path.join(d, "workbook-renamed.csv"), "wb") as f:
        f.write(b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(40)))
    # 6. answers of 7B with the roster of another class: most names unknown -> error
    write(os.path.join(d, "unknown-names.csv"), csv_text(google_rows(c, 5), ","))
    other = [["navn", "kjønn"]] + [[f"{f} {s}", g] for f, s, g in [
        ("Per", "Olsen", "gutt"), ("Pål", "Larsen", "gutt"), ("Espen", "Askeladd", "gutt"),
        ("Kari", "Nordmann", "jente"), ("Lise", "Berg", "jente"), ("Mari", "Holm", "jente")]]
    write(os.path.join(d, "wrong-roster.csv"), csv_text(other, ";"))
    # 7. a question nobody answered (column 3)
    rows = [head] + [[r[0], r[1], ""] for r in good]
    write(os.path.join(d, "no-answers.csv"), csv_text(rows, ";"))
    # 8. the same pupil answered twice (lines 3 and 6)
    rows = [head] + good + [["Ola Hansen", "Kari Nordmann;", ""]]
    write(os.path.join(d, "duplicate-respondent.csv"), csv_text(rows, ";"))
    # 9. a matrix with 5 names across the top and 4 rows
    names = ["Kari Nordmann", "Ola Hansen", "Jonas Vik", "Magnus Lie", "Ingrid Bakken"]
    rows = [[Q_POS] + names] + [[n] + [("" if m == n else (1 if (i + j) % 2 else 0)) for j, m in enumerate(names)]
                                for i, n in enumerate(names[:4])]
    write(os.path.join(d, "non-square-matrix.csv"), csv_text(rows, ";"))
    # 10. a matrix cell that is not a number (line 3, column 4)
    rows = [[Q_POS] + names[:4]] + [[n] + [("" if m == n else 0) for m in names[:4]] for n in names[:4]]
    rows[2][3] = "ja"
    write(os.path.join(d, "matrix-bad-cell.csv"), csv_text(rows, ";"))
    # 11. an edge list without the "til" column
    write(os.path.join(d, "edges-missing-to.csv"), csv_text([["fra", "spørsmål"], ["Kari Nordmann", Q_POS]], ";"))
    # 12. a rank that is not a number (line 3, column 4)
    rows = [["fra", "til", "spørsmål", "rangering"], ["Kari Nordmann", "Ingrid Bakken", Q_POS, 1],
            ["Kari Nordmann", "Sofie Haugland", Q_POS, "andre"]]
    write(os.path.join(d, "edges-bad-rank.csv"), csv_text(rows, ";"))
    # 13. a roster with the same name twice (lines 2 and 4)
    rows = [["navn", "kjønn"], ["Kari Nordmann", "J"], ["Ola Hansen", "G"], ["Kari Nordmann", "J"]]
    write(os.path.join(d, "roster-duplicate.csv"), csv_text(rows, ";"))
    # 14. a class list given as the survey
    write(os.path.join(d, "class-list-as-survey.csv"), csv_text([["navn", "kjønn"], ["Kari Nordmann", "J"],
                                                                  ["Ola Hansen", "G"]], ";"))
    # 15. a form export without any column for the respondent's name
    rows = [["Tidsmerke", Q_POS], ["10.03.2025 08:00:00", "Kari Nordmann, Ola Hansen"]]
    write(os.path.join(d, "no-respondent-column.csv"), csv_text(rows, ","))


def main():
    c = write_7b()
    write_grade()
    write_broken(c)
    print("fixtures written to", os.path.normpath(ROOT))


if __name__ == "__main__":
    main()
