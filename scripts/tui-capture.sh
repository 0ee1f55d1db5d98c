#!/usr/bin/env bash
# Prints a screen of the browser as text, for the README: tltui on the sample corpus in a private tmux server,
# WIDTHxHEIGHT, NO_COLOR, after the keys given (tmux send-keys words; "-l TEXT" types TEXT literally).
#   scripts/tui-capture.sh 140x40 / -l "resume peace" Enter n ]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH=/opt/swift/usr/bin:$PATH
size="${1:-140x40}"; shift || true
swift build --product tltui >/dev/null 2>&1
BIN="$(swift build --show-bin-path)/tltui"
T="tmux -L tltui-capture-$$"
trap '$T kill-server 2>/dev/null' EXIT
$T new-session -d -s c -x "${size%x*}" -y "${size#*x}" "env NO_COLOR=1 LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color '$BIN' seeds; sleep 60"
# The first frame comes before the analysis ends: wait for the whole chronology (no "analysing" line).
for _ in $(seq 600); do
    screen="$($T capture-pane -p -t c)"
    grep -q '? help' <<<"$screen" && ! grep -q 'analysing' <<<"$screen" && break
    sleep 0.1
done
while [ $# -gt 0 ]; do
    if [ "$1" = "-l" ]; then $T send-keys -t c -l "$2"; shift 2; else $T send-keys -t c "$1"; shift; fi
    sleep 0.2
done
sleep 0.3
$T capture-pane -p -t c
