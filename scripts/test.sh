#!/bin/sh
# Runs the whole test suite: installs missing system packages, then `swift test`.
set -eu
cd "$(dirname "$0")/.."
sh scripts/ensure-deps.sh
swift test "$@"
