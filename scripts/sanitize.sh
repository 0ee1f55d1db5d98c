#!/usr/bin/env bash
# Runs the unit tests under AddressSanitizer and ThreadSanitizer (the pipeline analyses documents in parallel
# with DispatchQueue.concurrentPerform) and says, for each, clean or not clean.
#
#   scripts/sanitize.sh [address|thread ...] [-- swift test arguments, e.g. --filter Regression]
#
# Scratch paths: .build-asan and .build-tsan (git-ignored). Logs: .build-asan/sanitize.log, .build-tsan/sanitize.log.
# Suppressions: Fuzz/tsan.supp (documented toolchain false positives only; empty means none are needed).
# Exit status 0 only when every sanitizer run is clean.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
NICE="${SANITIZE_NICE:-10}"

kinds=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do kinds+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
[ ${#kinds[@]} -eq 0 ] && kinds=(address thread)
extra=("$@")

# Report every error, and make a sanitizer report fail the process even when XCTest would carry on.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:halt_on_error=1:abort_on_error=1:detect_stack_use_after_return=0}"
export TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1:suppressions=$PWD/Fuzz/tsan.supp}"
export SWIFT_BACKTRACE=enable=no

overall=0
summary=()
for kind in "${kinds[@]}"; do
    case "$kind" in
        address) scratch=.build-asan ;;
        thread) scratch=.build-tsan ;;
        *) echo "unknown sanitizer '$kind' (address or thread)" >&2; exit 2 ;;
    esac
    mkdir -p "$scratch"
    log="$scratch/sanitize.log"
    echo "== swift test --sanitize=$kind --scratch-path $scratch ${extra[*]:-}"
    start=$(date +%s)
    nice -n "$NICE" swift test --sanitize="$kind" --scratch-path "$scratch" "${extra[@]}" > "$log" 2>&1
    status=$?
    secs=$(( $(date +%s) - start ))
    reports=$(grep -c -E "^(==[0-9]+==ERROR: AddressSanitizer|WARNING: ThreadSanitizer|SUMMARY: (Address|Thread)Sanitizer)" "$log")
    tests=$(grep -E "Executed [0-9]+ tests?, with" "$log" | grep -v "Executed 0 tests" | tail -1 | sed 's/^[[:space:]]*//')
    # One Swift Testing summary per test bundle; a failing test is reported apart from sanitizer findings.
    swt=$(grep -E "Test run with [0-9]+ tests?" "$log" | sed 's/^.*Test run/Test run/' | paste -sd ';' - | sed 's/;/; /g')
    failed=$(grep -cE "^✘ Test .*(failed|recorded an issue)" "$log")
    if [ "$status" -eq 0 ] && [ "$reports" -eq 0 ]; then
        verdict="clean"
    else
        verdict="NOT CLEAN (exit $status, $reports sanitizer report lines, $failed failing test lines; see $log)"
        overall=1
        grep -E -A12 "^(==[0-9]+==ERROR|WARNING: ThreadSanitizer)" "$log" | head -60
        grep -E "error:|^✘" "$log" | head -20
    fi
    summary+=("$kind: $verdict — ${tests:+XCTest: $tests; }${swt:-no Swift Testing summary} (${secs}s)")
done

echo
echo "== sanitizer summary ($(date -u +%Y-%m-%dT%H:%MZ))"
for line in "${summary[@]}"; do echo "$line"; done
exit $overall
