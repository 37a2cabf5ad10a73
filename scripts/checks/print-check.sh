#!/bin/sh
# The HTML report printed on A4 (headless Chromium, --print-to-pdf) and measured (pdftotext -bbox-layout):
# every pupil name inside a diagram at least 9 pt on paper and every other word of a diagram (legend,
# title, ring captions) at least 8 pt, on the report of class 7B (fixtures/7b) and of a class of 30
# (fixtures/print-30). How a word's point size is derived from its box: scripts/checks/print-check.py.
# Installs Chromium and poppler-utils when missing (apt, as root or with sudo). About 10 s after the build.
#
#   scripts/checks/print-check.sh                  # exit 0 when every check passes
#   KEEP=/tmp/print scripts/checks/print-check.sh  # keep the reports and PDFs for a look
#   MEASURE=1 scripts/checks/print-check.sh        # print the sizes only (before/after, docs/report.md)
#
# Nothing leaves the machine: Chromium runs with a dead proxy and no name resolution.
set -eu
cd "$(dirname "$0")/../.."
sh scripts/checks/ensure-print-tools.sh
sh scripts/ensure-deps.sh
bin="$(swift build --show-bin-path)/sociogram"
[ -x "$bin" ] || swift build --product sociogram >/dev/null
work=${KEEP:-$(mktemp -d)}
mkdir -p "$work"
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$work"' EXIT; fi
if [ -n "${MEASURE:-}" ]; then
    python3 scripts/checks/print-check.py --sociogram "$bin" --work "$work" --measure
else
    python3 scripts/checks/print-check.py --sociogram "$bin" --work "$work"
fi
