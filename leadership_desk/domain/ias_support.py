"""The IAS's support to each school: hours against an even share, visits, support vs need."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

# A school not visited on any of the last 14 days (today included) is listed for a visit.
UNVISITED_DAYS = 14


@dataclass(frozen=True, slots=True)
class SchoolSupport:
    """One school of the network: the IAS's hours to it and its principal's share."""

    school_id: str
    name: str
    month_hours: float
    year_hours: float
    # the instruction-kind hours of the school year: instructional support given
    year_instruction_hours: float
    last_visit: date | None
    # the principal's instruction share from their imported summaries (None: none imported)
    principal_share: float | None = None


def even_share(hours: list[float]) -> float:
    """The hours each school would get if the total were spread evenly (0 with no schools)."""
    return sum(hours) / len(hours) if hours else 0.0


def unvisited(schools: list[SchoolSupport], today: date,
              days: int = UNVISITED_DAYS) -> list[SchoolSupport]:
    """Schools with no visit on any of the last `days` days, longest unvisited (or never
    visited) first."""
    since = today - timedelta(days=days - 1)
    waiting = [s for s in schools if s.last_visit is None or s.last_visit < since]
    return sorted(waiting, key=lambda s: (s.last_visit is not None, s.last_visit or today,
                                          s.name.casefold()))
