"""Any value given to the command line ends in exit 0 or in exit 1 with one line: no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from leadership_desk.__main__ import main

V, P = object(), object()  # a drawn value; a drawn file name inside the test's folder
COMMANDS = [
    ["log", "--start", V, "--end", V, "--category", V, "--title", V, "--note", V],
    ["log", "--start", "2026-11-17T08:00", "--end", V, "--category", "office-email",
     "--on-overlap", "keep-both"],
    ["list", "--from", V, "--to", V, "--json"],
    ["list", "--date", V],
    ["report", "--period", V, "--date", V],
    ["report", "--from", V, "--to", V, "--json"],
    ["export", "--format", "json", "--out", P, "--from", V, "--to", V, "--reflection", V,
     "--preview"],
    ["export", "--format", V, "--out", P, "--reflection", V, "--from", "2026-11-16",
     "--to", "2026-11-20", "--include-titles"],
    ["calendar", "accept", "--id", V],
    ["calendar", "reject", "--date", V],
    ["calendar", "drafts", "--from", V, "--to", V, "--json"],
    ["calendar", "import", P, "--from", V, "--to", V],
    ["config", "set", V, V],
    ["config", "get", V],
    ["schools", "--from", V, "--to", V, "--json"],
    ["rollup", "--format", V, "--out", P],
    ["start", "--category", V, "--title", V],
    ["stop"],
    ["status", "--json"],
    ["demo", "--days", V, "--seed", V],
    ["import", P, "--json"],
    ["forget-school", V],
    ["replace-school", V, P],
    ["import", "--folder", P],
    ["send-summary", "--from", V, "--to", V],
    ["config", "set", "send_to_folder", P],
    ["config", "set", "send_weekly", V],
    ["backup", "--out", P],
]
TRICKY = ["9999-12-31", "0001-01-01", "1989-12-31", "2100-12-31", "2101-01-01", "2026-11-17",
          "2026-02-30", "9999-12-31T23:00", "0001-01-01T00:00", "2026-11-17T08:00",
          "2026-11-17T09:30-08:00", "2026-03-08T02:30", "99999999999999999999999", "-1", "0",
          "1e400", "NaN", "$\\undefinedmacro$", "\x00", "\x1b[2J", "", " ", "office-email",
          "timezone", "goal_share", "../../etc", "pdf", "csv", "json", "day", "all", "week"]
values = st.one_of(st.sampled_from(TRICKY), st.text(max_size=25),
                   st.integers(-2**70, 2**70).map(str))


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("cli-hostile")


def fill(template: list, draw, folder: Path) -> list[str]:
    argv = []
    for part in template:
        if part is V:
            argv.append(draw(values))
        elif part is P:
            name = draw(values).replace("/", "_").replace("\\", "_").replace("\x00", "")
            argv.append(str(folder / (name.strip(".") or "x")))
        else:
            argv.append(part)
    return argv


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_any_option_value_ends_in_exit_0_or_one_line_and_exit_1(folder, capsys, data):
    template = data.draw(st.sampled_from(COMMANDS))
    argv = [*fill(template, data.draw, folder), "--db", str(folder / "log.sqlite3")]
    try:
        code = main(argv)
    except SystemExit as leaving:  # argparse's --help and its mistakes
        code = leaving.code
    out, err = capsys.readouterr()
    event(f"{template[0]}: exit {code}")  # see --hypothesis-show-statistics
    assert "Traceback" not in out + err
    assert code in (0, 1), (argv, code, err)
    if code == 1 and not err and argv[0] in ("import", "calendar"):
        return  # exit 1 after a report on each file or draft, as documented
    if code == 1:
        assert len(err.splitlines()) == 1, (argv, err)
        assert err.startswith("leadership-desk: ")
        assert err.isprintable() or err[:-1].isprintable()


def cli(*args: str, db: Path, shell: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        shell or [sys.executable, "-m", "leadership_desk", *args, "--db", str(db)],
        shell=shell is not None, capture_output=True, text=True, timeout=120,
        env={**os.environ})


@pytest.mark.slow
@pytest.mark.parametrize("args", [
    ["log", "--start", "9999-12-31T23:00", "--end", "9999-12-31T23:59", "--category",
     "office-email"],
    ["list", "--from", "0001-01-01", "--to", "9999-12-31"],
    ["report", "--from", "0001-01-01", "--to", "9999-12-31"],
    ["calendar", "accept", "--id", "99999999999999999999999"],
    ["export", "--format", "pdf", "--out", "OUT", "--reflection", "$\\undefinedmacro$"],
])
def test_the_commands_that_once_ended_in_a_traceback_give_one_line(tmp_path, args):
    args = [str(tmp_path / "x.pdf") if a == "OUT" else a for a in args]
    result = cli(*args, db=tmp_path / "log.sqlite3")
    assert "Traceback" not in result.stderr
    if args[0] == "export":
        # user text is printed as typed, never read as a formula: the PDF is written
        assert result.returncode == 0 and (tmp_path / "x.pdf").stat().st_size > 0
        return
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1, result.stderr


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell pipe")
def test_output_into_a_closed_pipe_ends_quietly(tmp_path):
    db = tmp_path / "log.sqlite3"
    assert cli("demo", "--days", "30", db=db).returncode == 0
    today = date.today()
    command = (f'"{sys.executable}" -m leadership_desk list --from {today - timedelta(60)} '
               f'--to {today + timedelta(1)} --json --db "{db}" | head -1')
    result = cli(db=db, shell=command)
    assert result.stdout.strip() == "["
    assert result.stderr == ""
