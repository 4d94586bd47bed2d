"""Local dates, periods (day, week, month, school year) and DST-safe splitting of time by day.

This is the one place where a UTC instant becomes a local date. Day boundaries are
local midnights converted to UTC, so a 23- or 25-hour day counts its real elapsed time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from leadership_desk.errors import AmbiguousTimeError, TimeNotValidError, ValidationError

# The dates the app works with: a log, a report or a summary outside them is a typing slip
# or a forgery, and far dates would make reports walk millions of days.
EARLIEST, LATEST = date(1990, 1, 1), date(2100, 12, 31)


def check_in_range(day: date, text: str | None = None) -> date:
    """`day`, or a ValidationError when it lies outside EARLIEST..LATEST."""
    if not EARLIEST <= day <= LATEST:
        raise ValidationError(f"'{text or day.isoformat()}' is outside the years "
                              f"{EARLIEST.year} to {LATEST.year}.")
    return day


class PeriodKind(StrEnum):
    """The named periods a report can cover."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class MonthDay:
    """A day of the year without a year, such as the first day of the school year."""

    month: int
    day: int

    def __post_init__(self) -> None:
        try:
            date(2000, self.month, self.day)  # 2000 is a leap year: Feb 29 is allowed
        except ValueError:
            raise ValidationError(
                f"{self.month:02d}-{self.day:02d} is not a day of the year (use MM-DD)."
            ) from None

    @classmethod
    def parse(cls, text: str) -> MonthDay:
        parts = text.strip().split("-")
        if len(parts) != 2 or not all(p.isdigit() for p in parts):
            raise ValidationError(f"'{text}' is not a day of the year like 07-01.")
        return cls(int(parts[0]), int(parts[1]))

    def in_year(self, year: int) -> date:
        """This day in `year`; Feb 29 falls back to Feb 28 in common years."""
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return date(year, self.month, self.day - 1)

    def __str__(self) -> str:
        return f"{self.month:02d}-{self.day:02d}"


