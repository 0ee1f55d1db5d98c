# Sourced by the tmux end-to-end scripts (tui.sh, faults.sh) after they set E2E_NAME: goes to the repository,
# skips when tmux is missing, builds tltui and sets BIN (the binary), SOCK (a private tmux socket) and T (tmux on it).
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export PATH=/opt/swift/usr/bin:$PATH
if ! command -v tmux >/dev/null; then echo "SKIP $E2E_NAME.sh: tmux is not installed"; exit 0; fi
swift build --product tltui >/dev/null || { echo "FAIL: build"; exit 1; }
BIN="$(swift build --show-bin-path)/tltui"
SOCK="tltui-$E2E_NAME-$$"
T="tmux -L $SOCK"
