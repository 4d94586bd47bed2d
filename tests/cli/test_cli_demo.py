"""`demo --role ias`: an IAS's sample log with their schools' summaries imported."""

from __future__ import annotations

from leadership_desk.cli import run


def test_the_command_line_fills_an_ias_sample_and_refuses_a_used_log(tmp_path, capsys):
    db = str(tmp_path / "ias.sqlite3")
    assert run(["demo", "--db", db, "--role", "ias"]) == 0
    assert "the summaries of 8 schools" in capsys.readouterr().out
    assert run(["role", "get", "--json", "--db", db]) == 0
    assert '"ias"' in capsys.readouterr().out
    assert run(["demo", "--db", db, "--role", "ias"]) == 1
    assert "already holds activities" in capsys.readouterr().err


def test_an_ias_sees_their_own_categories_before_the_archived_ones(tmp_path, capsys):
    import json

    db = str(tmp_path / "ias.sqlite3")
    assert run(["demo", "--db", db, "--role", "ias"]) == 0
    capsys.readouterr()
    assert run(["categories", "--json", "--db", db]) == 0
    rows = json.loads(capsys.readouterr().out)
    archived = [row["archived"] for row in rows]
    assert archived == sorted(archived) and archived.count(False) == 15  # the IAS set first
    assert rows[0]["slug"] == "ias-co-observation"
