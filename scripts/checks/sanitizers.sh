#!/bin/sh
# Runs the test suite under AddressSanitizer and ThreadSanitizer and reports each.
#
# Usage: scripts/checks/sanitizers.sh [address] [thread]     (default: both)
# Each sanitizer builds in its own folder (.build-asan, .build-tsan), so the normal .build is untouched.
# ThreadSanitizer covers the parallel renders (RenderGraphvizTests) and, once merged, batch with --jobs.
# Suppressions (with their reasons) are in scripts/checks/sanitizers/; see docs/hardening.md.
# Exit status: 0 when every run passed without a sanitizer report, 1 otherwise.
set -u
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
SANITIZERS="${*:-address thread}"
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="detect_leaks=1:fast_unwind_on_malloc=0:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$ROOT/scripts/checks/sanitizers/lsan.supp"
export TSAN_OPTIONS="suppressions=$ROOT/scripts/checks/sanitizers/tsan.supp:halt_on_error=1:second_deadlock_stack=1"
status=0
for s in $SANITIZERS; do
    case "$s" in
    address) dir=.build-asan ;;
    thread) dir=.build-tsan ;;
    *) echo "unknown sanitizer $s (address, thread)" >&2; exit 2 ;;
    esac
    log="$dir-test.log"
    mkdir -p "$dir"
    start=$(date +%s)
    swift test --sanitize="$s" --scratch-path "$dir" >"$log" 2>&1
    rc=$?
    secs=$(( $(date +%s) - start ))
    summary=$(grep -E "^(✔|✘) Test run with|Executed [0-9]+ tests" "$log" | tail -2 | tr '\n' ' ')
    reports=$(grep -c "ERROR: AddressSanitizer\|ERROR: LeakSanitizer\|WARNING: ThreadSanitizer" "$log")
    echo "$s: exit $rc in ${secs}s; sanitizer reports: $reports; $summary"
    if [ "$rc" -ne 0 ] || [ "$reports" -ne 0 ]; then
        status=1
        grep -m5 -E "ERROR: (Address|Leak)Sanitizer|WARNING: ThreadSanitizer|SUMMARY|✘" "$log"
        echo "  full log: $log"
    fi
done
exit $status
