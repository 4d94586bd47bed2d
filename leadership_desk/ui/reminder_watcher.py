"""Checks every half minute whether a reminder is due (see domain/reminders) and says so.

Signals: reminder_due(object: Reminder).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from leadership_desk.domain.reminders import Reminder, ReminderState, due_reminder
from leadership_desk.domain.review import logged_seconds
from leadership_desk.errors import LeadershipDeskError
from leadership_desk.services.container import Services

CHECK_MS = 30_000


class ReminderWatcher(QObject):
    """Holds what was already said today; the rules themselves are pure domain code."""

    reminder_due = Signal(object)

    def __init__(self, services: Services, clock: Callable[[], datetime],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.clock = clock
        self.state = ReminderState()
        self.opened_at = clock()
        self.last: Reminder | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def check(self) -> Reminder | None:
        """Emits and returns the reminder due now, if any."""
        s = self.services
        try:
            settings = s.profiles.reminder_settings()
            zone = s.profiles.profile().zone
            now = self.clock().astimezone(zone)
            running = s.activities.running()
            today = s.activities.on_day(now.date())
            ends = [a.end for a in today if a.end is not None and a.end <= now]
            idle_since = max([self.opened_at, *ends]).astimezone(zone)
            untracked = 0
            if now.time() >= settings.work_end:  # only the end-of-day review needs it
                # the work day's hours that no activity covers
                lo = datetime.combine(now.date(), settings.work_start, tzinfo=zone)
                hi = datetime.combine(now.date(), settings.work_end, tzinfo=zone)
                untracked = int((hi - lo).total_seconds()) - logged_seconds(today, lo, hi, now)
            name = ""
            if running is not None:
                name = running.title or s.categories.get(running.category_id).name
        except LeadershipDeskError:
            return None  # a reminder is never worth an error message
        reminder = due_reminder(now, settings, self.state, running=running,
                                idle_since=idle_since, untracked_seconds=untracked,
                                running_name=name)
        if reminder is not None:
            self.state.record(reminder, now, running)
            self.last = reminder
            self.reminder_due.emit(reminder)
        return reminder
