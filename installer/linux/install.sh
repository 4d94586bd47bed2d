#!/bin/sh
# Adds Leadership Desk to this user's applications menu, from wherever this folder was unpacked.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
menu="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$menu"
sed "s|@INSTALL_DIR@|$here|g" "$here/leadership-desk.desktop" > "$menu/leadership-desk.desktop"
echo "Leadership Desk is in your applications menu. Start it from there or run $here/LeadershipDesk"
