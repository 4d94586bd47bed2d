"""Confirming a day from the calendar in the window: import, accept, change, reject."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from leadership_desk.domain.categories import Kind
from leadership_desk.domain.periods import Period

CALENDARS = Path(__file__).parent.parent / "fixtures" / "calendars"


def import_week(qtbot, window):
    window.day_page.go_to(date(2026, 11, 9))
    with qtbot.waitSignal(window.calendar_actions.imported, timeout=20000):
        window.calendar_actions.import_file(CALENDARS / "google-iana.ics", date(2026, 11, 9))


def test_a_day_is_confirmed_in_a_few_keys(qtbot, window, services, monkeypatch):
    import_week(qtbot, window)
    panel = window.drafts_panel
    assert panel.isVisible() and panel.model.rowCount() == 1  # Monday: yard duty
    assert panel.model.index(0, 3).data() == "Discipline, attendance & supervision (Management)"
    assert services.reports.report(Period(date(2026, 11, 9), date(2026, 11, 15))) \
        .balance.total_seconds == 0
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_A)
    assert [a.title for a in services.activities.on_day(date(2026, 11, 9))] == ["Yard duty"]
    assert not panel.isVisible()  # nothing left to confirm that day

    window.day_page.go_next()  # Tuesday: the parent meeting, suggested as family
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(
        lambda *a, **k: (next(n for n in a[3] if n.startswith("Discipline")), True)))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_C)
    tuesday = services.activities.on_day(date(2026, 11, 10))
    assert services.categories.get(tuesday[0].category_id).slug == "discipline-supervision"

    window.day_page.go_to(date(2026, 11, 12))  # Thursday: lunch, marked free
    assert "marked free" in panel.model.index(0, 5).data()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_R)
    assert services.activities.on_day(date(2026, 11, 12)) == []
    assert not panel.isVisible()


def test_accept_all_suggestions_for_a_day(qtbot, window, services):
    window.day_page.go_to(date(2026, 11, 2))
    with qtbot.waitSignal(window.calendar_actions.imported, timeout=20000):
        window.calendar_actions.import_file(CALENDARS / "outlook-windows-zone.ics",
                                            date(2026, 11, 2))
    assert window.drafts_panel.model.rowCount() == 2
    window.drafts_panel.accept_all_button.click()
    day = Period(date(2026, 11, 2), date(2026, 11, 2))
    assert services.reports.report(day).balance.of(Kind.INSTRUCTION) == 2 * 3600
    assert "Accepted 2" in window.drafts_panel.message.text()
    assert window.day_page.model.rowCount() == 3  # walkthrough, gap, PLC


def test_draft_model(qtmodeltester, qtbot, window):
    import_week(qtbot, window)
    qtmodeltester.check(window.drafts_panel.model)


def test_a_file_that_is_not_a_calendar_is_explained(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: shown.append(a[2])))
    bad = tmp_path / "notes.ics"
    bad.write_text("hello")
    window.calendar_actions.import_file(bad, date(2026, 11, 9))
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "not a calendar file" in shown[0]
