"""The school calendar: which days are school days (weekdays that are not holidays or breaks).

Every count of "school days" (completeness, flags, the week ahead, feedback follow-through)
asks this module, so a holiday set in Settings or marked in the district's calendar is
skipped everywhere alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from leadership_desk.domain.periods import Period, check_in_range
from leadership_desk.domain.text import one_line
from leadership_desk.errors import ValidationError

LABEL_MAX = 80
# Words in an all-day event's title that usually mean the school is closed; the principal
# still confirms each one before it counts.
NO_SCHOOL_WORDS = ("no school", "holiday", "break", "recess", "vacation", "closed",
                   "non-student", "no students", "teacher work day", "staff development day",
                   "pupil free", "day off", "observance")


@dataclass(frozen=True, slots=True)
class NonSchoolDay:
    """A weekday without school: a holiday, a break, a teacher work day."""

    day: date
    label: str = ""

    def __post_init__(self) -> None:
        check_in_range(self.day)
        label = one_line(self.label)
        if len(label) > LABEL_MAX:
            raise ValidationError(f"A non-school day's name can be at most {LABEL_MAX} "
                                  "characters.")
        object.__setattr__(self, "label", label)


@dataclass(frozen=True, slots=True)
class SchoolCalendar:
    """Monday to Friday are school days, except the days listed as closed."""

    closed: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def of(cls, days: Iterable[NonSchoolDay | date]) -> SchoolCalendar:
        return cls(frozenset(d.day if isinstance(d, NonSchoolDay) else d for d in days))

    def is_school_day(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self.closed

    def school_days(self, period: Period, until: date | None = None) -> list[date]:
        """The school days of `period`, up to `until` (included) when given."""
        return [d for d in period.days()
                if self.is_school_day(d) and (until is None or d <= until)]

    def count(self, period: Period, until: date | None = None) -> int:
        return len(self.school_days(period, until))

    def closed_weekdays(self, period: Period) -> list[date]:
        """The weekdays of `period` that are not school days, in order."""
        return [d for d in period.days() if d.weekday() < 5 and d in self.closed]

    def school_days_after(self, first: date, last: date) -> int:
        """School days after `first` up to and including `last` (0 on the same day; Friday
        to the next Monday is 1). Negative when `last` is before `first`."""
        if last < first:
            return -self.school_days_after(last, first)
        count = 0
        day = first + timedelta(days=1)
        while day <= last:
            count += self.is_school_day(day)
            day += timedelta(days=1)
        return count


def expand_range(first: date, last: date, label: str = "") -> list[NonSchoolDay]:
    """One NonSchoolDay per weekday from `first` to `last` (a break), weekends left out."""
    period = Period(first, last)
    if period.day_count > 366:
        raise ValidationError("A break can be at most a year long.")
    return [NonSchoolDay(d, label) for d in period.days() if d.weekday() < 5]


def looks_like_no_school(title: str) -> bool:
    """Whether an all-day event's title suggests the school is closed (a suggestion only)."""
    lowered = title.lower()
    return any(word in lowered for word in NO_SCHOOL_WORDS)
