"""Feedback follow-through: of the observations and walkthroughs in a period, the share
followed by feedback, coaching or an evaluation conference within 2 school days.

Which categories are observation and which are feedback is part of the category
definitions. No teacher is named: any feedback after an observation follows it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from leadership_desk.domain.periods import Period, local_date
from leadership_desk.domain.school_calendar import SchoolCalendar

WITHIN_SCHOOL_DAYS = 2
OBSERVATION, FEEDBACK = "observation", "feedback"


@dataclass(frozen=True, slots=True)
class FollowThrough:
    """How many observations in a period were followed by feedback in time; `waiting` are
    the recent ones whose 2 school days have not passed yet (left out of the share)."""

    observations: int
    followed: int
    waiting: int = 0

    @property
    def share(self) -> float | None:
        return None if self.observations == 0 else self.followed / self.observations

    def to_json(self) -> dict:
        return {"observations": self.observations, "followed": self.followed,
                "share": None if self.share is None else round(self.share, 4)}


Timed = tuple[datetime, datetime]  # start and end of an activity, UTC


def follow_through(observations: Iterable[Timed], feedback: Iterable[Timed], period: Period,
                   zone: ZoneInfo, calendar: SchoolCalendar, today: date) -> FollowThrough:
    """Observations that started on a day of `period` count; each is followed when a
    feedback activity starts at or after its end and at most 2 school days after its day
    (the same day is 0; Friday to Monday is 1). One that is not followed yet while its
    2 school days are still running (up to `today`) is waiting, not missed."""
    feedback_starts = sorted(start for start, _ in feedback)
    counted = followed = waiting = 0
    for start, end in sorted(observations):
        day = local_date(start, zone)
        if not period.contains(day):
            continue
        # the first feedback after it decides: any later one is no fewer school days away
        after = bisect_left(feedback_starts, end)
        if after < len(feedback_starts) and calendar.school_days_after(
                day, local_date(feedback_starts[after], zone)) <= WITHIN_SCHOOL_DAYS:
            counted += 1
            followed += 1
        elif calendar.school_days_after(day, today) <= WITHIN_SCHOOL_DAYS:
            waiting += 1
        else:
            counted += 1
    return FollowThrough(counted, followed, waiting)


def split_by_role(activities: Iterable[tuple[int, datetime, datetime]],
                  roles: Mapping[int, str]) -> tuple[list[Timed], list[Timed]]:
    """(observations, feedback) from (category id, start, end) rows and the category roles."""
    observations: list[Timed] = []
    feedback: list[Timed] = []
    for category_id, start, end in activities:
        role = roles.get(category_id)
        if role == OBSERVATION:
            observations.append((start, end))
        elif role == FEEDBACK:
            feedback.append((start, end))
    return observations, feedback


def high_leverage_share(by_category: Mapping[int, int], instruction: set[int],
                        high_leverage: set[int]) -> float | None:
    """High-leverage time as a share of all instruction time; None without instruction."""
    total = sum(s for cid, s in by_category.items() if cid in instruction)
    if total <= 0:
        return None
    return sum(s for cid, s in by_category.items()
               if cid in instruction and cid in high_leverage) / total
