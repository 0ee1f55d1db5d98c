#!/usr/bin/env bash
# Terminal faults, tried on the real tltui binary in tmux: resizing while scrolling, a 20×5 terminal,
# TERM unset or unknown, a non-UTF-8 locale, SIGTERM, SIGINT, SIGHUP, SIGQUIT, Ctrl-C, Ctrl-Z and fg.
# After each, the terminal must be as before: `stty -a` in the same pane compared with its state before
# tltui started (icanon, echo, isig, icrnl, opost…), the alternate screen left and the cursor visible.
# Also: unreadable input as an unprivileged user (root ignores chmod 000). Prints "N terminal faults survived".
# Runs on a private tmux socket that it removes at the end; about 30 s.
set -uo pipefail
E2E_NAME=faults
. "$(dirname "$0")/tmux-setup.sh"
W="$(mktemp -d /tmp/tltui-faults.XXXXXX)"
trap '$T kill-server 2>/dev/null; rm -rf "$W"' EXIT
fails=0 survived=0 tried=0
ok()   { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }
screen() { $T capture-pane -p -t "$S" 2>/dev/null; }
# Polls the screen until it contains $1 (fixed string), up to ~${2:-20} s: every step waits for what it needs
# on the screen, never a fixed time, so a slow first run (a fresh clone, a busy machine) only takes longer.
wait_for() { local n=$(( ${2:-20} * 10 )); for _ in $(seq "$n"); do screen | grep -qF -- "$1" && return 0; sleep 0.1; done; return 1; }
# Polls a command until it succeeds, up to ~$1 s.
wait_until() { local n=$(( $1 * 10 )); shift; for _ in $(seq "$n"); do "$@" && return 0; sleep 0.1; done; return 1; }
# The browser is up: its status line is drawn (a failure names the step).
started() { wait_for "? help" || { fail "$1: the browser did not start"; screen | sed 's/^/     | /'; return 1; }; }
prompt_back() { screen | grep -q 'PROMPT\$ *$'; }
alt_off() { [ "$($T display -p -t "$S" '#{alternate_on}')" = "0" ]; }
cursor_on() { [ "$($T display -p -t "$S" '#{cursor_flag}')" = "1" ]; }
tltui_pid() { pgrep -f -P "$($T display -p -t "$S" '#{pane_pid}')" "$BIN" | head -1; }
# The terminal modes that matter, one per line (speed and control characters left out).
modes() { tr ' ' '\n' <"$1" | grep -E '^-?(icanon|echo|echoe|echok|echoctl|echoke|isig|iexten|icrnl|ixon|opost|onlcr|ixoff|brkint|inlcr|igncr|istrip)$' | sort; }

n=0
# Starts a pane running `sh`: save stty, run tltui with "$@", save stty again, print DONE.
# A plain non-interactive sh never touches the terminal modes itself, unlike an interactive bash,
# which puts its own back after a job killed by a signal and would hide a leak. Its trap keeps it
# alive through a Ctrl-C meant for tltui (a caught signal is reset to default in the child).
start() {  # $1 = width, $2 = height, $3 = environment, rest = tltui arguments
    local w="$1" h="$2" envs="$3"; shift 3
    n=$((n + 1)); S="f$n"
    printf '%s\n' "trap 'echo INT-CAUGHT' INT" "stty -a > '$W/before-$n'" \
        "env $envs '$BIN' $* 2> '$W/err-$n'; echo \"STATUS=\$?\"" \
        "stty -a > '$W/after-$n'; echo DONE; sleep 600" > "$W/run-$n.sh"
    $T new-session -d -s "$S" -x "$w" -y "$h" "sh '$W/run-$n.sh'"
}
# After tltui ended: the terminal as it was before. $1 = name of the fault.
restored() {
    tried=$((tried + 1))
    if ! wait_for DONE; then fail "$1: tltui did not end"; screen | sed 's/^/     | /'; return; fi
    local diff
    diff="$(diff <(modes "$W/before-$n") <(modes "$W/after-$n"))"
    if [ -n "$diff" ]; then fail "$1: stty modes changed: $(tr '\n' ' ' <<<"$diff")"; return; fi
    alt_off || { fail "$1: alternate screen still on"; return; }
    cursor_on || { fail "$1: cursor hidden"; return; }
    if [ "${2:-}" != trap ] && grep -qiE 'fatal error|backtrace|crash|segmentation' "$W/err-$n"; then fail "$1: crash report: $(head -3 "$W/err-$n")"; return; fi
    ok "$1 ($(screen | grep -o 'STATUS=[0-9]*' | head -1))"
    survived=$((survived + 1))
}
U8="LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color"

