"""A day as the principal sees it: activities in time order with the untracked gaps between."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.periods import resolve_local
from leadership_desk.errors import ValidationError

# Gaps shorter than this are not shown: a minute between two meetings is not a hole.
MIN_GAP = timedelta(minutes=2)


@dataclass(frozen=True, slots=True)
class Gap:
    """Untracked time between two activities of the same day."""

    start: datetime
    end: datetime

    @property
    def duration(self) -> timedelta:
        return self.end - self.start


Entry = Activity | Gap


def day_timeline(activities: list[Activity], now: datetime) -> list[Entry]:
    """The activities in start order, with a Gap wherever the time between them is untracked.

    Gaps are only shown between activities (the day before the first and after the last
    is not counted as missing).
    """
    ordered = sorted(activities, key=lambda a: (a.start, a.id or 0))
    entries: list[Entry] = []
    covered_until: datetime | None = None
    for activity in ordered:
        if covered_until is not None and activity.start - covered_until >= MIN_GAP:
            entries.append(Gap(covered_until, activity.start))
        entries.append(activity)
        end = activity.end_or(now)
        covered_until = end if covered_until is None else max(covered_until, end)
    return entries


@dataclass(frozen=True, slots=True)
class WallInterval:
    """A start and end typed as a day and two wall-clock times, turned into UTC instants."""

    start: datetime
    end: datetime
    # True when the end time was earlier than the start, so it falls on the next day.
    ends_next_day: bool


def wall_interval(
    day: date,
    start: time,
    end: time,
    zone: ZoneInfo,
    *,
    start_fold: int | None = None,
    end_fold: int | None = None,
) -> WallInterval:
    """The instants of `start` and `end` on local `day`; an end at or before the start is
    taken to be on the following day (an activity past midnight)."""
    start_wall = datetime.combine(day, start.replace(second=0, microsecond=0))
    end_wall = datetime.combine(day, end.replace(second=0, microsecond=0))
    next_day = end_wall <= start_wall
    if next_day:
        end_wall += timedelta(days=1)
    return WallInterval(
        start=_resolve(start_wall, zone, start_fold, "start"),
        end=_resolve(end_wall, zone, end_fold, "end"),
        ends_next_day=next_day,
    )


def _resolve(wall: datetime, zone: ZoneInfo, fold: int | None, field: str) -> datetime:
    try:
        return resolve_local(wall, zone, fold=fold).instant
    except ValidationError as error:
        error.field = field  # which of the two times the user must change or choose
        raise


def default_slot(activities: list[Activity], day_start: datetime, day_end: datetime,
                 now: datetime) -> tuple[datetime, datetime]:
    """Where an activity added after the fact most likely goes on a day: from the end of the
    latest finished activity (before now, on today) to the start of the next one, or for
    30 minutes (up to now on today). With nothing logged: the last 30 minutes on today,
    8:00 to 8:30 on another day."""
    minutes = timedelta(minutes=30)
    is_today = day_start <= now < day_end
    cutoff = min(now, day_end) if is_today else day_end
    ends = [a.end for a in activities if a.end is not None and day_start < a.end <= cutoff]
    if ends:
        start = max(ends)
    elif is_today:
        start = max(day_start, now - minutes)
    else:
        start = day_start + timedelta(hours=8)
    start = start.replace(second=0, microsecond=0)
    following = [a.start for a in activities if a.start > start]
    if following:
        end = min(following)
    elif is_today and now - start >= timedelta(minutes=1):
        end = min(now, start + timedelta(hours=12)).replace(second=0, microsecond=0)
    else:
        end = start + minutes
    return start, end
