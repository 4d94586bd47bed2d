"""Confirming a day from the calendar in the window: import, accept, change, reject."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from leadership_desk.domain.categories import Kind
from leadership_desk.domain.overlaps import OverlapChoice
from leadership_desk.domain.periods import Period
from leadership_desk.ui.category_picker import CategoryPicker
from leadership_desk.ui.overlap_dialog import OverlapDialog
from tests.helpers import local, log

CALENDARS = Path(__file__).parent.parent / "fixtures" / "calendars"


def import_week(qtbot, window):
    window.day_page.go_to(date(2026, 11, 9))
    with qtbot.waitSignal(window.calendar_actions.imported, timeout=20000):
        window.calendar_actions.import_file(CALENDARS / "google-iana.ics", date(2026, 11, 9))


def test_a_day_is_confirmed_in_a_few_keys(qtbot, window, services, monkeypatch):
    import_week(qtbot, window)
    panel = window.drafts_panel
    assert panel.isVisible() and panel.model.rowCount() == 1  # Monday: yard duty
    assert panel.model.index(0, 2).data() == "Discipline, attendance & supervision (Management)"
    assert services.reports.report(Period(date(2026, 11, 9), date(2026, 11, 15))) \
        .balance.total_seconds == 0
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_A)
    assert [a.title for a in services.activities.on_day(date(2026, 11, 9))] == ["Yard duty"]
    assert not panel.isVisible()  # nothing left to confirm that day

    window.day_page.go_next()  # Tuesday: the parent meeting, suggested as family
    offered = []

    def pick(cls, parent, title, prompt, categories, selected_id=None, keywords=None):
        offered.append(selected_id)
        return next(c.id for c in categories if c.name.startswith("Discipline"))

    monkeypatch.setattr(CategoryPicker, "ask", classmethod(pick))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_C)
    tuesday = services.activities.on_day(date(2026, 11, 10))
    assert services.categories.get(tuesday[0].category_id).slug == "discipline-supervision"
    # the picker opened on the suggested category
    assert offered == [services.categories.by_slug("family-community").id]

    window.day_page.go_to(date(2026, 11, 12))  # Thursday: lunch, marked free
    assert "marked free" in panel.model.index(0, 4).data()
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


def ics(events: list[tuple[str, str, str]]) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"]
    for number, (start, end, title) in enumerate(events):
        lines += ["BEGIN:VEVENT", f"UID:e{number}@test", "DTSTAMP:20261101T000000Z",
                  f"DTSTART;TZID=America/Los_Angeles:{start}",
                  f"DTEND;TZID=America/Los_Angeles:{end}", f"SUMMARY:{title}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines).encode()


def test_an_overlapping_draft_is_accepted_with_the_real_choices(qtbot, window, services,
                                                                tmp_path):
    log(services, "office-email", "2026-11-16 08:00", "2026-11-16 09:00", "Email")
    path = tmp_path / "cal.ics"
    path.write_bytes(ics([("20261116T083000", "20261116T093000", "Grade 3 walkthroughs")]))
    window.day_page.go_to(date(2026, 11, 16))
    with qtbot.waitSignal(window.calendar_actions.imported, timeout=20000):
        window.calendar_actions.import_file(path, date(2026, 11, 16))
    panel = window.drafts_panel
    assert "overlaps a logged activity" in panel.model.index(0, 4).data()
    seen = []

    def choose():
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog))
        dialog.buttons[OverlapChoice.SHORTEN_OTHERS].click()

    QTimer.singleShot(0, choose)
    panel.accept_button.click()
    assert seen == [OverlapDialog]
    email, walk = services.activities.on_day(date(2026, 11, 16))
    assert (email.end, walk.start, walk.title) == (
        local("2026-11-16 08:30"), local("2026-11-16 08:30"), "Grade 3 walkthroughs")
    assert panel.message.text() == "Accepted 1."
    window.day_page.go_previous()
    assert panel.message.text() == ""  # what was said belongs to the other day


def test_fifteen_drafts_stay_readable_at_1024x600(qtbot, window, services, tmp_path):
    window.resize(1024, 600)
    events = [(f"20261116T{7 + i // 2:02d}{30 * (i % 2):02d}00",
               f"20261116T{7 + (i + 1) // 2:02d}{30 * ((i + 1) % 2):02d}00",
               f"Meeting number {i} with the grade-level team about reading") for i in range(15)]
    path = tmp_path / "busy.ics"
    path.write_bytes(ics(events))
    window.day_page.go_to(date(2026, 11, 16))
    with qtbot.waitSignal(window.calendar_actions.imported, timeout=20000):
        window.calendar_actions.import_file(path, date(2026, 11, 16))
    panel = window.drafts_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 15)
    table = panel.table
    assert table.columnWidth(1) >= 150  # the title has the room
    buttons_top = panel.accept_button.mapTo(panel, panel.accept_button.rect().topLeft()).y()
    table_bottom = table.mapTo(panel, table.rect().bottomLeft()).y()
    assert buttons_top > table_bottom  # the buttons never cover a row
    assert table.model().data(table.model().index(0, 1), Qt.ItemDataRole.ToolTipRole) == \
        "Meeting number 0 with the grade-level team about reading"
    assert window.width() <= 1024
