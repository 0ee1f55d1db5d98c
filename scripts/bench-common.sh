# Sourced by the benchmark scripts after their options are read (needs $root, $build and $0):
# the toolchain on PATH, a UTF-8 locale, a scratch folder removed on exit ($tmp), and the release
# build of tltui ($BIN), built first unless --no-build was given.
export PATH="/opt/swift/usr/bin:$PATH"
export LC_ALL=C.UTF-8
BIN=${bench_bin:-$root/.build/release/tltui}   # bench.sh --bin FILE measures another build (no build made then)
[ -n "${bench_bin:-}" ] && build=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ "$build" = 1 ]; then
    echo "building (release) ..." >&2
    nice -n 10 swift build -c release --product tltui >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log" >&2; exit 1; }
fi
[ -x "$BIN" ] || { echo "$(basename "$0"): no release build at $BIN" >&2; exit 1; }

# bench_header TITLE: the machine, toolchain and commit a benchmark ran on (every run prints them first).
bench_header() {
    local cpu_model mem os  # $commit stays set: the summary names it again
    commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- Sources Package.swift 2>/dev/null || echo "+changes")
    cpu_model=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
    mem=$(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo)
    os=$( (. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME") || uname -s)
    echo "== $1, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "machine: ${cpu_model:-unknown CPU}, $(nproc) cores, $mem RAM, $os, kernel $(uname -r)"
    echo "swift:   $(swift --version 2>&1 | head -1)"
    if [ -n "${bench_bin:-}" ]; then
        commit="binary $BIN"
        echo "binary:  $BIN (given with --bin; not this tree's build), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    else
        echo "commit:  $commit (release build), load average $(cut -d' ' -f1-3 /proc/loadavg)"
    fi
    echo
}

# verdict NAME VALUE UNIT OP TARGET: prints "target OP TARGET UNIT: PASS/MISS" and records the line in
# $summary for the closing table ($verdict_widths: printf widths of name, value and unit).
summary=()
verdict_widths=${verdict_widths:-"44 12 5"}
verdict() {
    local name=$1 value=$2 unit=$3 op=$4 target=$5 ok wn wv wu
    read -r wn wv wu <<<"$verdict_widths"
    ok=$(awk -v v="$value" -v t="$target" -v op="$op" 'BEGIN { print ((op == "<=" && v <= t) || (op == ">=" && v >= t)) ? "PASS" : "MISS" }')
    summary+=("$(printf "%-${wn}s %${wv}s %-${wu}s target %s %s %-${wu}s %s" "$name" "$value" "$unit" "$op" "$target" "$unit" "$ok")")
    echo "target $op $target $unit: $ok"
}
