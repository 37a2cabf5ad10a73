#!/usr/bin/env python3
"""Independent reference for `sociogram compare` (new / lost / kept ties and Jaccard stability).

Written without the Swift code: plain Python sets, the RSiena definition of comparable tie variables.

  python3 scripts/reference/compare_reference.py fixture            # fixtures/waves -> scripts/reference/compare_reference.json
  python3 scripts/reference/compare_reference.py knecht DATA_DIR    # the four Knecht klas12b waves, read from the .dat files
  python3 scripts/reference/compare_reference.py convert DATA_DIR OUT_DIR
        # writes wave1.csv .. wave4.csv as a user would: a sociomatrix per wave with pupil numbers as
        # names, a nominator missing in a wave (code 9) as an NA row, a pupil not in the class (code 10
        # on the whole row) left out. The real data is never committed.

Definition (docs/batch-and-compare.md): a tie i -> j is comparable when both pupils are in both waves and
i answered in both waves; kept = in both, new = second only, lost = first only, Jaccard = kept / (kept +
new + lost). For the Knecht matrices this is exactly RSiena's: tie variables whose value is 0 or 1 (not 9
or 10) in both waves.
"""
import json
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "scripts", "reference", "compare_reference.json")


def change(before, after):
    kept = len(before & after)
    new = len(after - before)
    lost = len(before - after)
    union = kept + new + lost
    return {"kept": kept, "new": new, "lost": lost, "jaccard": kept / union if union else None}


# ---------------------------------------------------------------- Knecht .dat files

def read_dat(path):
    with open(path) as f:
        return [[int(x) for x in line.split()] for line in f if line.strip()]


def knecht(data_dir):
    waves = [read_dat(os.path.join(data_dir, f"klas12b-net-{w}.dat")) for w in range(1, 5)]
    n = len(waves[0])
    result = {}
    for w in range(3):
        a, b = waves[w], waves[w + 1]
        before, after = set(), set()
        for i in range(n):
            for j in range(n):
                if i == j or a[i][j] not in (0, 1) or b[i][j] not in (0, 1):
                    continue
                if a[i][j] == 1:
                    before.add((i, j))
                if b[i][j] == 1:
                    after.add((i, j))
        entry = change(before, after)
        entry["comparableTieVariables"] = sum(
            1 for i in range(n) for j in range(n) if i != j and a[i][j] in (0, 1) and b[i][j] in (0, 1))
        result[f"{w + 1}->{w + 2}"] = entry
    return result


def convert(data_dir, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for w in range(1, 5):
        m = read_dat(os.path.join(data_dir, f"klas12b-net-{w}.dat"))
        n = len(m)
        present = [i for i in range(n) if not all(v == 10 for k, v in enumerate(m[i]) if k != i)]
        lines = [";".join(["Who are your best friends?"] + [str(i + 1) for i in present])]
        for i in present:
            missing = any(v == 9 for k, v in enumerate(m[i]) if k != i)
            cells = ["NA" if missing else ("" if i == j else str(m[i][j] if m[i][j] in (0, 1) else 0)) for j in present]
            lines.append(";".join([str(i + 1)] + cells))
        with open(os.path.join(out_dir, f"wave{w}.csv"), "w") as f:
            f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- fixtures/waves (edge lists)

def key(name):
    s = unicodedata.normalize("NFKD", name.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("å", "a"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower().strip()


def read_edges(path):
    rows = [line.rstrip("\n").split(";") for line in open(path, encoding="utf-8")][1:]
    return [(key(f), key(t), q) for f, t, q in rows if f]


def fixture():
    b = read_edges(os.path.join(ROOT, "fixtures/waves/before.csv"))
    a = read_edges(os.path.join(ROOT, "fixtures/waves/after.csv"))
    pupils_b = {x for f, t, _ in b for x in (f, t)}
    pupils_a = {x for f, t, _ in a for x in (f, t)}
    answered_b = {f for f, _, _ in b}
    answered_a = {f for f, _, _ in a}
    both = pupils_b & pupils_a
    negative = "Hvem vil du helst ikke være sammen med?"
    positive = sorted({q for _, _, q in b + a if q != negative})

    def ties(edges, qs):
        return {(f, t) for f, t, q in edges if q in qs}

    def comparable(edges, qs):
        return {(f, t) for f, t in ties(edges, qs) if f in both and t in both and f in answered_b and f in answered_a}

    out = {"questions": {}, "joined": sorted(pupils_a - pupils_b), "left": sorted(pupils_b - pupils_a)}
    for q in positive:
        out["questions"][q] = change(comparable(b, {q}), comparable(a, {q}))
    out["positive"] = change(comparable(b, set(positive)), comparable(a, set(positive)))
    received = {}
    for p in sorted(pupils_b | pupils_a):
        received[p] = {
            "positiveBefore": len({f for f, t in ties(b, set(positive)) if t == p}) if p in pupils_b else None,
            "positiveAfter": len({f for f, t in ties(a, set(positive)) if t == p}) if p in pupils_a else None,
        }
    out["pupils"] = received
    return out


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    cmd = sys.argv[1]
    if cmd == "convert":
        convert(sys.argv[2], sys.argv[3])
        return
    doc = json.load(open(OUT)) if os.path.exists(OUT) else {}
    if cmd == "fixture":
        doc["fixtures/waves"] = fixture()
    elif cmd == "knecht":
        doc["knecht-klas12b"] = knecht(sys.argv[2])
    else:
        print(__doc__)
        sys.exit(2)
    with open(OUT, "w") as f:
        json.dump(doc, f, indent=2, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    print(json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False))


if __name__ == "__main__":
    main()
