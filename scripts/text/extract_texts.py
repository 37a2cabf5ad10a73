#!/usr/bin/env python3
"""Moves inline bokmål/English text pairs from Swift code into the string catalogue.

Usage: python3 scripts/text/extract_texts.py FILE.swift...

Each `t("bokmål", "English")` call and each `nb ? "bokmål" : "English"` choice in the given files
becomes `text(.key, ["name": value, ...])`, and the two texts go into
`Sources/Sociogram/Text/Catalogue/nb.json` and `en.json` under that key (appended; an existing key is
never overwritten). Interpolations become named placeholders (`\\(quote(header))` → `{header}`),
`\\(n == 1 ? "elev" : "elever")` becomes an ICU plural and `\\(flag ? "a" : "b")` a selection.
Keys are named after the Swift declaration the text is in (plus the `case` it is under when a
declaration holds several). What the script cannot convert (a text built from non-literal parts,
a condition it does not know) it leaves in place and lists, to be moved by hand.

Run it on a file with new `t(...)` pairs after merging work that used the old pattern; the catalogue
tests then say which keys still lack a nynorsk text.
"""
import json
import os
import re
import sys
from collections import OrderedDict

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
CATALOGUE = os.path.join(ROOT, "Sources", "Sociogram", "Text", "Catalogue")


class Unconvertible(Exception):
    pass


def read_literal(s, i):
    """Reads the Swift string literal starting at s[i]; returns (end, parts) with parts
    [('lit', text) | ('expr', swift)]. Escapes are decoded; multi-line literals are de-indented."""
    j = i
    hashes = 0
    while s[j] == "#":
        hashes += 1
        j += 1
    if s[j] != '"':
        raise Unconvertible("not a string literal")
    triple = s.startswith('"""', j)
    quote = '"""' if triple else '"'
    j += len(quote)
    close = quote + "#" * hashes
    esc = "\\" + "#" * hashes
    parts = []
    buf = ""
    while True:
        if j >= len(s):
            raise Unconvertible("unterminated literal")
        if s.startswith(close, j):
            parts.append(("lit", buf))
            j += len(close)
            break
        if s.startswith(esc, j):
            k = j + len(esc)
            c = s[k]
            if c == "(":
                depth = 1
                k += 1
                start = k
                while depth:
                    ch = s[k]
                    if ch == '"' or (ch == "#" and re.match(r'#+"', s[k:])):
                        k, _ = read_literal(s, k)
                        continue
                    if ch == "(":
                        depth += 1
                    elif ch == ")":
                        depth -= 1
                    k += 1
                parts.append(("lit", buf))
                buf = ""
                parts.append(("expr", s[start:k - 1]))
                j = k
                continue
            simple = {"n": "\n", "t": "\t", "0": "\0", "\\": "\\", '"': '"', "'": "'", "r": "\r"}
            if c in simple:
                buf += simple[c]
                j = k + 1
                continue
            if c == "u":
                m = re.match(r"u\{([0-9A-Fa-f]+)\}", s[k:])
                buf += chr(int(m.group(1), 16))
                j = k + m.end()
                continue
            if c == "\n" and triple:
                j = k + 1
                while s[j] in " \t":
                    j += 1
                continue
            raise Unconvertible("unknown escape \\" + c)
        buf += s[j]
        j += 1
    if triple:
        raise Unconvertible("multi-line literal")
    return j, [p for p in parts if p != ("lit", "")]


def skip_space(s, i):
    while i < len(s) and s[i] in " \n\t":
        i += 1
    return i


def read_concat(s, i):
    """Reads `"a" + "b" + …`; returns (end, parts)."""
    end, parts = read_literal(s, i)
    while True:
        k = skip_space(s, end)
        if s[k] == "+" and s[k + 1] != "=":
            k2 = skip_space(s, k + 1)
            if s[k2] in '"#':
                end, more = read_literal(s, k2)
                parts = parts + more
                continue
            raise Unconvertible("a text joined with a non-literal part")
        return end, parts


IDENT = re.compile(r"[A-Za-z_]\w*")
SWIFT_WORDS = {"self", "true", "false", "nil", "try", "as", "is", "in", "let", "var"}


