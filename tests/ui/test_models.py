"""Every Qt model checked with qtmodeltester, and what the rows show."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from leadership_desk.domain.timeline import day_timeline
from leadership_desk.ui.category_table_model import CategoryTableModel
from leadership_desk.ui.day_table_model import DayTableModel
from tests.helpers import LA, log


def test_day_model_rows_with_a_gap_and_a_running_activity(qtmodeltester, services, clock):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 08:30", "Email")
    log(services, "professional-learning", "2026-11-17 09:00", "2026-11-17 09:45", "Grade 3 PLC")
    services.activities.start(services.categories.by_slug("feedback-coaching").id)
    clock.advance(minutes=15)
    categories = {c.id: c for c in services.categories.all()}
    model = DayTableModel()
    model.set_day(day_timeline(services.activities.on_day(clock.now.astimezone(LA).date()),
                               clock.now), categories, LA, clock.now)
    qtmodeltester.check(model)
    shown = [[model.index(r, c).data() for c in range(6)] for r in range(model.rowCount())]
    assert shown[0][:3] == ["08:00", "08:30", "30 min"]
    assert shown[1][3] == "Untracked time" and shown[1][2] == "30 min"
    assert shown[2][5] == "Grade 3 PLC"
    assert shown[-1][1] == "running" and shown[-1][2] == "15 min"
    assert model.index(model.rowCount() - 1, 0).data(Qt.ItemDataRole.FontRole).bold()


def test_day_model_marks_the_next_day(qtmodeltester, services, clock):
    log(services, "own-learning", "2026-11-16 23:00", "2026-11-17 01:00")
    categories = {c.id: c for c in services.categories.all()}
    model = DayTableModel()
    model.set_day(day_timeline(services.activities.on_day(clock.now.astimezone(LA).date()
                                                          - timedelta(days=1)), clock.now),
                  categories, LA, clock.now)
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "01:00 (+1 day)"


def test_category_model(qtmodeltester, services):
    model = CategoryTableModel()
    model.set_categories(services.categories.all())
    qtmodeltester.check(model)
    assert model.rowCount() == 21
    assert model.index(1, 2).data() == "Yes"  # feedback & coaching is high leverage
