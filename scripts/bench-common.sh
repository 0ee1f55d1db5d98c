# Sourced by the benchmark scripts after their options are read (needs $root, $build and $0):
# the toolchain on PATH, a UTF-8 locale, a scratch folder removed on exit ($tmp), and the release
# build of tltui ($BIN), built first unless --no-build was given.
export PATH="/opt/swift/usr/bin:$PATH"
export LC_ALL=C.UTF-8
BIN=$root/.build/release/tltui
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ "$build" = 1 ]; then
    echo "building (release) ..." >&2
    nice -n 10 swift build -c release --product tltui >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log" >&2; exit 1; }
fi
[ -x "$BIN" ] || { echo "$(basename "$0"): no release build at $BIN" >&2; exit 1; }
