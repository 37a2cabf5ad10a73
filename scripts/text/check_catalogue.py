#!/usr/bin/env python3
"""Checks a translation of the string catalogue against bokmål (the reference the code is written for).

Usage: python3 scripts/text/check_catalogue.py nn.json [--keys-from N --keys-to M]

For every key: the text exists and is not empty; it follows the message syntax (balanced braces,
`{name, plural, … other {…}}`, `{name, select, … other {…}}`); it uses no placeholder bokmål lacks.
For nynorsk (a file named nn*.json) it also lists words that are bokmål, not nynorsk (`ikke`, `hvem`,
`elever` …), so that a text copied over and left untranslated is found. Exit code 1 on any problem.
"""
import json
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
CATALOGUE = os.path.join(ROOT, "Sources", "Sociogram", "Text", "Catalogue")

# Bokmål forms whose nynorsk form differs (læreplan-nynorsk after the 2012 reform: ikkje, kven, kva,
# korleis, berre, frå, vere, val, elevar, lærar …). Matched as whole words, case-insensitively, outside
# placeholders. Words that are the same in both standards (jente, foreldre, også, blir, mange …) are
# not listed.
NYNORSK_CHECK = set("""
ikke hvem hva hvordan hvorfor hvis hvor bare fra være valg valget valgene valgt valgte velge velger
elever elevene gutter gutt lærer læreren lærere hennes deres dem de noen noe kun ble selv mer mye
hver hvert ett et én annen annet svarene navn navnet navnene navneliste venner vennene hjelpsom
fikk gikk sammen bedre hverandre ganger tall uke hjem nå leder ledere lederen trenger gjør gjøre
sier kommer sitter finnes hele egen eget egne vet uten skrevet
""".split())


def parse(text):
    """Returns the set of argument names, or raises ValueError with the problem."""
    names = set()
    i = 0

    def parts(i, in_plural, depth):
        while i < len(text):
            c = text[i]
            if c == "}":
                if depth == 0:
                    raise ValueError(f"an unmatched '}}' at {i + 1}")
                return i
            if c == "'":
                nxt = text[i + 1] if i + 1 < len(text) else ""
                if nxt == "'":
                    i += 2
                elif nxt and nxt in "{}#":
                    j = text.find("'", i + 1)
                    if j < 0:
                        raise ValueError(f"an unclosed quote at {i + 1}")
                    i = j + 1
                else:
                    i += 1
                continue
            if c == "{":
                i = argument(i, depth)
                continue
            i += 1
        if depth > 0:
            raise ValueError("a '{' without its '}'")
        return i

    def argument(i, depth):
        m = re.match(r"\{\s*(\w+)\s*(\}|,)", text[i:])
        if not m:
            raise ValueError(f"a placeholder name at {i + 1}")
        names.add(m.group(1))
        i += m.end()
        if m.group(2) == "}":
            return i
        m = re.match(r"\s*(plural|select)\s*,", text[i:])
        if not m:
            raise ValueError(f"'plural' or 'select' at {i + 1}")
        kind = m.group(1)
        i += m.end()
        seen = set()
        while True:
            m = re.match(r"\s*(\}|=?\w+)\s*", text[i:])
            if not m:
                raise ValueError(f"a branch at {i + 1}")
            if m.group(1) == "}":
                i += m.end()
                break
            seen.add(m.group(1))
            i += m.end()
            if i >= len(text) or text[i] != "{":
                raise ValueError(f"'{{' after the branch {m.group(1)}")
            i = parts(i + 1, kind == "plural", depth + 1)
            i += 1
        if "other" not in seen:
            raise ValueError("a plural or select without 'other'")
        return i

    parts(0, False, 0)
    return names


def plain_words(text):
    """The words of a text outside placeholders' names, branch keywords and «quoted titles» (a published
    guide's title, a menu name as Excel shows it, are quoted as they are)."""
    text = re.sub(r"«[^»]*»", " ", text)
    stripped = re.sub(r"\{\s*\w+\s*(?:,\s*(?:plural|select)\s*,)?", " ", text)
    stripped = re.sub(r"(?:=\d+|\bone|\bother|\btrue|\bfalse)\s*\{", " ", stripped)
    return re.findall(r"[A-Za-zÆØÅæøåÉéÈèÒòÂâÊêÔô]+", stripped)


def main(argv):
    if not argv:
        print(__doc__)
        return 2
    path = argv[0]
    if not os.path.isabs(path) and not os.path.exists(path):
        path = os.path.join(CATALOGUE, path)
    start = int(argv[argv.index("--keys-from") + 1]) if "--keys-from" in argv else 0
    end = int(argv[argv.index("--keys-to") + 1]) if "--keys-to" in argv else None
    with open(os.path.join(CATALOGUE, "nb.json"), encoding="utf-8") as f:
        reference = json.load(f)
    with open(path, encoding="utf-8") as f:
        translated = json.load(f)
    keys = list(reference)[start:end]
    problems = []
    nynorsk = os.path.basename(path).startswith("nn")
    for key in keys:
        text = translated.get(key)
        if not text:
            problems.append(f"{key}: missing")
            continue
        try:
            names = parse(text)
        except ValueError as e:
            problems.append(f"{key}: {e}")
            continue
        extra = names - parse(reference[key])
        if extra:
            problems.append(f"{key}: placeholders bokmål does not have: {sorted(extra)}")
        if nynorsk:
            words = {w.lower() for w in plain_words(text)}
            bokmal = sorted(words & NYNORSK_CHECK)
            if bokmal:
                problems.append(f"{key}: bokmål words {bokmal}: {text[:100]}")
    for key in translated:
        if key not in reference:
            problems.append(f"{key}: not a key of nb.json")
    for p in problems:
        print(p)
    print(f"{len(keys)} keys checked, {len(problems)} problems.")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
