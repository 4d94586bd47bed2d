"""Backups as the principal sees them, and which to keep: all of the last two days, and
the newest of each of the last 7 days and of the last 4 weeks."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file: when it was taken, why, and what it holds."""

    path: Path
    taken_at: datetime
    reason: str
    activities: int | None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


KEEP_DAILY = 7
KEEP_WEEKLY = 4
# Everything this recent is kept, so a backup just taken (before a restore, an update or
# an import) is never the one removed to make room.
KEEP_ALL_WITHIN = timedelta(days=2)


def backups_to_keep(
    backups: Iterable[tuple[datetime, Hashable]],
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
) -> set[Hashable]:
    """The keys of the backups to keep, given (taken at, key) pairs.

    Every backup within two days of the newest is kept; then, for each of the `daily` most
    recent days that have a backup, the newest backup of that day, and likewise for the
    `weekly` most recent ISO weeks.
    """
    newest_first = sorted(backups, key=lambda item: item[0], reverse=True)
    keep: set[Hashable] = set()
    if newest_first:
        recent = newest_first[0][0] - KEEP_ALL_WITHIN
        keep.update(key for taken_at, key in newest_first if taken_at >= recent)
    days: list = []
    weeks: list = []
    for taken_at, key in newest_first:
        day = taken_at.date()
        week = taken_at.isocalendar()[:2]
        if day not in days and len(days) < daily:
            days.append(day)
            keep.add(key)
        if week not in weeks and len(weeks) < weekly:
            weeks.append(week)
            keep.add(key)
    return keep
