#!/usr/bin/env python3
"""Lists string literals in Sources/**/*.swift that look like prose a person reads.

Every text a person reads comes from the string catalogue (Sources/Sociogram/Text/Catalogue/*.json,
see Sources/Sociogram/Text/README.md). This check finds words that were left inline in Swift code:
a literal of at least three words separated by spaces, outside Sources/Sociogram/Text/, that is not
known non-prose:

* markup and code: DOT/Graphviz attributes, HTML, CSS, JavaScript, SVG (a literal with `<`, `=`, `{`
  `;` or `:` in a markup sense, see `looks_like_markup`);
* header-recognition word lists (`HEADER_VOCABULARY_FILES`: the words survey headers are matched
  against, never shown);
* developer-only texts: arguments of precondition, preconditionFailure, assert, assertionFailure,
  fatalError, and `debugDescription`;
* the ArgumentParser help of the command line (`abstract:`, `discussion:`, `help:`, `ArgumentHelp(`,
  `usage:`, `valueName:`): it stays English by design (docs/cli.md);
* Sources/text-catalogue-embed (the build tool that generates the catalogue code; its messages are for
  the developer who breaks the build).

What remains must be listed in scripts/checks/inline-texts-allowed.txt as `path: literal  # reason`
(the literal exactly as printed by this script). Exit status 1 lists every literal neither excluded
nor allowed; 0 when there is none.

Usage: python3 scripts/checks/inline-texts.py [--all] [--verbose]
  --all      print every prose-like literal with the reason it is excluded (to review the rules)
"""
import os
import re
import sys

ROOT = os.path.realpath(os.path.join(os.path.dirname(__file__), "..", ".."))
SOURCES = os.path.join(ROOT, "Sources")
ALLOWED = os.path.join(ROOT, "scripts", "checks", "inline-texts-allowed.txt")

# Folders whose literals are not texts for people.
EXCLUDED_DIRS = {
    "Sources/Sociogram/Text": "the catalogue and its accessors",
    "Sources/text-catalogue-embed": "build tool: messages for the developer",
}

# Files whose literals are header-recognition word lists: matched against the headers and answers of
# survey files (`Hva heter du?`, `what is your name`), never shown to anyone.
HEADER_VOCABULARY_FILES = {
    "Sources/Sociogram/Import/FormMetadata.swift",
}

# Calls whose string arguments only a developer sees.
DEVELOPER_CALLS = {
    "precondition", "preconditionFailure", "assert", "assertionFailure", "fatalError",
    "dispatchPrecondition",
}
# Argument labels and calls of ArgumentParser help (English by design).
HELP_LABELS = {"abstract", "discussion", "help", "usage", "valueName", "commandName"}
HELP_CALLS = {"ArgumentHelp", "CommandConfiguration"}
# Properties whose value is for developers (debugger, logs).
DEVELOPER_PROPERTIES = {"debugDescription"}

WORD = re.compile(r"[A-Za-zÆØÅæøåÉéÜü]+(?:['’-][A-Za-zÆØÅæøå]+)*")
PROSE = re.compile(
    r"[A-Za-zÆØÅæøåÉé]+[,.:;!?]?\s+[A-Za-zÆØÅæøåÉé«“(]+[,.:;!?»”)]?\s+[A-Za-zÆØÅæøåÉé«“(]+"
)


class Literal:
    def __init__(self, path, line, text, call, label, prop):
        self.path, self.line, self.text = path, line, text
        self.call, self.label, self.prop = call, label, prop