# 1. Resizing repeatedly while scrolling: 25 sizes, each with j and PgDn, then the browser still answers.
start 120 40 "$U8" --synthetic-events 800
if wait_for "? help"; then
    sizes=(80x24 20x5 200x60 41x10 39x9 1x1 132x43 60x15 10x40 240x20 100x30 45x12 2x2 150x50 70x20
           30x8 180x55 90x25 40x10 120x4 5x60 110x35 64x16 160x48 120x40)
    for sz in "${sizes[@]}"; do
        $T resize-window -t "$S" -x "${sz%x*}" -y "${sz#*x}"
        $T send-keys -t "$S" j NPage j
    done
    $T send-keys -t "$S" G
    if wait_for "event 800 of 800"; then ok "resize: still answering after ${#sizes[@]} resizes while scrolling"
    else fail "resize: no answer after the resizes"; screen | sed 's/^/     | /'; fi
    $T send-keys -t "$S" q
else fail "resize: browser did not start"; fi
restored "resize while scrolling, then q"

# 2. A 20×5 terminal: the too-small notice, keys still work, q quits.
start 20 5 "$U8" --synthetic-events 50
if wait_for "too small"; then ok "20x5: too-small notice"; else fail "20x5: no too-small notice"; screen | sed 's/^/     | /'; fi
$T send-keys -t "$S" j G k
$T send-keys -t "$S" q
restored "20x5 terminal, then q"

# 3. TERM unset, and TERM names no known terminal: no interface, the chronology as text, status 0.
for term in unset unknown-terminal dumb; do
    if [ "$term" = unset ]; then envs="-u TERM LANG=C.UTF-8"; else envs="TERM=$term LANG=C.UTF-8"; fi
    start 100 30 "$envs" --synthetic-events 20
    restored "TERM=$term"
    if screen | grep -q 'STATUS=0' && grep -q "not an interactive terminal" "$W/err-$n" && screen | grep -q "Event 19: "; then
        ok "TERM=$term: plain text and a note on stderr"
    else fail "TERM=$term: $(head -2 "$W/err-$n") $(screen | grep STATUS)"; fi
done

# 4. A non-UTF-8 locale: the sample corpus (curly quotes, dashes) drawn in ASCII, nothing undecodable.
for loc in "LANG=C LC_ALL=C" "LANG=POSIX LC_ALL=POSIX"; do
    start 120 40 "$loc TERM=xterm-256color" seeds
    if wait_for "? help"; then
        bad="$($T capture-pane -p -t "$S" | LC_ALL=C grep -c $'[\x80-\xff]')"
        if [ "$bad" -eq 0 ]; then ok "$loc: ASCII screen"; else fail "$loc: $bad lines with non-ASCII bytes"; screen | sed 's/^/     | /'; fi
    else fail "$loc: browser did not start"; screen | sed 's/^/     | /'; fi
    $T send-keys -t "$S" j Enter Tab q
    restored "$loc, then q"
done

# 5. Signals from outside (SIGTERM, SIGINT, SIGHUP, SIGQUIT) and Ctrl-C from the keyboard.
for sig in TERM INT HUP QUIT; do
    start 120 40 "$U8" --synthetic-events 300
    started "SIG$sig"
    pid="$(tltui_pid)"
    if [ -n "$pid" ]; then kill "-$sig" "$pid"; else fail "SIG$sig: no tltui process"; fi
    restored "SIG$sig"
done
start 120 40 "$U8" --synthetic-events 300
started "Ctrl-C"
$T send-keys -t "$S" j j C-c
restored "Ctrl-C"

# 6. Ctrl-Z and fg, twice, in an interactive shell (job control): the shell's screen while suspended,
#    the browser back after fg, and the terminal as before after q.
n=$((n + 1)); S="f$n"
$T new-session -d -s "$S" -x 120 -y 40 "env PS1='PROMPT\$ ' bash --norc --noprofile -i"
wait_for 'PROMPT$' || fail "Ctrl-Z: no shell prompt"
# (Separate command lines: bash would go on with the rest of a list once its job stops.)
$T send-keys -t "$S" "stty -a > '$W/before-$n'" Enter
$T send-keys -t "$S" "$U8 '$BIN' --synthetic-events 400 2>'$W/err-$n'" Enter
started "Ctrl-Z"
for round in 1 2; do
    tried=$((tried + 1))
    $T send-keys -t "$S" C-z
    if wait_for "Stopped" && alt_off && cursor_on; then ok "Ctrl-Z ($round): shell back, main screen, cursor visible"; survived=$((survived + 1))
    else fail "Ctrl-Z ($round): terminal not given back"; screen | sed 's/^/     | /'; fi
    $T send-keys -t "$S" clear Enter fg Enter
    if wait_for "? help" && ! screen | grep -q PROMPT; then ok "fg ($round): browser redrawn"; else fail "fg ($round): browser not redrawn"; screen | sed 's/^/     | /'; fi
    $T send-keys -t "$S" G
    if wait_for "event 400 of 400"; then ok "fg ($round): keys answered"; else fail "fg ($round): keys not answered"; screen | sed 's/^/     | /'; fi
