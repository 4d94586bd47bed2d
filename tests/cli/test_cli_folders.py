"""The command-line twins of the shared folders and of the summary in force."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from leadership_desk.__main__ import main
from tests.services.test_rollup import summary

NEWER = datetime.fromisoformat("2026-11-18T12:00:00+00:00")


def cli(capsys, db: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


def test_send_to_folder_setting_and_send_summary(tmp_path, capsys):
    db, shared = tmp_path / "log" / "p.sqlite3", tmp_path / "shared"
    shared.mkdir()
    db.parent.mkdir()
    assert cli(capsys, db, "config", "set", "name", "Dana")[0] == 0  # the log is made
    assert cli(capsys, db, "config", "get", "send_to_folder")[1] == "off\n"
    code, _, err = cli(capsys, db, "config", "set", "send_to_folder", str(db.parent))
    assert (code, err.count("\n")) == (1, 1) and "live log" in err
    assert cli(capsys, db, "config", "set", "send_to_folder", str(shared))[1] == \
        f"{shared}\n"
    code, out, _ = cli(capsys, db, "send-summary", "--from", "2026-09-01",
                       "--to", "2026-09-30")
    assert code == 0
    (written,) = shared.iterdir()
    assert written.name.endswith(" 2026-09-01 to 2026-09-30.json")
    assert out == f"Sent the summary for 2026-09-01 to 2026-09-30 to {written}\n"
    code, out, _ = cli(capsys, db, "send-summary", "--if-due")
    assert (code, out.startswith("Not due")) == (0, True)  # the weekly summary is off


def test_import_folder_one_line_per_new_or_changed_file(tmp_path, capsys):
    db, inbox = tmp_path / "ias.sqlite3", tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.json").write_bytes(summary("Lincoln", (60, 40), (50, 50)))
    (inbox / "b.json").write_text("{}")
    code, out, _ = cli(capsys, db, "import", "--folder", str(inbox))
    assert code == 1  # one was refused
    assert out.splitlines()[0] == "a.json: accepted (Lincoln, 56 days)"
    assert out.splitlines()[1].startswith("b.json: rejected: ")
    assert cli(capsys, db, "import", "--folder", str(inbox)) == \
        (0, f"No new or changed summaries in {inbox}.\n", "")
    code, _, err = cli(capsys, db, "import")
    assert (code, err) == (1, "leadership-desk: Name the summary files or folders to "
                              "import.\n")


def test_schools_json_shows_the_summary_in_force_and_replace_school(tmp_path, capsys):
    db = tmp_path / "ias.sqlite3"
    (tmp_path / "ahead.json").write_bytes(
        summary("Lincoln", (60, 40), (50, 50), made=NEWER))
    (tmp_path / "genuine.json").write_bytes(summary("Lincoln", (60, 40), (70, 30)))
    (tmp_path / "other.json").write_bytes(summary("Roosevelt", (60, 40), (70, 30)))
    cli(capsys, db, "import", str(tmp_path / "ahead.json"))
    (school,) = json.loads(cli(capsys, db, "schools", "--json")[1])
    in_force = school["summary_in_force"]
    assert (in_force["file"], in_force["from"], in_force["to"], in_force["exported_at"]) == (
        str(tmp_path / "ahead.json"), "2026-09-19", "2026-11-13", "2026-11-18T12:00:00+00:00")
    assert in_force["imported_at"].startswith("20")
    code, out, _ = cli(capsys, db, "replace-school", "Lincoln", str(tmp_path / "other.json"))
    assert code == 1 and "not of the school with the id Lincoln" in out
    code, out, _ = cli(capsys, db, "replace-school", "Lincoln", str(tmp_path / "genuine.json"))
    assert (code, out) == (0, "genuine.json: accepted (Lincoln, 56 days)\n")
    (school,) = json.loads(cli(capsys, db, "schools", "--json")[1])
    assert school["summary_in_force"]["file"] == str(tmp_path / "genuine.json")
    assert school["instruction_share"] == 0.65  # (60 + 70) / 200: the genuine days
