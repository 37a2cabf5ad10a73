#!/bin/sh
# The web app under attack (scripts/checks/serve-attack.py): schemathesis against docs/openapi.yaml,
# 200 requests at once, oversized headers and bodies, slow-loris connections, a guessed token's timing.
# Installs schemathesis (pip) when missing; uses the release build when there is one (the numbers in
# docs/hardening.md are from it), else the debug build, and builds the debug one when neither exists.
# Not in CI (about 2-4 minutes); run it by hand:  sh scripts/checks/serve-attack.sh
set -eu
cd "$(dirname "$0")/../.."
if ! command -v st >/dev/null 2>&1; then
    python3 -m pip install -q schemathesis >&2
fi
BIN=.build/release/sociogram
if [ ! -x "$BIN" ]; then
    BIN=.build/debug/sociogram
    [ -x "$BIN" ] || swift build --product sociogram
fi
exec python3 scripts/checks/serve-attack.py --binary "$BIN" "$@"
