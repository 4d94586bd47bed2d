"""When to remind a principal to log: nothing running for a while during work hours, an
activity running very long, and the day's review at the end of the work day. Local
notifications only; each kind can be turned off; at most one reminder per 20 minutes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.balance import format_duration
from leadership_desk.errors import ValidationError

IDLE_AFTER = timedelta(minutes=20)
LONG_AFTER = timedelta(hours=3)
SPACING = timedelta(minutes=20)
# untracked time shorter than this is not worth a review at the end of the day
REVIEW_FROM_SECONDS = 10 * 60

IDLE, LONG, REVIEW = "idle", "long", "review"


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    """What the principal chose in Settings; everything on by default."""

    idle: bool = True
    long_running: bool = True
    end_of_day: bool = True
    work_days: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday = 0
    work_start: time = time(7, 30)
    work_end: time = time(16, 30)
    # closing the window while a timer runs keeps the app in the system tray
    keep_in_tray: bool = True

    def __post_init__(self) -> None:
        if self.work_end <= self.work_start:
            raise ValidationError("The work day has to end after it starts.")
        if any(d not in range(7) for d in self.work_days):
            raise ValidationError("Work days are Monday to Sunday.")

    def to_json(self) -> dict:
        data = asdict(self)
        data["work_days"] = list(self.work_days)
        data["work_start"] = f"{self.work_start:%H:%M}"
        data["work_end"] = f"{self.work_end:%H:%M}"
        return data

    @classmethod
    def from_json(cls, data: dict | None) -> ReminderSettings:
        """Settings as stored; anything missing or unreadable takes its default."""
        if not isinstance(data, dict):
            return cls()
        defaults = cls()
        try:
            return cls(
                idle=bool(data.get("idle", defaults.idle)),
                long_running=bool(data.get("long_running", defaults.long_running)),
                end_of_day=bool(data.get("end_of_day", defaults.end_of_day)),
                work_days=tuple(int(d) for d in data.get("work_days", defaults.work_days)),
                work_start=time.fromisoformat(data.get("work_start", "07:30")),
                work_end=time.fromisoformat(data.get("work_end", "16:30")),
                keep_in_tray=bool(data.get("keep_in_tray", defaults.keep_in_tray)),
            )
        except (TypeError, ValueError, ValidationError):
            return defaults


@dataclass(frozen=True, slots=True)
class Reminder:
    """A notification to show: its kind says what clicking it opens (the review for
    REVIEW, quick entry otherwise); the text states the fact, the window adds how to act."""

    kind: str
    title: str
    text: str


@dataclass(slots=True)
class ReminderState:
    """What was already said today, so nothing is said twice too soon."""

    last_at: datetime | None = None
    review_offered_on: date | None = None
    long_reminded: set[int] = field(default_factory=set)

    def record(self, reminder: Reminder, now: datetime, running: Activity | None) -> None:
        self.last_at = now
        if reminder.kind == REVIEW:
            self.review_offered_on = now.date()
        if reminder.kind == LONG and running is not None and running.id is not None:
            self.long_reminded.add(running.id)


def due_reminder(
    now: datetime,
    settings: ReminderSettings,
    state: ReminderState,
    *,
    running: Activity | None,
    idle_since: datetime | None,
    untracked_seconds: int,
    running_name: str = "",
) -> Reminder | None:
    """The reminder to show at local instant `now` (aware, in the principal's zone), if any.

    `idle_since` is when nothing started running: the end of the last activity or when
    the app opened, whichever is later. `untracked_seconds` is today's untracked time.
    """
    if state.last_at is not None and now - state.last_at < SPACING:
        return None
    work_day = now.weekday() in settings.work_days
    if settings.long_running and running is not None and running.id not in state.long_reminded:
        elapsed = now - running.start
        if elapsed > LONG_AFTER:
            return Reminder(LONG, "Still on it?",
                            f"{running_name or 'The timer'} has been running for "
                            f"{format_duration(elapsed.total_seconds())}.")
    if settings.end_of_day and work_day and now.time() >= settings.work_end and \
            state.review_offered_on != now.date() and untracked_seconds >= REVIEW_FROM_SECONDS:
        return Reminder(REVIEW, "Review your day",
                        f"{format_duration(untracked_seconds)} of today is not accounted for.")
    in_hours = settings.work_start <= now.time() < settings.work_end
    if settings.idle and work_day and in_hours and running is None and \
            idle_since is not None and now - idle_since >= IDLE_AFTER:
        return Reminder(IDLE, "Nothing is running",
                        f"Nothing has been logged since {idle_since:%H:%M}.")
    return None