done
# Resized while suspended: after fg the layout follows the new size.
tried=$((tried + 1))
$T send-keys -t "$S" C-z; wait_for "Stopped" >/dev/null
$T resize-window -t "$S" -x 30 -y 8
$T send-keys -t "$S" fg Enter
if wait_for "too small"; then ok "resized while suspended: fg lays out for 30x8"; survived=$((survived + 1))
else fail "resized while suspended: old layout after fg"; screen | sed 's/^/     | /'; fi
$T resize-window -t "$S" -x 120 -y 40
started "resized while suspended"
$T send-keys -t "$S" q
# The shell takes the next line only once tltui has left the alternate screen and its prompt is back.
wait_until 20 alt_off || fail "Ctrl-Z, fg, q: alternate screen still on"
wait_until 20 prompt_back || fail "Ctrl-Z, fg, q: no shell prompt"
$T send-keys -t "$S" clear Enter "stty -a > '$W/after-$n'; echo DONE" Enter
restored "Ctrl-Z, fg, then q"

# 7. The terminal closes under a tltui that ignores SIGHUP (nohup): it must end, not spin on a dead terminal.
n=$((n + 1)); S="f$n"
$T new-session -d -s "$S" -x 100 -y 30 "sh -c \"trap '' HUP; exec env $U8 '$BIN' --synthetic-events 20\""
started "nohup"
pid="$(tltui_pid)"; [ -n "$pid" ] || pid="$(pgrep -f -- "$BIN --synthetic-events 20" | head -1)"
tried=$((tried + 1))
$T kill-session -t "$S"
gone=0; for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || { gone=1; break; }; sleep 0.1; done
if [ -n "$pid" ] && [ "$gone" = 1 ]; then ok "terminal closed under nohup: tltui ended"; survived=$((survived + 1))
else fail "terminal closed under nohup: tltui still running ($pid)"; [ -n "$pid" ] && kill -KILL "$pid"; fi
$T new-session -d -s keep "sleep 600"  # the server lives on for the next checks

# 8. A trap inside tltui (a Swift runtime failure) restores the terminal too.
start 120 40 "$U8" --synthetic-events 10 --debug-trap
restored "Swift trap" trap

# Not a terminal fault, but a fault the bad-input suite cannot show as root: chmod 000 as an ordinary user.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
    mkdir -p "$W/perm/locked"; chmod 755 "$W" "$W/perm"
    echo "Officials met in Rome on 3 March 2022. They agreed." > "$W/perm/ok.txt"
    echo "Secret talks went on." > "$W/perm/secret.txt"; echo "Hidden." > "$W/perm/locked/h.txt"
    chmod 000 "$W/perm/secret.txt" "$W/perm/locked"
    err="$(setpriv --reuid=65534 --regid=65534 --clear-groups "$BIN" list "$W/perm" 2>&1 >/dev/null)"
    if grep -q "secret.txt: cannot read the file (permission denied); skipped" <<<"$err" \
        && grep -q "locked: cannot read the folder (permission denied); skipped" <<<"$err"; then
        ok "unreadable file and folder (as nobody): warned and skipped"
    else fail "unreadable file and folder: $err"; fi
    chmod 755 "$W/perm/locked"; chmod 644 "$W/perm/secret.txt"
else
    echo "SKIP unreadable paths: not root or no setpriv (the unit tests check them as an ordinary user)"
fi

# Not terminal faults either: output that cannot be written (a full disk) is an error, never a cut file with status 0.
if [ -w /dev/full ]; then
    for cmd in "export --format json" "export --format csv" "list"; do
        # shellcheck disable=SC2086
        "$BIN" $cmd seeds >/dev/full 2>"$W/full-err"; st=$?
        if [ "$st" = 3 ] && grep -q "No space left on device" "$W/full-err"; then ok "$cmd > /dev/full: status 3 and the reason"
        else fail "$cmd > /dev/full: status $st, $(head -c 200 "$W/full-err")"; fi
    done
fi

echo "$survived terminal faults survived (of $tried tried)"
if [ "$fails" -gt 0 ]; then echo "faults.sh: $fails failure(s)"; exit 1; fi
echo "faults.sh: all checks passed"
