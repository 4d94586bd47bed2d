"""The command line end to end, in a subprocess, as IT staff would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from leadership_desk import cli

pytestmark = pytest.mark.slow


def run(db: Path, *args: str, check: bool = True, env: dict | None = None):
    result = subprocess.run(
        [sys.executable, "-m", "leadership_desk", *args, "--db", str(db)]
        if args and args[0] != "--version" else [sys.executable, "-m", "leadership_desk", *args],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, **(env or {})},
    )
    if check and result.returncode != 0:
        raise AssertionError(f"{args} failed: {result.stderr}")
    return result


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.sqlite3"
    run(path, "config", "set", "timezone", "America/Los_Angeles")
    return path


def test_version():
    assert run(Path("unused"), "--version").stdout.startswith("Leadership Desk ")


def test_log_list_report(db):
    new_id = run(db, "log", "--start", "2026-11-17T08:00", "--end", "2026-11-17T09:00",
                 "--category", "feedback-coaching", "--title", "Debrief",
                 "--note", "private words").stdout.strip()
    assert new_id == "1"
    run(db, "log", "--start", "2026-11-17T09:00-08:00", "--end", "2026-11-17T12:00-08:00",
        "--category", "office-email")
    listed = json.loads(run(db, "list", "--date", "2026-11-17", "--json").stdout)
    assert [a["category"] for a in listed] == ["feedback-coaching", "office-email"]
    assert listed[0]["start"] == "2026-11-17T08:00:00-08:00"
    assert listed[0]["kind"] == "instruction" and listed[0]["title"] == "Debrief"
    report = json.loads(run(db, "report", "--period", "week", "--date", "2026-11-17",
                            "--json").stdout)
    assert report["from"] == "2026-11-16" and report["to"] == "2026-11-22"
    assert report["minutes"] == {"instruction": 60, "management": 180, "other": 0}
    assert report["instruction_share"] == 0.25
    assert report["goal_share"] == 0.75
    assert report["by_category"] == {"feedback-coaching": 60, "office-email": 180}


def test_report_clips_to_the_range_and_gives_null_without_data(db):
    run(db, "log", "--start", "2026-11-16T23:00", "--end", "2026-11-17T01:00",
        "--category", "own-learning")
    report = json.loads(run(db, "report", "--from", "2026-11-17", "--to", "2026-11-17",
                            "--json").stdout)
    assert report["minutes"]["other"] == 60
    assert report["instruction_share"] is None


def test_timer_commands(db):
    run(db, "start", "--category", "observation-walkthrough", "--title", "Walkthrough")
    status = json.loads(run(db, "status", "--json").stdout)
    assert status["running"] and status["category"] == "observation-walkthrough"
    assert "Stopped" in run(db, "stop").stdout
    assert json.loads(run(db, "status", "--json").stdout) is None


def test_errors_exit_non_zero_with_one_line_naming_the_value(db):
    bad = run(db, "log", "--start", "2026-03-08T02:30", "--end", "2026-03-08T03:30",
              "--category", "office-email", check=False)
    assert bad.returncode == 1
    assert bad.stderr.count("\n") == 1 and "--start" in bad.stderr
    unknown = run(db, "log", "--start", "2026-11-17T08:00", "--end", "2026-11-17T09:00",
                  "--category", "teaching", check=False)
    assert unknown.returncode == 1 and "'teaching'" in unknown.stderr
    backwards = run(db, "log", "--start", "2026-11-17T09:00", "--end", "2026-11-17T08:00",
                    "--category", "office-email", check=False)
    assert backwards.returncode == 1 and "end after it starts" in backwards.stderr
    zone = run(db, "config", "set", "timezone", "Pacific Time", check=False)
    assert zone.returncode == 1 and "'Pacific Time'" in zone.stderr


def test_overlap_needs_a_choice_on_the_command_line(db):
    run(db, "log", "--start", "2026-11-17T08:00", "--end", "2026-11-17T12:00",
        "--category", "office-email")
    clash = run(db, "log", "--start", "2026-11-17T10:00", "--end", "2026-11-17T10:30",
                "--category", "discipline-supervision", check=False)
    assert clash.returncode == 1 and "--on-overlap" in clash.stderr
    run(db, "log", "--start", "2026-11-17T10:00", "--end", "2026-11-17T10:30",
        "--category", "discipline-supervision", "--on-overlap", "shorten-others")
    listed = json.loads(run(db, "list", "--date", "2026-11-17", "--json").stdout)
    assert len(listed) == 3


def test_categories_and_config(db):
    categories = json.loads(run(db, "categories", "--json").stdout)
    assert {"slug", "name", "kind", "archived", "high_leverage"} <= set(categories[0])
    assert run(db, "config", "set", "goal_share", "70").stdout.strip() == "0.7"
    assert run(db, "config", "get", "timezone").stdout.strip() == "America/Los_Angeles"


def test_environment_variable_names_the_database(tmp_path):
    path = tmp_path / "from-env.sqlite3"
    result = subprocess.run(
        [sys.executable, "-m", "leadership_desk", "config", "set", "name", "Dana"],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "LEADERSHIP_DESK_DB": str(path)},
    )
    assert result.returncode == 0 and path.exists()


@pytest.mark.parametrize("command", [["status"], ["report"], ["categories", "--json"],
                                     ["config", "get", "name"], ["add", "--dry-run", "9:00 x"],
                                     ["calendar", "drafts"]])
def test_a_read_command_on_a_mistyped_path_makes_no_log(tmp_path, capsys, command):
    path = tmp_path / "typo" / "lg.sqlite3"
    assert cli.run([*command, "--db", str(path)]) == 1
    assert "There is no log at" in capsys.readouterr().err
    assert not (tmp_path / "typo").exists()


def test_demo_fills_an_empty_database_and_refuses_a_used_one(tmp_path):
    path = tmp_path / "demo.sqlite3"
    out = run(path, "demo", "--days", "60", "--seed", "2").stdout
    assert "demo activities" in out
    year = json.loads(run(path, "report", "--period", "all", "--json").stdout)
    assert year["days_logged"] >= 35
    assert 0.2 < year["instruction_share"] < 0.8
    again = run(path, "demo", "--days", "5", check=False)
    assert again.returncode == 1 and "already holds activities" in again.stderr


def test_command_line_does_not_import_qt_or_matplotlib(db):
    code = ("import sys; from leadership_desk.__main__ import main; "
            "main(['report', '--db', sys.argv[1]]); "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'matplotlib'))]; "
            "assert not bad, bad")
    result = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_backup_backups_restore_check(db, tmp_path):
    run(db, "log", "--start", "2026-11-17T08:00", "--end", "2026-11-17T09:00",
        "--category", "office-email", "--title", "Before")
    assert "Backed up 1 activity" in run(db, "backup").stdout
    listed = json.loads(run(db, "backups", "--json").stdout)
    manual = next(b for b in listed if b["reason"] == "manual")
    assert manual["ok"] and manual["activities"] == 1
    out = tmp_path / "usb" / "copy.sqlite3"
    run(db, "backup", "--out", str(out))
    assert out.exists()
    run(db, "log", "--start", "2026-11-17T10:00", "--end", "2026-11-17T11:00",
        "--category", "travel", "--title", "After")
    restored = run(db, "restore", manual["file"]).stdout
    assert "The log as it was before is kept" in restored
    titles = [a["title"] for a in json.loads(run(db, "list", "--date", "2026-11-17",
                                                 "--json").stdout)]
    assert titles == ["Before"]
    assert run(db, "check").stdout.startswith("OK:")


def test_check_and_restore_a_damaged_log(db, tmp_path):
    run(db, "log", "--start", "2026-11-17T08:00", "--end", "2026-11-17T09:00",
        "--category", "office-email")
    run(db, "backup")
    backup = json.loads(run(db, "backups", "--json").stdout)[0]["file"]
    db.write_bytes(b"this is no longer a database" * 100)
    checked = run(db, "check", check=False)
    assert checked.returncode == 1
    assert "DAMAGED" in checked.stdout and "leadership-desk restore" in checked.stdout
    listing = run(db, "list", "--date", "2026-11-17", check=False)
    assert listing.returncode == 1 and "damaged" in listing.stderr
    restored = run(db, "restore", backup)
    assert "damaged log was kept" in restored.stdout
    assert len(json.loads(run(db, "list", "--date", "2026-11-17", "--json").stdout)) == 1


def test_a_synced_folder_is_refused(tmp_path):
    synced = tmp_path / "Dropbox" / "desk.sqlite3"
    result = run(synced, "categories", check=False)
    assert result.returncode == 1 and "synced by Dropbox" in result.stderr
    assert not synced.exists()


def test_chart_command_writes_each_chart(db, tmp_path):
    run(db, "log", "--start", "2026-11-17T08:00", "--end", "2026-11-17T09:00",
        "--category", "feedback-coaching")
    for kind in ("trend", "breakdown", "heatmap"):
        out = tmp_path / f"{kind}.png"
        assert "Wrote" in run(db, "chart", "--kind", kind, "--period", "year", "--date",
                              "2026-11-17", "--out", str(out)).stdout
        assert out.read_bytes()[:4] == b"\x89PNG"
    svg = tmp_path / "range.svg"
    run(db, "chart", "--kind", "trend", "--from", "2026-09-01", "--to", "2026-11-30",
        "--out", str(svg))
    assert "<svg" in svg.read_text()
    bad = run(db, "chart", "--kind", "trend", "--out", str(tmp_path / "x.pdf"), check=False)
    assert bad.returncode == 1 and ".png or .svg" in bad.stderr


def test_export_import_schools_rollup(tmp_path):
    principal = tmp_path / "principal.sqlite3"
    run(principal, "config", "set", "timezone", "America/Los_Angeles")
    run(principal, "config", "set", "school", "Lincoln Elementary")
    run(principal, "log", "--start", "2026-11-17T08:00", "--end", "2026-11-17T09:00",
        "--category", "feedback-coaching", "--note", "private words")
    run(principal, "log", "--start", "2026-11-17T09:00", "--end", "2026-11-17T10:00",
        "--category", "office-email")
    preview = run(principal, "export", "--format", "json", "--out", "unused.json",
                  "--from", "2026-11-16", "--to", "2026-11-20", "--preview").stdout
    assert "Private notes: never included" in preview and "50%" in preview
    assert not Path("unused.json").exists()
    summary = tmp_path / "out" / "lincoln.json"
    run(principal, "export", "--format", "json", "--out", str(summary), "--from", "2026-11-16",
        "--to", "2026-11-20", "--reflection", "Need sub coverage")
    for fmt in ("csv", "pdf"):
        run(principal, "export", "--format", fmt, "--out", str(tmp_path / f"s.{fmt}"))
    assert b"private words" not in summary.read_bytes()
    (tmp_path / "out" / "notes.json").write_text("[1, 2, 3]")

    ias = tmp_path / "ias.sqlite3"
    result = run(ias, "import", str(tmp_path / "out"), "--json", check=False)
    assert result.returncode == 1  # one file was rejected, the other still imported
    statuses = {Path(r["file"]).name: r["status"] for r in json.loads(result.stdout)}
    assert statuses == {"lincoln.json": "accepted", "notes.json": "rejected"}
    again = run(ias, "import", str(summary))
    assert "already imported" in again.stdout
    schools = json.loads(run(ias, "schools", "--json").stdout)
    assert schools[0]["school"] == "Lincoln Elementary"
    assert schools[0]["instruction_share"] == 0.5
    assert schools[0]["minutes"] == {"instruction": 60, "management": 60, "other": 0}
    assert {"school_id", "principal", "from", "to", "exported_at"} <= set(schools[0])
    for fmt in ("csv", "pdf"):
        out = tmp_path / f"rollup.{fmt}"
        run(ias, "rollup", "--format", fmt, "--out", str(out))
        assert out.stat().st_size > 0


def test_exports_lists_what_was_shared(db, tmp_path):
    run(db, "export", "--format", "csv", "--out", str(tmp_path / "a.csv"), "--reflection", "x")
    listed = json.loads(run(db, "exports", "--json").stdout)
    # the CSV holds daily totals only, and its record says so
    assert listed[0]["format"] == "csv" and listed[0]["included_reflection"] is False
    assert listed[0]["file"] == str(tmp_path / "a.csv")


def test_selftest_from_the_source_tree(tmp_path):
    result = subprocess.run([sys.executable, "-m", "leadership_desk", "selftest"],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("selftest OK: database, log, edit, report, export")


CALENDARS = Path(__file__).parent.parent / "fixtures" / "calendars"


def test_calendar_commands(db):
    imported = json.loads(run(db, "calendar", "import", str(CALENDARS / "google-iana.ics"),
                              "--from", "2026-11-09", "--to", "2026-11-15", "--json").stdout)
    assert imported["created"] == 5 and imported["removed"] == 0
    drafts = json.loads(run(db, "calendar", "drafts", "--from", "2026-11-09", "--to",
                            "2026-11-15", "--json").stdout)
    yard = drafts[0]
    assert {"id", "start", "end", "title", "suggested_category", "reason"} <= set(yard)
    assert yard["start"] == "2026-11-09T08:00:00-08:00"
    assert yard["suggested_category"] == "discipline-supervision"
    run(db, "calendar", "accept", "--date", "2026-11-09")
    parent = next(d for d in drafts if d["title"].startswith("Parent"))
    run(db, "calendar", "accept", "--id", str(parent["id"]), "--category", "family-community")
    lunch = next(d for d in drafts if d["title"] == "Lunch")
    run(db, "calendar", "reject", "--id", str(lunch["id"]))
    listed = json.loads(run(db, "list", "--from", "2026-11-09", "--to", "2026-11-15",
                            "--json").stdout)
    assert [(a["title"], a["category"]) for a in listed] == [
        ("Yard duty", "discipline-supervision"),
        ("Parent meeting re: attendance", "family-community")]
    left = json.loads(run(db, "calendar", "drafts", "--from", "2026-11-09", "--to",
                          "2026-11-15", "--json").stdout)
    assert len(left) == 2
    bad = run(db, "calendar", "import", str(CALENDARS / "malformed.ics"), check=False)
    assert bad.returncode == 1 and "nothing was imported" in bad.stderr


def test_add_from_one_line(db):
    dry = json.loads(run(db, "add", "8:00-9:15 walkthroughs grade 3", "--date", "2026-11-16",
                         "--dry-run", "--json").stdout)
    assert dry == {"start": "2026-11-16T08:00:00-08:00", "end": "2026-11-16T09:15:00-08:00",
                   "running": False, "category": "observation-walkthrough",
                   "kind": "instruction", "title": "walkthroughs grade 3",
                   "reason": "the title mentions 'walkthroughs'", "id": None}
    assert json.loads(run(db, "list", "--date", "2026-11-16", "--json").stdout) == []
    saved = json.loads(run(db, "add", "8:00-9:15 walkthroughs grade 3", "--date",
                           "2026-11-16", "--json").stdout)
    assert saved["id"] == 1
    overlap = run(db, "add", "9:00-9:30 email", "--date", "2026-11-16", check=False)
    assert overlap.returncode == 1 and "--on-overlap" in overlap.stderr
    run(db, "add", "9:00-9:30 email", "--date", "2026-11-16", "--on-overlap",
        "shorten-others")
    listed = json.loads(run(db, "list", "--date", "2026-11-16", "--json").stdout)
    assert [(a["category"], a["end"][11:16]) for a in listed] == \
        [("observation-walkthrough", "09:00"), ("office-email", "09:30")]
    bad = run(db, "add", "walkthroughs", check=False)
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr


def test_redirected_output_carries_any_name(db):
    # On Windows, output sent to a file or a pipe gets the ANSI code page (cp1252 in the US),
    # which has no letter for many names: the command must still print them, not crash.
    title = "Coaching: Nguyễn Thị Hằng ✓"
    run(db, "log", "--start", "2026-11-17T08:00", "--end", "2026-11-17T09:00",
        "--category", "feedback-coaching", "--title", title)
    result = subprocess.run(
        [sys.executable, "-m", "leadership_desk", "list", "--date", "2026-11-17", "--db", str(db)],
        capture_output=True, timeout=120, env={**os.environ, "PYTHONIOENCODING": "cp1252"},
    )
    assert result.returncode == 0, result.stderr
    assert title in result.stdout.decode("utf-8")
