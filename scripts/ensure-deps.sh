#!/bin/sh
# Installs what Sociogram needs to build on Debian/Ubuntu when it is missing:
# the Graphviz C library (libgraphviz-dev), zlib (zlib1g-dev), libxlsxwriter (libxlsxwriter-dev, which
# writes the kit's entry workbook), pkg-config, and libxml2, which Foundation's
# XMLParser (the workbook reader) loads at run time. Uses sudo only when not root.
set -eu
if pkg-config --exists libgvc zlib xlsxwriter 2>/dev/null && ldconfig -p 2>/dev/null | grep -q 'libxml2\.so\.2'; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "sociogram: please install the Graphviz, zlib and libxlsxwriter development files (libgvc, zlib, xlsxwriter) and pkg-config" >&2
    exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing libgraphviz-dev, zlib1g-dev, libxlsxwriter-dev, libxml2 and pkg-config (needs apt) ..." >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libgraphviz-dev zlib1g-dev libxlsxwriter-dev libxml2 pkg-config >/dev/null
