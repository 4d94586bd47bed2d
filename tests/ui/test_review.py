"""Review my day: one timeline of activities, drafts and untracked time, run by keyboard.

The clock stands at Tuesday 2026-11-17, 10:00 in Los Angeles."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from leadership_desk.domain.periods import Period
from leadership_desk.domain.review import ACTIVITY, DRAFT, GAP, review_day
from leadership_desk.ui.review_dialog import ReviewDialog
from tests.helpers import LA, local, log
from tests.ui.test_calendar_gui import ics

TODAY = date(2026, 11, 17)


def import_drafts(qtbot, window, tmp_path, events):
    path = tmp_path / "day.ics"
    path.write_bytes(ics(events))
    with qtbot.waitSignal(window.calendar_actions.imported, timeout=20000):
        window.calendar_actions.import_file(path, TODAY)


def rows(dialog):
    return [(dialog.model.index(r, 0).data(), dialog.model.index(r, 2).data())
            for r in range(dialog.model.rowCount())]


def test_a_day_is_reviewed_from_the_keyboard(qtbot, window, services, tmp_path):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 08:30", "Email")
    import_drafts(qtbot, window, tmp_path, [("20261117T090000", "20261117T093000",
                                             "Grade 3 PLC")])
    dialog = ReviewDialog(services, TODAY, window)
    qtbot.addWidget(dialog)
    dialog.changed.connect(window.data_changed)  # as window.review_day() does
    assert rows(dialog) == [("08:00–08:30", "Logged"), ("08:30–09:00", "Untracked time"),
                            ("09:00–09:30", "From your calendar"),
                            ("09:30–10:00", "Untracked time")]  # up to now, on today
    assert dialog.summary.text() == "30 min of 2 h accounted for"
    assert dialog.current().kind == GAP  # the cursor starts where something is to do
    with qtbot.waitSignal(dialog.changed):
        qtbot.keyClick(dialog.table, Qt.Key.Key_2)  # the second timer button
    second = services.categories.favourites()[1]
    logged = services.activities.on_day(TODAY)
    assert [(a.category_id, f"{a.start.astimezone(LA):%H:%M}") for a in logged][1] == \
        (second.id, "08:30")
    assert dialog.current().kind == DRAFT  # on to the next thing to do
    qtbot.keyClick(dialog.table, Qt.Key.Key_A)
    plc = services.activities.on_day(TODAY)[2]
    assert (plc.title, services.categories.get(plc.category_id).slug) == \
        ("Grade 3 PLC", "professional-learning")
    assert dialog.summary.text() == "1 h 30 min of 2 h accounted for"
    assert [r[1] for r in rows(dialog)] == ["Logged"] * 3 + ["Untracked time"]
    # the main window followed every change
    assert window.day_page.model.rowCount() == 3


def test_typing_on_untracked_time_opens_quick_entry_with_its_times(qtbot, window, services):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 08:30", "Email")
    log(services, "office-email", "2026-11-17 09:00", "2026-11-17 09:30", "Email")
    dialog = ReviewDialog(services, TODAY, window)
    qtbot.addWidget(dialog)
    seen = []

    def type_rest():
        quick = QApplication.activeModalWidget()
        seen.append(quick.line.text())
        qtbot.keyClicks(quick.line, "alkthroughs grade 3")
        qtbot.keyClick(quick.line, Qt.Key.Key_Return)  # saves and closes

    QTimer.singleShot(0, type_rest)
    qtbot.keyClicks(dialog.table, "w")
    assert seen == ["08:30-09:00 w"]
    walk = services.activities.on_day(TODAY)[1]
    assert (walk.title, walk.start, walk.end) == ("walkthroughs grade 3",
                                                  local("2026-11-17 08:30"),
                                                  local("2026-11-17 09:00"))
    assert rows(dialog)[1] == ("08:30–09:00", "Logged")


def test_ctrl_r_reviews_the_day_on_screen(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(ReviewDialog, "exec", lambda self: opened.append(self.day))
    window.day_page.go_previous()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert opened == [date(2026, 11, 16)]


def test_review_day_arithmetic():
    from leadership_desk.domain.activities import Activity
    from leadership_desk.domain.drafts import Draft

    def act(start, end):
        return Activity(category_id=1, start=local(start), end=local(end) if end else None,
                        zone="America/Los_Angeles")

    day = (local("2026-11-17 00:00"), local("2026-11-18 00:00"))
    now = local("2026-11-17 12:00")
    draft = Draft(uid="u", occurrence="", title="PLC", start=local("2026-11-17 10:00"),
                  end=local("2026-11-17 11:00"), id=1)
    review = review_day([act("2026-11-17 08:00", "2026-11-17 09:00"),
                         act("2026-11-17 08:30", "2026-11-17 09:30"),
                         act("2026-11-17 11:30", None)], [draft], now, *day)
    assert [(i.kind, f"{i.start.astimezone(LA):%H:%M}") for i in review.items] == [
        (ACTIVITY, "08:00"), (ACTIVITY, "08:30"), (GAP, "09:30"), (DRAFT, "10:00"),
        (GAP, "11:00"), (ACTIVITY, "11:30")]
    # overlapping activities count once; the running one up to now; the draft not at all
    assert (review.accounted_seconds, review.span_seconds) == (2 * 3600, 4 * 3600)
    # on today the day runs up to now
    later = review_day([act("2026-11-17 08:00", "2026-11-17 09:00")], [], now, *day)
    assert (later.span_seconds, later.items[-1].kind) == (4 * 3600, GAP)
    yesterday = (local("2026-11-16 00:00"), local("2026-11-17 00:00"))
    assert review_day([act("2026-11-16 08:00", "2026-11-16 09:00")], [], now,
                      *yesterday).span_seconds == 3600
    assert review_day([], [], now, *day).span_seconds == 0


def test_typing_on_a_draft_never_sets_off_a_command_by_its_first_letter(qtbot, window,
                                                                       services, tmp_path):
    import_drafts(qtbot, window, tmp_path, [("20261117T090000", "20261117T093000",
                                             "Staff huddle")])
    dialog = ReviewDialog(services, TODAY, window)
    qtbot.addWidget(dialog)
    assert dialog.current().kind == DRAFT
    qtbot.keyClick(dialog.table, Qt.Key.Key_E)  # as in "ELA planning": not a command
    assert "Space describes it" in dialog.message.text()
    assert dialog.current().kind == DRAFT
    seen = []

    def describe():
        quick = QApplication.activeModalWidget()
        seen.append(quick.line.text())
        qtbot.keyClicks(quick.line, "recess duty")
        qtbot.keyClick(quick.line, Qt.Key.Key_Return)

    QTimer.singleShot(0, describe)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert seen == ["09:00-09:30 "]
    saved = services.activities.on_day(TODAY)
    assert [(a.title, services.categories.get(a.category_id).slug) for a in saved] == \
        [("recess duty", "discipline-supervision")]
    assert services.calendar.drafts(Period(TODAY, TODAY)) == []  # the draft was dealt with
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.activities.on_day(TODAY) == []
