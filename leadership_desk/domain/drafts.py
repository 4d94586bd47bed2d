"""Drafts: calendar events waiting for the principal to accept, change or reject them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

PENDING, ACCEPTED, REJECTED = "pending", "accepted", "rejected"


@dataclass(frozen=True, slots=True)
class Draft:
    """One calendar occurrence; timed (start, end) or all-day (listed, never time)."""

    uid: str
    occurrence: str
    title: str
    start: datetime | None
    end: datetime | None
    all_day: date | None = None
    free: bool = False
    suggested_category_id: int | None = None
    reason: str = ""
    status: str = PENDING
    activity_id: int | None = None
    source: str = ""  # the calendar it came from
    id: int | None = None

    @property
    def timed(self) -> bool:
        return self.start is not None and self.end is not None and self.end > self.start

    def with_changes(self, **changes: object) -> Draft:
        return replace(self, **changes)