@dataclass(frozen=True, slots=True)
class Period:
    """Local dates `first` to `last`, both included."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValidationError(
                f"The period ends ({self.last.isoformat()}) before it starts "
                f"({self.first.isoformat()})."
            )

    def days(self) -> Iterator[date]:
        day = self.first
        while day <= self.last:
            yield day
            day += timedelta(days=1)

    @property
    def day_count(self) -> int:
        return (self.last - self.first).days + 1

    def utc_bounds(self, zone: ZoneInfo) -> tuple[datetime, datetime]:
        """The half-open UTC interval [start of first day, start of the day after last)."""
        return day_start(self.first, zone), day_start(self.last + timedelta(days=1), zone)

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last


def day_start(day: date, zone: ZoneInfo) -> datetime:
    """The UTC instant at which local `day` begins in `zone`.

    Where midnight does not exist (a zone that springs forward at 00:00), the day
    begins at the transition, which is what fold=0 resolves to.
    """
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def local_date(instant: datetime, zone: ZoneInfo) -> date:
    """The local calendar date of a UTC instant in `zone`."""
    return instant.astimezone(zone).date()


Span = tuple[str, int, int]  # label, start and end in epoch seconds (half-open)


def day_spans(period: Period, zone: ZoneInfo) -> list[Span]:
    """One span per local day of the period, labelled with its ISO date."""
    return [
        (day.isoformat(), int(day_start(day, zone).timestamp()),
         int(day_start(day + timedelta(days=1), zone).timestamp()))
        for day in period.days()
    ]


def hour_spans(period: Period, zone: ZoneInfo) -> list[Span]:
    """One span per real hour of the period, labelled 'weekday-hour' in local time.

    A 25-hour day has two spans labelled with the repeated hour; a 23-hour day has none
    for the skipped one, so every second is in exactly one span.
    """
    spans = []
    lo, hi = period.utc_bounds(zone)
    cursor = lo
    while cursor < hi:
        following = min(cursor + timedelta(hours=1), hi)
        local = cursor.astimezone(zone)
        # where an offset is not whole hours, stop the span at the next local hour
        to_hour = timedelta(minutes=60 - local.minute, seconds=-local.second)
        following = min(following, cursor + to_hour)
        spans.append((f"{local.weekday()}-{local.hour}", int(cursor.timestamp()),
                      int(following.timestamp())))
        cursor = following
    return spans


def clip_seconds(start: datetime, end: datetime, lo: datetime, hi: datetime) -> int:
    """Seconds of [start, end) that fall inside [lo, hi)."""
    seconds = (min(end, hi) - max(start, lo)).total_seconds()
    return int(seconds) if seconds > 0 else 0


def week_of(day: date) -> Period:
    """The Monday-to-Sunday week holding `day`."""
    monday = day - timedelta(days=day.weekday())
    return Period(monday, monday + timedelta(days=6))


def month_of(day: date) -> Period:
    first = day.replace(day=1)
    next_first = (first + timedelta(days=32)).replace(day=1)
    return Period(first, next_first - timedelta(days=1))


def school_year_of(day: date, year_start: MonthDay) -> Period:
    """The school year holding `day`, from `year_start` to the day before the next one."""
    start = year_start.in_year(day.year)
    if day < start:
        start = year_start.in_year(day.year - 1)
    following = year_start.in_year(start.year + 1)
    return Period(start, following - timedelta(days=1))


def period_of(kind: PeriodKind | str, day: date, year_start: MonthDay) -> Period:
    """The named period (day, week, month or school year) that holds `day`."""
    kind = PeriodKind(kind)
    if kind is PeriodKind.DAY:
        return Period(day, day)
    if kind is PeriodKind.WEEK:
        return week_of(day)
    if kind is PeriodKind.MONTH:
        return month_of(day)
    return school_year_of(day, year_start)


@dataclass(frozen=True, slots=True)
class ResolvedTime:
    """A local wall-clock time turned into one UTC instant."""

    instant: datetime
    # Set when the wall-clock time happened twice and the earlier one was taken.
    ambiguous: bool = False


def resolve_local(wall: datetime, zone: ZoneInfo, *, fold: int | None = None) -> ResolvedTime:
    """The UTC instant of a naive local wall-clock time in `zone`.

    A time skipped by a daylight-saving change raises TimeNotValidError. A time that
    happened twice raises AmbiguousTimeError unless `fold` says which one (0 = the
    first, in the earlier offset; 1 = the second).
    """
    if wall.tzinfo is not None:
        raise ValueError("resolve_local takes a wall-clock (naive) time")
    first = wall.replace(tzinfo=zone, fold=0)
    second = wall.replace(tzinfo=zone, fold=1)
    when = wall.strftime("%Y-%m-%d %H:%M")
    if first.utcoffset() != second.utcoffset():
        as_utc = first.astimezone(UTC)
        if as_utc.astimezone(zone).replace(tzinfo=None) != wall:
            raise TimeNotValidError(
                f"{when} did not happen in {zone.key}: the clocks moved forward that night. "
                "Pick a time before or after the change."
            )
        if fold is None:
            raise AmbiguousTimeError(
                f"{when} happened twice in {zone.key}: the clocks moved back that night. "
                f"Say which: the first ({_offset(first)}) or the second ({_offset(second)})."
            )
        chosen = second if fold else first
        return ResolvedTime(chosen.astimezone(UTC), ambiguous=True)
    return ResolvedTime(first.astimezone(UTC))


def _offset(value: datetime) -> str:
    name = value.tzname() or ""
    offset = value.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{name}, UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}".lstrip(", ")


def parse_instant(text: str, zone: ZoneInfo, *, fold: int | None = None) -> datetime:
    """An ISO 8601 time as a UTC instant; without an offset it is local time in `zone`."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            f"'{text}' is not a date and time like 2026-11-23T08:30."
        ) from None
    check_in_range(value.date(), text.strip())
    if value.tzinfo is not None:
        return value.astimezone(UTC).replace(microsecond=0)
    return resolve_local(value.replace(microsecond=0), zone, fold=fold).instant


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DATE_FORMS = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),  # 2026-11-16
    re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})"),  # 20261116
    re.compile(r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})"),  # 11/16/2026, as in the US
    re.compile(r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})"),  # 2026/11/16
)
DATE_EXAMPLES = "2026-11-23, 20261123 or 11/23/2026"


def parse_date(text: str) -> date:
    """A date typed as 2026-11-16, 20261116, 11/16/2026 (month first) or 2026/11/16, within
    the years the app accepts."""
    cleaned = text.strip()
    for form in _DATE_FORMS:
        match = form.fullmatch(cleaned)
        if match:
            try:
                day = date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                break
            return check_in_range(day, cleaned)
    raise ValidationError(f"'{text}' is not a date like {DATE_EXAMPLES}.")


def format_date(day: date, weekday: bool = False) -> str:
    """The one way the app writes a date for people: 'Nov 16, 2026' ('Mon, Nov 16, 2026');
    the same in every language setting of the computer."""
    text = f"{_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{_WEEKDAYS[day.weekday()]}, {text}" if weekday else text


def format_moment(moment: datetime) -> str:
    """A date and clock time: 'Nov 16, 2026, 14:05' (in the zone `moment` carries)."""
    return f"{format_date(moment.date())}, {moment:%H:%M}"


def format_period(first: date, last: date) -> str:
    """'Nov 16 – 20, 2026', 'Jul 1 – Nov 23, 2026', 'Dec 28, 2026 – Jan 1, 2027'."""
    if first == last:
        return format_date(first)
    if first.year != last.year:
        return f"{format_date(first)} – {format_date(last)}"
    start = f"{_MONTHS[first.month - 1]} {first.day}"
    if first.month == last.month:
        return f"{start} – {last.day}, {last.year}"
    return f"{start} – {format_date(last)}"
