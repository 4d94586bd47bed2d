"""Databases made by every released schema open with the current code, every row kept."""

from __future__ import annotations

import shutil
from pathlib import Path

from leadership_desk.domain.categories import Kind
from leadership_desk.services.container import open_services

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_schema_0001_database_opens_with_every_row(tmp_path, clock):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", path)
    s = open_services(path, clock=clock)
    try:
        assert s.profiles.profile().name == "Fixture Principal"
        assert s.profiles.profile().goal_share == 0.7
        assert s.activities.count() == 4
        assert s.activities.running().title == "Yard"
        assert s.categories.by_slug("instructional-talent").kind is Kind.MANAGEMENT
        assert s.categories.by_slug("bus-duty").color == "#123456"
        notes = [a.note for a in s.activities.on_day(s.reports.today())]
        assert "private note" in notes
        assert s.activities.undo_label() == "Start Discipline, attendance & supervision"
    finally:
        s.close()


def test_an_update_that_changes_the_file_backs_it_up_first(tmp_path, clock, monkeypatch):
    from sqlite_utils.migrations import Migrations

    from leadership_desk.store import database, migrations
    from leadership_desk.store.backup import backup_dir, list_backups

    path = tmp_path / "log.sqlite3"
    shutil.copy(FIXTURES / "schema-0001.sqlite3", path)
    newer = Migrations("leadership_desk")
    newer(name="0001_initial")(migrations.m0001_initial)

    @newer(name="0002_test_column")
    def add_column(db):
        db.execute("ALTER TABLE activities ADD COLUMN test_marker TEXT")

    monkeypatch.setattr(database, "MIGRATIONS", newer)
    db = database.open_database(path, clock=clock)
    try:
        assert "test_marker" in db["activities"].columns_dict
    finally:
        db.close()
    backups = list_backups(backup_dir(path))
    assert [b.reason for b in backups] == ["before-update"]
    assert backups[0].ok and backups[0].activities == 4


def test_schema_0002_database_opens_with_every_row(tmp_path, clock):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-0002.sqlite3", path)
    s = open_services(path, clock=clock)
    try:
        assert s.activities.count() == 4
        assert [r.format for r in s.exports.history()] == ["json"]
        row = s.rollup.rows()[0]
        assert row.school == "Fixture School" and row.minutes["instruction"] > 0
        assert s.rollup.school(row.school_id).reflection == "Fixture reflection"
    finally:
        s.close()


def test_schema_0003_database_opens_with_every_row(tmp_path, clock):
    from datetime import date

    from leadership_desk.domain.periods import Period

    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-0003.sqlite3", path)
    s = open_services(path, clock=clock)
    try:
        assert s.activities.count() == 4
        assert len(s.rollup.rows()) == 1
        drafts = s.calendar.drafts(Period(date(2026, 11, 9), date(2026, 11, 15)))
        assert len(drafts) == 5 and drafts[0].title == "Yard duty"
    finally:
        s.close()
