"""Protected blocks: recurring weekly instructional time a principal sets aside, and the
planned items they become on real days.

A block is wall-clock time ("Tuesday 8:30-10:00"), so it keeps its local time across a
daylight-saving change and its real length is measured in UTC. A block is never counted
as logged time: it is a plan until the principal logs what happened.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from leadership_desk.domain.periods import Period
from leadership_desk.domain.school_calendar import SchoolCalendar
from leadership_desk.domain.text import one_line
from leadership_desk.errors import ValidationError

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
KEPT_SHARE = 0.8  # a block is kept when at least 80% of it was logged as instruction
TITLE_MAX = 80


def parse_weekday(text: str) -> int:
    """0 for 'mon', 'Monday' or '0' ... 6 for Sunday."""
    cleaned = text.strip().lower()
    if cleaned.isdigit() and 0 <= int(cleaned) <= 6:
        return int(cleaned)
    for index, name in enumerate(WEEKDAY_NAMES):
        if len(cleaned) >= 3 and name.lower().startswith(cleaned):
            return index
    raise ValidationError(f"'{text}' is not a day of the week like Tuesday or tue.")


def parse_clock(text: str) -> time:
    """'8:30', '08:30' or '13:00' as a time of day."""
    parts = text.strip().split(":")
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        hour, minute = int(parts[0]), int(parts[1])
        if 0 <= hour <= 23 and 0 <= minute <= 59:
            return time(hour, minute)
    raise ValidationError(f"'{text}' is not a time of day like 8:30 or 13:00.")


@dataclass(frozen=True, slots=True)
class ProtectedBlock:
    """Every `weekday` (0 = Monday ... 4 = Friday) from `start` to `end`, local time, in one
    category."""

    weekday: int
    start: time
    end: time
    category_id: int
    title: str = ""
    id: int | None = None
    # the days it applies: from the day it was set up, until it was removed (None: ongoing),
    # so a block added today is no plan for weeks gone by
    first_day: date | None = None
    last_day: date | None = None

    def applies_on(self, day: date) -> bool:
        return ((self.first_day is None or day >= self.first_day)
                and (self.last_day is None or day <= self.last_day))

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 4:
            raise ValidationError("A block's day must be a school day, Monday to Friday.")
        if self.end <= self.start:
            raise ValidationError(
                f"A block must end after it starts ({self.start:%H:%M} to {self.end:%H:%M}).")
        title = one_line(self.title)
        if len(title) > TITLE_MAX:
            raise ValidationError(f"A block's name can be at most {TITLE_MAX} characters.")
        object.__setattr__(self, "title", title)

    @property
    def minutes(self) -> int:
        """Its length on an ordinary day."""
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)

    def describe(self) -> str:
        return f"{WEEKDAY_NAMES[self.weekday]} {self.start:%H:%M}–{self.end:%H:%M}"


@dataclass(frozen=True, slots=True)
class PlannedItem:
    """Time planned on a real day: a protected block's occurrence or an instructional
    calendar draft. Instants are UTC; `block_id` is None for a draft."""

    start: datetime
    end: datetime
    category_id: int
    title: str
    block_id: int | None = None

    @property
    def seconds(self) -> int:
        return int((self.end - self.start).total_seconds())

    @property
    def is_block(self) -> bool:
        return self.block_id is not None


def _instant(day, clock: time, zone: ZoneInfo) -> datetime:
    # a wall time skipped by a spring-forward change is read in the earlier offset (fold=0),
    # which lands just after the change: the block starts when the clocks allow
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC)


def expand_blocks(blocks: Iterable[ProtectedBlock], period: Period, zone: ZoneInfo,
                  calendar: SchoolCalendar) -> list[PlannedItem]:
    """Each block on each of its weekdays in `period` that is a school day, in time order."""
    blocks = list(blocks)
    items = []
    for day in period.days():
        if not calendar.is_school_day(day):
            continue
        for block in blocks:
            if block.weekday != day.weekday() or not block.applies_on(day):
                continue
            start, end = _instant(day, block.start, zone), _instant(day, block.end, zone)
            if end > start:
                items.append(PlannedItem(start, end, block.category_id, block.title, block.id))
    return sorted(items, key=lambda item: (item.start, item.end, item.category_id))


Interval = tuple[datetime, datetime]


def union(intervals: Iterable[Interval]) -> list[Interval]:
    """Overlapping or touching intervals merged, in order."""
    merged: list[list[datetime]] = []
    for start, end in sorted(intervals):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def covered_seconds(start: datetime, end: datetime, intervals: Sequence[Interval]) -> int:
    """Seconds of [start, end) covered by the (merged) `intervals`."""
    total = 0.0
    for lo, hi in intervals:
        overlap = (min(end, hi) - max(start, lo)).total_seconds()
        if overlap > 0:
            total += overlap
    return int(total)


def is_kept(item: PlannedItem, instruction: Sequence[Interval]) -> bool:
    """At least 80% of the block was logged as instruction (`instruction` merged)."""
    return covered_seconds(item.start, item.end, instruction) >= KEPT_SHARE * item.seconds
