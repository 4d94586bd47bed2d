"""Read commands import only what they use: no numpy, matplotlib or Qt, and no sqlite-utils
with click and pluggy (checked in a fresh process, since the test process has them all)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

CHECK = """
import contextlib, io, json, sys
from leadership_desk.__main__ import main
for argv in {commands!r}:
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            main(argv)
        except SystemExit:
            pass
heavy = ("numpy", "matplotlib", "PySide6", "pandas", "sqlite_utils", "click", "pluggy",
         "tzlocal")
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in heavy)))
"""


@pytest.mark.slow
def test_read_commands_leave_numpy_matplotlib_qt_and_sqlite_utils_out(tmp_path):
    db = str(tmp_path / "log.sqlite3")
    subprocess.run([sys.executable, "-m", "leadership_desk", "demo", "--db", db, "--days",
                    "10"], check=True, capture_output=True, timeout=120)
    commands = [[name, *extra, "--db", db] for name, *extra in (
        ["report", "--period", "year"], ["list", "--date", "2026-11-16", "--json"],
        ["status"], ["categories"], ["schools"], ["exports"],
        ["calendar", "drafts", "--date", "2026-11-16"])]
    result = subprocess.run([sys.executable, "-c", CHECK.format(commands=commands)],
                            capture_output=True, text=True, timeout=120, check=True)
    assert json.loads(result.stdout.splitlines()[-1]) == []
