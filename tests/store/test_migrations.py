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
