"""How many actions a principal's real day costs to log: python benchmarks/logging_burden.py

Drives the real main window offscreen through one school day (Tuesday 2026-11-17, Los
Angeles): 15 activities from 7:15 to 16:30. Six come from an .ics calendar (one of them a
daily recurring event, one overlapping an unplanned activity); nine were unplanned: three
caught live with the timer, six entered afterwards: one with quick entry in the afternoon
(it overlaps a calendar meeting), five at the end of the day through Review my day.
Every key press and click the scenario needs is counted, characters typed are counted
apart, and the day's minutes by category are checked exactly against the expected ones.
A seventh entry through the full Add activity form is measured on another day for
comparison. Prints a table; exits 1 if the day's minutes are wrong.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from leadership_desk.domain.overlaps import OverlapChoice
from leadership_desk.domain.periods import Period
from leadership_desk.domain.profile import Profile
from leadership_desk.services.container import open_services
from leadership_desk.ui.main_window import MainWindow

DAY = date(2026, 11, 17)
ZONE = "America/Los_Angeles"
CALENDAR = [  # (start, end, title, recurring daily)
    ("073000", "080000", "Yard duty", True),
    ("083000", "091500", "Grade 3 PLC", False),
    ("100000", "104500", "Walkthroughs grades 3-5", False),
    ("110000", "113000", "Debrief with Ms. Lee", False),
    ("130000", "140000", "District principals meeting", False),
    ("144500", "153000", "IEP meeting room 12", False),
]
# what the principal types on each untracked stretch in the review, after its times
TYPED_IN_REVIEW = [
    "discipline referral room 4",
    "budget review",
    "email",
    "feedback to 2nd grade team",
    "emails and phone calls",
]
# typed in quick entry at 15:00; the IEP meeting on the calendar overlaps it from 14:45
QUICK_ENTRY = "2pm-3pm parent call about attendance"
EXPECTED_MINUTES = {  # the day as it happened, by category
    "office-email": 15 + 15 + 60,
    "discipline-supervision": 30 + 30,
    "family-community": 45,
    "professional-learning": 45,
    "budget-resources": 45,
    "observation-walkthrough": 45,
    "feedback-coaching": 30 + 30,
    "personal-break": 30,
    "safety-facilities-operations": 30,
    "district-meetings": 60,
    "student-learning-support": 45,
}


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 17, 15, 10, tzinfo=UTC)  # 7:10 in Los Angeles

    def __call__(self) -> datetime:
        return self.now

    def at(self, hhmm: str) -> None:
        hours, minutes = (int(x) for x in hhmm.split(":"))
        local = datetime(2026, 11, 17, hours, minutes, tzinfo=ZoneInfo(ZONE))
        self.now = local.astimezone(UTC)


class Counts:
    """Actions (key presses and clicks) and characters typed, by path."""

    def __init__(self) -> None:
        self.actions: Counter = Counter()
        self.typed: Counter = Counter()
        self.activities: Counter = Counter()

    def key(self, path: str, widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        self.actions[path] += 1
        if widget.isWindow():
            # the offscreen platform does not give the focus back to the window when a
            # dialog closes, as a desktop does; its shortcuts need it
            widget.activateWindow()
            QApplication.processEvents()
        QTest.keyClick(widget, key, modifiers)

    def click(self, path: str, button) -> None:
        self.actions[path] += 1
        button.click()

    def type(self, path: str, widget, text: str) -> None:
        self.typed[path] += len(text)
        QTest.keyClicks(widget, text)


def ics() -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//benchmark//EN"]
    for number, (start, end, title, daily) in enumerate(CALENDAR):
        lines += ["BEGIN:VEVENT", f"UID:event{number}@benchmark", "DTSTAMP:20261101T000000Z",
                  f"DTSTART;TZID={ZONE}:20261102T{start}" if daily else
                  f"DTSTART;TZID={ZONE}:20261117T{start}",
                  f"DTEND;TZID={ZONE}:20261102T{end}" if daily else
                  f"DTEND;TZID={ZONE}:20261117T{end}",
                  f"SUMMARY:{title}"]
        if daily:
            lines.append("RRULE:FREQ=DAILY;COUNT=30")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(lines).encode()


def on_modal(action, seen=None) -> None:
    """Runs `action(dialog)` on the next modal dialog to open (one not `seen` open now)."""
    seen = QApplication.activeModalWidget() if seen is None else seen

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is seen:
            QTimer.singleShot(10, attempt)
        else:
            action(dialog)

    QTimer.singleShot(0, attempt)


def run() -> int:
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="leadership-desk-burden-"))
    clock = Clock()
    services = open_services(folder / "day.sqlite3", clock=clock, default_zone=ZONE)
    services.profiles.complete_setup(Profile(name="Pat", school="Lincoln", timezone=ZONE))
    window = MainWindow(services)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    n = Counts()
    ctrl = Qt.KeyboardModifier.ControlModifier

    # the morning: the calendar comes in (menu shortcut, then choosing the file: 2 actions)
    calendar_file = folder / "week.ics"
    calendar_file.write_bytes(ics())
    n.actions["calendar import"] += 2
    window.calendar_actions.import_file(calendar_file, DAY)
    while services.calendar.drafts(Period(DAY, DAY)) == []:
        app.processEvents()
    window.refresh()

    # three activities caught live: email at 7:15, lunch at 12:00, then a Chromebook cart
    clock.at("7:15")
    n.key("timer", window, Qt.Key.Key_7, ctrl)  # office work & email
    clock.at("7:30")
    n.key("timer", window, Qt.Key.Key_Period, ctrl)
    clock.at("12:00")
    n.key("timer", window, Qt.Key.Key_8, ctrl)  # personal & breaks
    clock.at("12:30")
    n.key("timer", window, Qt.Key.Key_5, ctrl)  # safety, facilities & operations
    clock.at("13:00")
    n.key("timer", window, Qt.Key.Key_Period, ctrl)
    n.activities["timer"] += 3

    # 15:00: the parent call, in one line
    clock.at("15:00")

    def quick_line(quick) -> None:
        n.type("quick entry", quick.line, QUICK_ENTRY)
        n.key("quick entry", quick.line, Qt.Key.Key_Return)
        n.key("quick entry", quick.line, Qt.Key.Key_Escape)

    on_modal(quick_line)
    n.key("quick entry", window, Qt.Key.Key_L, ctrl)
    n.activities["quick entry"] += 1

    # 16:30: Review my day does the rest
    clock.at("16:30")
    window.refresh()
    reviews = []

    def in_review(dialog) -> None:
        reviews.append(dialog)
        table = dialog.table
        # every calendar suggestion at once; the IEP meeting overlaps: shorten the other
        on_modal(lambda overlap: n.click("review", overlap.buttons[
            OverlapChoice.SHORTEN_OTHERS]))
        n.key("review", table, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
        n.activities["review (calendar)"] += len(CALENDAR)
        for words in TYPED_IN_REVIEW:
            def describe(quick, rest=words[1:]) -> None:
                n.type("review", quick.line, rest)
                n.key("review", quick.line, Qt.Key.Key_Return)

            on_modal(describe)
            n.type("review", table, words[0])  # the first letter opens quick entry
            n.activities["review (after the fact)"] += 1
        n.key("review", table, Qt.Key.Key_Escape)

    on_modal(in_review)
    n.key("review", window, Qt.Key.Key_R, ctrl)

    # the same kind of entry through the full form, on the next day, for comparison
    window.day_page.go_to(date(2026, 11, 18))

    def in_form(dialog) -> None:
        n.type("dialog", dialog.start_edit, "0800")
        n.key("dialog", dialog.start_edit, Qt.Key.Key_Tab)
        n.type("dialog", dialog.end_edit, "0830")
        n.key("dialog", dialog.end_edit, Qt.Key.Key_Tab)
        n.type("dialog", dialog.category_combo, "Discipline")
        n.key("dialog", dialog.category_combo, Qt.Key.Key_Tab)
        n.type("dialog", dialog.title_edit, "referral room 4")
        n.key("dialog", dialog.title_edit, Qt.Key.Key_Return)

    clock.now = datetime(2026, 11, 19, 7, 0, tzinfo=UTC)  # the next day's evening
    on_modal(in_form)
    n.key("dialog", window, Qt.Key.Key_N, ctrl)
    n.activities["dialog"] += 1

    by_slug = {c.id: c.slug for c in services.categories.all()}
    minutes: Counter = Counter()
    for activity in services.activities.on_day(DAY):
        minutes[by_slug[activity.category_id]] += int(
            (activity.end - activity.start).total_seconds() // 60)
    next_day = services.activities.on_day(date(2026, 11, 18))
    window.close()
    services.close()

    rows = [("timer (live)", n.actions["timer"], n.typed["timer"], n.activities["timer"]),
            ("quick entry (afterwards)", n.actions["quick entry"], n.typed["quick entry"],
             n.activities["quick entry"]),
            ("calendar import", n.actions["calendar import"], 0, 0),
            ("review: calendar drafts and untracked time", n.actions["review"],
             n.typed["review"],
             n.activities["review (calendar)"] + n.activities["review (after the fact)"])]
    day_actions = sum(r[1] for r in rows)
    day_typed = sum(r[2] for r in rows)
    print("Logging one school day (15 activities, 7:15-16:30), offscreen, real main window")
    print(f"{'path':<45} {'actions':>8} {'typed chars':>12} {'activities':>11}")
    for name, actions, typed, count in rows:
        print(f"{name:<45} {actions:>8} {typed:>12} {count:>11}")
    print(f"{'the whole day':<45} {day_actions:>8} {day_typed:>12} {sum(r[3] for r in rows):>11}")
    after = n.activities["review (after the fact)"]
    # in the review, an after-the-fact entry costs its Enter (the first letter is typed)
    print(f"after the fact in the review: {1:.0f} action + the words per activity "
          f"({after} activities)")
    print(f"after the fact in the full form (Ctrl+N): {n.actions['dialog']} actions + "
          f"{n.typed['dialog']} typed characters for one activity "
          f"({'saved' if len(next_day) == 1 else 'NOT saved'})")
    print("goal: the whole day in at most 25 actions plus the words; at most 3 actions "
          "plus the words for an activity entered afterwards")
    print("reproduce: python benchmarks/logging_burden.py")
    if dict(minutes) != EXPECTED_MINUTES:
        print(f"WRONG: the day's minutes by category are {dict(minutes)}, "
              f"expected {EXPECTED_MINUTES}")
        return 1
    print("the day's minutes by category match the expected ones exactly")
    return 0 if reviews else 1


if __name__ == "__main__":
    sys.exit(run())
