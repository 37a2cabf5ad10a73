#!/bin/sh
# The web app in a real browser (scripts/checks/serve-browser-check.py): starts `sociogram serve --no-open
# --port 0`, drives Debian's headless Chromium through chromedriver and Selenium, with no network
# beyond the loopback, and saves screenshots of every step into $SHOTS (default out/serve-screens/,
# not committed). Installs chromium, chromium-driver (apt, as root or with sudo) and selenium (pip)
# when missing, and uses the debug build that `swift test` made (builds it when missing).
#
#   scripts/serve-browser-check.sh          # exit 0 when every check passes
set -eu
cd "$(dirname "$0")/../.."
started=$(date +%s)
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "serve-browser-check: please install Chromium and its driver (chromium, chromium-driver)" >&2
        exit 1
    fi
    echo "Installing chromium and chromium-driver (needs apt; about 1-2 minutes) ..." >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
if ! python3 -c "import selenium" 2>/dev/null; then
    echo "Installing selenium (pip) ..." >&2
    python3 -m pip install -q selenium 2>&1 | grep -v -i "warning: running pip as" >&2 || true
fi
sh scripts/ensure-deps.sh
bin="$(swift build --show-bin-path)/sociogram"
[ -x "$bin" ] || swift build --product sociogram >/dev/null
SHOTS=${SHOTS:-out/serve-screens}
status=0
SE_AVOID_STATS=true python3 scripts/checks/serve-browser-check.py --sociogram "$bin" --shots "$SHOTS" || status=$?
echo "serve-browser-check.sh: $(( $(date +%s) - started )) s in all; screenshots in $SHOTS/"
exit $status
