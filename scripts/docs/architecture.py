#!/usr/bin/env python3
"""Draws docs/architecture.svg: the package's targets and the library's folders (the pipeline), with
what may depend on what. Writes docs/architecture.dot and renders it with Graphviz's `dot`
(Debian: apt-get install graphviz).

Usage: python3 scripts/docs/architecture.py
"""
import os
import shutil
import subprocess

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))

# The library's rooms in pipeline order, with a one-line caption each.
ROOMS = [
    ("Import", "CSV, workbooks, zip;\nlayouts, names"),
    ("Model", "ClassNetwork, Pupil,\nQuestion, Nomination"),
    ("Analysis", "status, isolation,\nsubgroups, communities"),
    ("Suggest", "supporters, groups,\nplacement"),
    ("Seating", "rooms, seating plans"),
    ("Kit", "before the survey:\nprintable kit, entry sheet"),
    ("Compare", "two surveys of a class"),
    ("Follow", "many surveys of a class"),
    ("Render", "Graphviz views, PNG"),
    ("Documents", "analysis.json, pupils.csv,\nsuggestions, code key"),
    ("Report", "report.html"),
    ("Terminal", "the lines the CLI prints"),
    ("Batch", "a grade, class by class"),
    ("Output", "atomic files and folders"),
    ("Text", "string catalogue\nnb · nn · en"),
]
# What a room uses (arrows point from user to used); Model and Text are used by nearly everything and
# are drawn once, beside the pipeline, to keep the picture readable.
USES = [
    ("Import", "Model"), ("Analysis", "Model"), ("Suggest", "Analysis"), ("Seating", "Suggest"),
    ("Compare", "Analysis"), ("Render", "Analysis"), ("Render", "Suggest"), ("Render", "Compare"),
    ("Documents", "Analysis"), ("Documents", "Suggest"), ("Documents", "Seating"), ("Documents", "Compare"),
    ("Report", "Documents"), ("Report", "Render"), ("Terminal", "Documents"), ("Batch", "Import"),
    ("Batch", "Report"), ("Batch", "Output"), ("Batch", "Render"),
    ("Follow", "Compare"), ("Follow", "Documents"), ("Follow", "Render"), ("Report", "Follow"), ("Terminal", "Follow"),
    ("Kit", "Import"), ("Kit", "Documents"), ("Kit", "Report"),
]
TARGETS = [
    ("sociogram_cli", "sociogram-cli\n(the `sociogram` command)", "box3d"),
    ("SociogramWorkers", "SociogramWorkers\n(worker processes)", "box3d"),
    ("SociogramServer", "SociogramServer\n(the web app, sociogram serve)", "box3d"),
    ("sociogram_bench", "sociogram-bench\n(Benchmarks/)", "box3d"),
    ("CGraphviz", "CGraphviz\n(libgvc)", "cylinder"),
    ("CZlibShim", "CZlibShim\n(zlib)", "cylinder"),
    ("CMemoryFile", "CMemoryFile\n(memfd)", "cylinder"),
    ("CFileExchange", "CFileExchange\n(renameat2)", "cylinder"),
    ("CXlsxWriter", "CXlsxWriter\n(libxlsxwriter)", "cylinder"),
    ("EmbedTextCatalogue", "EmbedTextCatalogue plugin\n+ text-catalogue-embed", "component"),
]


def dot():
    out = ["digraph architecture {", '  graph [rankdir=LR, fontname="Helvetica", fontsize=11, nodesep=0.25, ranksep=0.5];',
           '  node [fontname="Helvetica", fontsize=10, shape=box, style="rounded,filled", fillcolor="#f4f1ea", color="#8a7a55"];',
           '  edge [color="#777777", arrowsize=0.6];',
           '  subgraph cluster_library {', '    label="Sources/Sociogram (the library: never prints, never exits)";',
           '    style="rounded"; color="#bbbbbb";']
    for name, caption in ROOMS:
        out.append(f'    {name} [label="{name}/\\n{caption}"];'.replace("\n", "\\n"))
    out.append("  }")
    for name, label, shape in TARGETS:
        fill = "#e8eef6" if shape == "box3d" else "#eeeeee"
        out.append(f'  {name} [label="{label}", shape={shape}, fillcolor="{fill}"];'.replace("\n", "\\n"))
    for a, b in USES:
        out.append(f"  {a} -> {b};")
    out += [
        "  sociogram_cli -> Batch; sociogram_cli -> Terminal; sociogram_cli -> SociogramWorkers; sociogram_cli -> Kit;",
        "  sociogram_cli -> SociogramServer; SociogramServer -> SociogramWorkers; SociogramServer -> Report;",
        "  SociogramServer -> Documents; SociogramServer -> Compare;",
        "  SociogramWorkers -> Batch; SociogramWorkers -> Render; sociogram_bench -> Batch;",
        "  Render -> CGraphviz; Render -> CZlibShim; Import -> CMemoryFile;",
        "  Output -> CFileExchange; Output -> CXlsxWriter;",
        '  EmbedTextCatalogue -> Text [style=dashed, label="build time", fontsize=9];',
        "}",
    ]
    return "\n".join(out) + "\n"


def main():
    path = os.path.join(ROOT, "docs", "architecture.dot")
    with open(path, "w") as f:
        f.write(dot())
    if shutil.which("dot") is None:
        print(f"wrote {path}; install Graphviz (apt-get install graphviz) to render the SVG")
        return
    svg = os.path.join(ROOT, "docs", "architecture.svg")
    subprocess.check_call(["dot", "-Tsvg", path, "-o", svg])
    print(f"wrote {path} and {svg}")


if __name__ == "__main__":
    main()