def scan(path, source):
    """Yields every string literal of a Swift file with the call and argument label around it.

    Interpolations are written `\\(…)` in the literal's text (their code is not kept): the check is
    about the words around them.
    """
    i, n, line = 0, len(source), 1
    # Stack of (call name, label of the argument being written) for open parentheses/brackets.
    stack = [("", "", "")]   # (call, label, property whose body this is)
    last_ident = ""    # the identifier just before, to name a call at `(`
    label = ""         # an `ident:` just before, inside the current parentheses
    prop = ""          # the name of the `var`/`let` being declared at the top of the statement
    prev_ident = ""
    results = []

    def read_string(i, line):
        """Reads a string literal starting at source[i] (at the `#`s or the quote); returns
        (end index, line after, text, start line)."""
        start_line = line
        hashes = 0
        while source[i] == "#":
            hashes += 1
            i += 1
        multi = source.startswith('"""', i)
        i += 3 if multi else 1
        close = ('"""' if multi else '"') + "#" * hashes
        escape = "\\" + "#" * hashes
        out = []
        while i < n:
            if source.startswith(close, i):
                i += len(close)
                break
            if source.startswith(escape, i):
                j = i + len(escape)
                if j < n and source[j] == "(":
                    # interpolation: skip balanced code, strings inside included
                    depth, j = 1, j + 1
                    while j < n and depth:
                        c = source[j]
                        if c == '"' or (c == "#" and source.startswith('"', j + 1)):
                            j, line, _, _ = read_string(j, line)
                            continue
                        if c == "(":
                            depth += 1
                        elif c == ")":
                            depth -= 1
                        elif c == "\n":
                            line += 1
                        j += 1
                    out.append("\\(…)")
                    i = j
                    continue
                if j < n:
                    ch = source[j]
                    if ch == "\n":
                        line += 1
                    out.append({"n": "\n", "t": "\t", "\\": "\\", '"': '"', "0": "\0"}.get(ch, "\\" + ch))
                    i = j + 1
                    continue
            c = source[i]
            if c == "\n":
                line += 1
            out.append(c)
            i += 1
        text = "".join(out)
        if multi:
            # The indentation of the closing delimiter is not part of the text.
            text = "\n".join(l.strip() for l in text.split("\n")).strip("\n")
        return i, line, text, start_line

    while i < n:
        c = source[i]
        if source.startswith("//", i):
            j = source.find("\n", i)
            i = n if j < 0 else j
            continue
        if source.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if source.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif source.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    if source[i] == "\n":
                        line += 1
                    i += 1
            continue
        if c == '"' or (c == "#" and re.match(r'#+"', source[i:i + 8])):
            call, outer_label, block_prop = stack[-1]
            i, line, text, start = read_string(i, line)
            results.append(Literal(path, start, text, call, label or outer_label, prop or block_prop))
            last_ident = ""
            continue
        if c.isalpha() or c == "_":
            m = re.match(r"[A-Za-z_][A-Za-z0-9_]*", source[i:])
            word = m.group(0)
            if prev_ident in ("var", "let", "case") and word not in ("var", "let"):
                prop = word
            prev_ident = word
            last_ident = word
            i += len(word)
            # `ident:` is an argument label (but not `ident::` nor a ternary's `? a : b`).
            k = i
            while k < n and source[k] in " \t":
                k += 1
            if k < n and source[k] == ":" and not source.startswith("::", k):
                label = word
            continue
        if c in "([":
            stack.append((last_ident if c == "(" else stack[-1][0], label or stack[-1][1], stack[-1][2]))
            label, last_ident = "", ""
        elif c in ")]":
            if len(stack) > 1:
                stack.pop()
            label, last_ident = "", ""
        elif c == ",":
            label, last_ident = "", ""
        elif c == "{" or c == "}":
            # a closure or body: a statement starts
            if c == "{":
                stack.append(("", "", prop or stack[-1][2]))
            elif len(stack) > 1:
                stack.pop()
            label, last_ident, prop = "", "", ""
        elif c == "\n":
            line += 1
            if len(stack) == 1 or stack[-1][:2] == ("", ""):
                prop = prop if source[i + 1:i + 80].lstrip().startswith((".", "+", "?", ":")) else ""
        elif c == ":" or c == " " or c == "\t":
            pass
        else:
            last_ident = ""
        i += 1
    return results


