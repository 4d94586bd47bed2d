#!/usr/bin/env bash
# Makes the MSI from a Windows one-folder build, on Linux, with wixl (Debian: wixl, msitools):
#
#   bash installer/windows/msi.sh FOLDER ICON VERSION OUT.msi
#
# e.g. dist/LeadershipDesk build/icons/leadership-desk.ico 0.1.0 dist/LeadershipDesk-0.1.0-x64.msi
# wixl-heat lists every file of FOLDER into a WiX fragment; wixl builds it with
# installer/windows/leadership-desk.wxs. wixl wants source paths relative to the folder it runs
# in (absolute ones are reported "not found"), so it runs in FOLDER's parent.
set -euo pipefail
[ $# -eq 4 ] || { sed -n '2,4p' "$0" >&2; exit 2; }
HERE=$(cd "$(dirname "$0")" && pwd)
FOLDER=$(realpath "$1"); ICON=$(realpath "$2"); VERSION=$3; OUT=$(realpath -m "$4")
[ -f "$FOLDER/LeadershipDesk.exe" ] || { echo "$FOLDER has no LeadershipDesk.exe" >&2; exit 1; }
BASE=$(dirname "$FOLDER"); NAME=$(basename "$FOLDER")
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT

cd "$BASE"
find "$NAME" | LC_ALL=C sort | wixl-heat -p "$NAME/" --component-group AppFiles \
    --var var.SourceDir --directory-ref INSTALLDIR --win64 > "$WORK/files.wxs"
mkdir -p "$(dirname "$OUT")"
wixl -a x64 -D Version="$VERSION" -D SourceDir="$NAME" -D Win64=yes \
    -D IconFile="$(realpath --relative-to=. "$ICON")" \
    -o "$OUT" "$HERE/leadership-desk.wxs" "$WORK/files.wxs"
echo "Built $OUT ($(( $(stat -c %s "$OUT") / 1000000 )) MB, $(find "$NAME" -type f | wc -l) files)"