def placeholder_name(expr):
    cleaned = re.sub(r'"[^"]*"', "", expr)
    names = []
    for m in IDENT.finditer(cleaned):
        rest = cleaned[m.end():].lstrip()
        if rest.startswith("(") or rest.startswith(":") or m.group(0) in SWIFT_WORDS:
            continue
        if m.start() > 0 and cleaned[m.start() - 1] == ".":
            # a member: keep it unless it is a formatting member (.rawValue, .count keeps)
            if m.group(0) in ("rawValue", "description"):
                continue
        names.append(m.group(0))
    return names[-1] if names else "value"


# An interpolation whose literals are only separators (`names.joined(separator: ", ")`) holds no words.
PUNCTUATION_ONLY = re.compile(r'^(?:[^"]|"[\s,.;:/()\-]*")*$')
COND_PLURAL = re.compile(r"^\s*(.+?)\s*==\s*1\s*\?\s*(.+?)\s*:\s*(.+?)\s*$", re.S)
COND_SELECT = re.compile(r"^\s*([A-Za-z_][\w.]*)\s*\?\s*(.+?)\s*:\s*(.+?)\s*$", re.S)


class Message:
    """Builds one ICU message from literal parts, collecting its arguments."""

    def __init__(self, args):
        self.args = args  # OrderedDict expr -> name (shared by both languages of one text)

    def name_for(self, expr):
        expr = expr.strip()
        if expr in self.args:
            return self.args[expr]
        base = placeholder_name(expr)
        name = base
        k = 2
        while name in self.args.values():
            name = f"{base}{k}"
            k += 1
        self.args[expr] = name
        return name

    def render(self, parts, in_plural=False):
        out = ""
        for kind, value in parts:
            if kind == "lit":
                out += escape(value, in_plural)
                continue
            if '"' in value and not PUNCTUATION_ONLY.search(value):
                m = COND_PLURAL.match(value)
                if m and is_literal(m.group(2)) and is_literal(m.group(3)):
                    name = self.name_for(m.group(1))
                    one = self.render(literal_parts(m.group(2)), True)
                    other = self.render(literal_parts(m.group(3)), True)
                    out += "{%s, plural, one {%s} other {%s}}" % (name, one, other)
                    continue
                m = COND_SELECT.match(value)
                if m and is_literal(m.group(2)) and is_literal(m.group(3)):
                    name = self.name_for(m.group(1))
                    yes = self.render(literal_parts(m.group(2)), in_plural)
                    no = self.render(literal_parts(m.group(3)), in_plural)
                    out += "{%s, select, true {%s} other {%s}}" % (name, yes, no)
                    continue
                raise Unconvertible("a text inside an interpolation: " + value.strip())
            out += "{%s}" % self.name_for(value)
        return out


def is_literal(text):
    text = text.strip()
    if not text or text[0] not in '"#':
        return False
    try:
        end, _ = read_literal(text, 0)
    except (Unconvertible, IndexError):
        return False
    return end == len(text)


def literal_parts(text):
    return read_literal(text.strip(), 0)[1]


def escape(text, in_plural):
    out = ""
    for ch in text:
        if ch in "{}":
            out += "'" + ch + "'"
        elif ch == "#" and in_plural:
            out += "'#'"
        elif ch == "'":
            out += APOSTROPHE  # decided by finish(): '' before a special character, else '
        else:
            out += ch
    return out


APOSTROPHE = "\x01"


def finish(text):
    """A literal apostrophe is written '' where ICU would read it as the start of a quote."""
    return re.sub(APOSTROPHE + "(?=[{}#'" + APOSTROPHE + "])", "''", text).replace(APOSTROPHE, "'")


DECL = re.compile(
    r"^( {4}|\t)(?:(?:public|private|fileprivate|internal|static|nonisolated|mutating)\s+)*(?:func|var|let)\s+(\w+)",
    re.M)
CASE = re.compile(r"^\s*case\s+(.+?):", re.M)


def indent(line):
    return len(line) - len(line.lstrip(" "))


def inside_case(s, case_pos, line_start):
    """Whether the line starting at line_start belongs to the case label at case_pos: the label's own
    line, or a line below it, indented deeper, with nothing in between at the label's depth or less."""
    case_line_start = s.rfind("\n", 0, case_pos) + 1
    if case_line_start == line_start:
        return True
    depth = indent(s[case_line_start:s.find("\n", case_line_start)])
    for line in s[s.find("\n", case_line_start) + 1:line_start].split("\n")[:-1] + [s[line_start:s.find("\n", line_start)]]:
        if line.strip() and indent(line) <= depth:
            return False
    return True


