#!/usr/bin/env bash
# Writes shell completion scripts for tltui into completions/ (bash, zsh, fish), using
# swift-argument-parser's built-in generator.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/debug/tltui}
[ -x "$BIN" ] || swift build
mkdir -p completions
"$BIN" --generate-completion-script bash > completions/tltui.bash
"$BIN" --generate-completion-script zsh > completions/_tltui
"$BIN" --generate-completion-script fish > completions/tltui.fish
echo "wrote completions/tltui.bash completions/_tltui completions/tltui.fish"
