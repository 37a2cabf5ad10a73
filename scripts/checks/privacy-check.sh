#!/bin/sh
# Privacy check for CI: proves that the `sociogram` binary opens no network connection.
#
#  1. Linked symbols: the binary itself imports none of socket, connect, getaddrinfo, gethostbyname, bind,
#     listen, accept, sendto, sendmsg, recvfrom (nm -D --undefined-only), and none of the libraries it
#     loads is a networking library (libcurl, FoundationNetworking — where URLSession lives on Linux —,
#     libssl, libnghttp2).
#  2. System calls: the CLI runs end to end (inspect, inspect --json, analyze --out, analyze --json,
#     pseudonymised and named) under `strace -f -e trace=network`; the only socket calls allowed are glibc's
#     look-ups of the user database through the local nscd socket (AF_UNIX, /var/run/nscd/socket, which
#     Foundation triggers when it reads the home folder); any other socket family or address fails.
#  3. No network at all: the same commands succeed inside `unshare -n` (a network namespace without any
#     interface), with the same analysis.json as outside it.
#
# Usage: scripts/checks/privacy-check.sh [--debug]   (default: builds and checks the release binary)
# Needs: strace, util-linux unshare (installed with apt when missing and running as root).
# Exit status: 0 when every check passed; 1 when one failed; 2 when a check could not run.
set -eu
cd "$(dirname "$0")/../.."
CONFIG=release
[ "${1:-}" = "--debug" ] && CONFIG=debug
WORK=$(mktemp -d "${TMPDIR:-/tmp}/sociogram-privacy.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
fail=0
say() { printf '%s\n' "$*"; }

if ! command -v strace >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing strace …"
    (apt-get install -y -qq strace >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq strace >/dev/null; }) || true
fi

swift build -c "$CONFIG" --product sociogram >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 2; }
BIN="$(swift build -c "$CONFIG" --show-bin-path)/sociogram"
say "privacy check of $BIN"

# 1. Linked symbols and libraries.
network_symbols='^(socket|connect|getaddrinfo|gethostbyname|gethostbyname2|gethostbyaddr|bind|listen|accept|accept4|sendto|sendmsg|recvfrom|recvmsg)$'
imported=$(nm -D --undefined-only "$BIN" | awk '{print $NF}' | sed 's/@.*//' | grep -E "$network_symbols" || true)
if [ -n "$imported" ]; then
    say "FAIL symbols: the binary imports network functions: $(echo "$imported" | tr '\n' ' ')"
    fail=1
else
    say "ok   symbols: no network function among the binary's $(nm -D --undefined-only "$BIN" | wc -l) imports"
fi
libs=$(ldd "$BIN" | awk '{print $1}')
netlibs=$(echo "$libs" | grep -E 'libcurl|FoundationNetworking|libssl|libcrypto|libnghttp|libgnutls' || true)
if [ -n "$netlibs" ]; then
    say "FAIL libraries: networking libraries are loaded: $(echo "$netlibs" | tr '\n' ' ')"
    fail=1
else
    say "ok   libraries: none of the $(echo "$libs" | wc -l) loaded libraries is a networking library (no libcurl, no FoundationNetworking)"
fi

# The end-to-end runs used by checks 2 and 3: every command that reads a survey and writes outputs.
runs() {  # runs PREFIX OUTDIR  (PREFIX: a wrapper command such as "strace …" or "unshare -n")
    for fixture in fixtures/7b/forms-nb.csv fixtures/7b/edges.csv fixtures/hostile/forms-with-metadata.csv; do
        name=$(basename "$fixture" .csv)
        $1 "$BIN" inspect "$fixture" >/dev/null
        $1 "$BIN" inspect "$fixture" --json --labels codes >/dev/null
        $1 "$BIN" analyze "$fixture" --json >/dev/null
        $1 "$BIN" analyze "$fixture" --out "$2/$name" --labels codes --key "$2/$name-key.csv" >/dev/null
    done
}

# 2. System calls (skipped, not failed, where the sandbox forbids ptrace: the symbol check above and the
#    network-namespace run below still hold).
if command -v strace >/dev/null 2>&1 && ! strace -f -qq -o /dev/null true 2>/dev/null; then
    say "SKIP syscalls: strace cannot trace here (ptrace not permitted in this sandbox)"
elif command -v strace >/dev/null 2>&1; then
    if runs "strace -f -qq -e trace=network -o $WORK/strace.log -A" "$WORK/strace-out" 2>"$WORK/strace.err"; then
        calls=$(grep -c -E '(socket|connect|bind|sendto|sendmsg|getsockopt|socketpair)\(' "$WORK/strace.log" || true)
        nscd=$(grep -c -E 'sun_path="/var/run/nscd/socket"' "$WORK/strace.log" || true)
        bad=$(grep -E '(socket|socketpair)\(' "$WORK/strace.log" | grep -v 'AF_UNIX' || true)
        bad="$bad$(grep -E '(connect|bind|sendto|sendmsg)\(' "$WORK/strace.log" | grep -v 'sun_path="/var/run/nscd/socket"' || true)"
        if [ -n "$bad" ]; then
            say "FAIL syscalls: network system calls other than the local nscd user look-up:"
            echo "$bad" | head -5
            fail=1
        else
            say "ok   syscalls: 12 runs under strace -f -e trace=network: no internet or other socket; $calls call(s), all glibc's local nscd look-up ($nscd connect(s) to /var/run/nscd/socket)"
        fi
    else
        say "FAIL syscalls: a command failed under strace"; cat "$WORK/strace.err"; fail=1
    fi
else
    say "SKIP syscalls: strace is not installed"; fail=${fail:-0}; [ "$fail" -eq 0 ] && fail=2
fi

# 3. Without any network.
if unshare -n true 2>/dev/null; then
    if runs "unshare -n" "$WORK/no-net" 2>"$WORK/unshare.err"; then
        runs "" "$WORK/with-net" 2>/dev/null
        if cmp -s "$WORK/no-net/forms-nb/analysis.json" "$WORK/with-net/forms-nb/analysis.json"; then
            say "ok   no network: 12 runs inside unshare -n succeeded, with the same analysis.json as with a network"
        else
            say "FAIL no network: analysis.json differs without a network"; fail=1
        fi
    else
        say "FAIL no network: a command failed inside unshare -n"; cat "$WORK/unshare.err"; fail=1
    fi
else
    say "SKIP no network: unshare -n is not permitted here (needs root or user namespaces)"
    [ "$fail" -eq 0 ] && fail=2
fi

[ "$fail" -eq 0 ] && say "privacy check: passed" || say "privacy check: NOT passed ($fail)"
exit "$fail"