def looks_like_markup(text):
    """DOT, HTML, CSS, JS and SVG fragments; format strings; paths."""
    t = text.strip()
    if re.search(r"<[/!a-zA-Z][^>]*>", t):               # HTML/SVG tags
        return "HTML/SVG markup"
    if re.search(r"\b[a-z_]+\s*=\s*(\"|\\\(|[0-9#\-])", t) or re.search(r"\[[a-z]+=", t):
        return "DOT attributes"
    if re.search(r"(->|--)\s*\"?\\?\(?", t) and re.search(r"\b(digraph|graph|subgraph|node|edge)\b", t):
        return "DOT graph"
    if re.search(r"[{}]", t.replace("\\(…)", "")) and (re.search(r"[{};]\s*$", t) or re.search(r"[a-z-]+:\s*[^ ]+;", t)):
        return "CSS/JS code"
    if re.search(r"\b(function|const|let|var|return|document\.|=>)\b", t) and re.search(r"[(){};=]", t):
        return "JavaScript"
    return None


def is_prose(text):
    stripped = text.replace("\\(…)", " ")
    return bool(PROSE.search(stripped)) and len(WORD.findall(stripped)) >= 3


def classify(lit, rel):
    for d, why in EXCLUDED_DIRS.items():
        if rel.startswith(d + "/"):
            return why
    if rel in HEADER_VOCABULARY_FILES:
        return "header-recognition word list"
    if lit.call in DEVELOPER_CALLS:
        return f"developer-only ({lit.call})"
    if lit.prop in DEVELOPER_PROPERTIES:
        return "developer-only (debugDescription)"
    if rel.startswith("Sources/sociogram-cli/") and (lit.label in HELP_LABELS or lit.call in HELP_CALLS):
        return "ArgumentParser help (English by design)"
    markup = looks_like_markup(lit.text)
    if markup:
        return markup
    return None


def shown(text):
    """The literal on one line, as the allowlist writes it (surrounding spaces dropped)."""
    return text.replace("\n", "\\n").replace("\t", "\\t").strip()


def load_allowed():
    allowed = {}
    if not os.path.exists(ALLOWED):
        return allowed
    with open(ALLOWED, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = re.match(r"^(Sources/\S+\.swift): (.*?)\s+#\s+(\S.*)$", line)
            if not m:
                sys.exit(f"{ALLOWED}:{number}: expected `Sources/…swift: literal  # reason`")
            allowed[(m.group(1), m.group(2))] = m.group(3)
    return allowed


def main():
    show_all = "--all" in sys.argv
    allowed = load_allowed()
    used = set()
    bad = []
    for folder, _, files in os.walk(SOURCES):
        for name in sorted(files):
            if not name.endswith(".swift"):
                continue
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, ROOT)
            with open(path, encoding="utf-8") as f:
                source = f.read()
            for lit in scan(rel, source):
                if not is_prose(lit.text):
                    continue
                why = classify(lit, rel)
                key = (rel, shown(lit.text))
                if why is None and key in allowed:
                    used.add(key)
                    why = "allowed: " + allowed[key]
                if show_all:
                    print(f"{rel}:{lit.line}: {shown(lit.text)}    [{why or 'NOT ALLOWED'}]")
                elif why is None:
                    bad.append(f"{rel}:{lit.line}: {shown(lit.text)}")
    stale = [k for k in allowed if k not in used]
    for rel, text in stale:
        print(f"{ALLOWED}: no longer in the code (remove it): {rel}: {text}", file=sys.stderr)
    if bad:
        print("Texts a person may read, inline in Swift code (move them into Sources/Sociogram/Text/"
              "Catalogue/*.json, or add them to scripts/checks/inline-texts-allowed.txt with a reason):",
              file=sys.stderr)
        for b in bad:
            print("  " + b, file=sys.stderr)
    if bad or stale:
        sys.exit(1)
    if not show_all:
        print(f"No inline texts ({len(allowed)} allowed in {os.path.relpath(ALLOWED, ROOT)}).")


if __name__ == "__main__":
    main()