def key_for(s, pos, prefix, used):
    decls = [m for m in DECL.finditer(s, 0, pos)]
    base = decls[-1].group(2) if decls else "text"
    start = decls[-1].start() if decls else 0
    cases = [m for m in CASE.finditer(s, start, pos)]
    line_start = s.rfind("\n", 0, pos) + 1
    suffix = ""
    if cases and not inside_case(s, cases[-1].start(), line_start):
        cases = []
    if cases:
        # the nearest case label before the text, inside this declaration
        words = IDENT.findall(cases[-1].group(1))
        suffix = "".join(w[0].upper() + w[1:] for w in words if w not in ("let", "var", "where"))
    if base.startswith(prefix.lower()) or not prefix:
        key = base + suffix
    else:
        key = prefix + base[0].upper() + base[1:] + suffix
    candidate = key
    k = 2
    while candidate in used:
        candidate = f"{key}{k}"
        k += 1
    return candidate


PAIR_T = re.compile(r"(?<![\w.])t\(")
PAIR_NB = re.compile(r"(?<![\w.])(?:nb|language == \.nb|s\.nb)\s*\?\s*(?=[\"#])")
PAIR_EN = re.compile(r"(?<![\w.])(?:en|language == \.en)\s*\?\s*(?=[\"#])")


def convert_file(path, prefix, nb, en, report):
    s = open(path, encoding="utf-8").read()
    used = set(nb.keys())
    edits = []  # (start, end, replacement)
    sites = [(m.start(), m.end(), "t") for m in PAIR_T.finditer(s)] + \
            [(m.start(), m.end(), "nb") for m in PAIR_NB.finditer(s)] + \
            [(m.start(), m.end(), "en") for m in PAIR_EN.finditer(s)]
    sites.sort()
    last_end = -1
    for start, after, kind in sites:
        if start < last_end:
            continue
        line = s.count("\n", 0, start) + 1
        try:
            i = skip_space(s, after)
            if kind == "t":
                e1, nb_parts = read_concat(s, i)
                k = skip_space(s, e1)
                if s[k] != ",":
                    raise Unconvertible("not two texts")
                k = skip_space(s, k + 1)
                e2, en_parts = read_concat(s, k)
                k = skip_space(s, e2)
                if s[k] != ")":
                    raise Unconvertible("not two texts")
                end = k + 1
            else:
                e1, nb_parts = read_concat(s, i)
                k = skip_space(s, e1)
                if s[k] != ":":
                    raise Unconvertible("not a choice of two texts")
                k = skip_space(s, k + 1)
                e2, en_parts = read_concat(s, k)
                end = e2
                if kind == "en":
                    nb_parts, en_parts = en_parts, nb_parts
            args = OrderedDict()
            msg = Message(args)
            nb_text = finish(msg.render(nb_parts))
            en_text = finish(msg.render(en_parts))
        except (Unconvertible, IndexError) as error:
            report.append(f"{os.path.relpath(path, ROOT)}:{line}: left in place ({error})")
            continue
        key = key_for(s, start, prefix, used)
        used.add(key)
        nb[key] = nb_text
        en[key] = en_text
        if args:
            inner = ", ".join(f'"{name}": {expr}' for expr, name in args.items())
            replacement = f"text(.{key}, [{inner}])"
        else:
            replacement = f"text(.{key})"
        if kind != "t" and s[end:end + 1] not in ("", "\n", ")", " ", ",", "]"):
            replacement = "(" + replacement + ")"
        edits.append((start, end, replacement))
        last_end = end
    for start, end, replacement in reversed(edits):
        s = s[:start] + replacement + s[end:]
    open(path, "w", encoding="utf-8").write(s)
    return len(edits)


def load(code):
    path = os.path.join(CATALOGUE, f"{code}.json")
    if not os.path.exists(path):
        return OrderedDict()
    with open(path, encoding="utf-8") as f:
        return json.load(f, object_pairs_hook=OrderedDict)


def save(code, table):
    path = os.path.join(CATALOGUE, f"{code}.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(table, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main(argv):
    prefix = ""
    files = []
    for a in argv:
        if a.startswith("--prefix="):
            prefix = a.split("=", 1)[1]
        else:
            files.append(a)
    nb, en = load("nb"), load("en")
    report = []
    total = 0
    for path in files:
        total += convert_file(path, prefix, nb, en, report)
    save("nb", nb)
    save("en", en)
    print(f"{total} texts moved into the catalogue ({len(nb)} keys in all).")
    for line in report:
        print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
