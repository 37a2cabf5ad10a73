#!/bin/sh
# Installs what the print checks need when it is missing: Chromium (headless --print-to-pdf) and
# poppler-utils (pdftotext, pdfinfo, pdftoppm), with apt, as root or with sudo. Used by
# kit-browser-check.sh and print-check.sh.
set -eu
missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
if [ -n "$missing" ]; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    echo "Installing$missing (needs apt) ..." >&2
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi
