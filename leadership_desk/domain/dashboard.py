"""The dashboard's arithmetic: weekly trend, breakdown by category, heatmap, completeness.

Inputs are seconds already summed by SQL per (day, category) and per (weekday, hour,
category); this module only groups and divides them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from leadership_desk.domain.balance import instruction_share
from leadership_desk.domain.categories import Category, Kind
from leadership_desk.domain.goals import GoalPlan
from leadership_desk.domain.periods import Period, week_of
from leadership_desk.domain.school_calendar import SchoolCalendar

# Weekday names for labels, Monday first (as date.weekday() counts).
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
TOP_DRAINS = 3
ROLLING_WEEKS = 4

@dataclass(frozen=True, slots=True)
class WeekPoint:
    """One week of the trend: seconds by kind within the period, and its share."""

    week_start: date
    seconds: Mapping[Kind, int]
    target: float

    @property
    def share(self) -> float | None:
        return instruction_share(self.seconds.get(Kind.INSTRUCTION, 0),
                                 self.seconds.get(Kind.MANAGEMENT, 0))


def weekly_points(
    by_day: Mapping[date, Mapping[int, int]],
    kind_of: Mapping[int, Kind],
    period: Period,
    plan: GoalPlan,
) -> list[WeekPoint]:
    """A point for every week the period touches, empty weeks included (share None)."""
    weeks: dict[date, dict[Kind, int]] = {}
    monday = week_of(period.first).first
    while monday <= period.last:
        weeks[monday] = {kind: 0 for kind in Kind}
        monday += timedelta(days=7)
    for day, categories in by_day.items():
        if not period.contains(day):
            continue
        week = weeks[week_of(day).first]
        for category_id, seconds in categories.items():
            week[kind_of[category_id]] += seconds
    return [
        WeekPoint(start, seconds, plan.target_on(max(start, period.first)))
        for start, seconds in weeks.items()
    ]


def rolling_shares(points: list[WeekPoint], window: int = ROLLING_WEEKS) -> list[float | None]:
    """The share over each week and the `window - 1` before it (weeks without data add
    nothing); None where the whole window has no data."""
    result = []
    for index in range(len(points)):
        chunk = points[max(0, index - window + 1): index + 1]
        instruction = sum(p.seconds.get(Kind.INSTRUCTION, 0) for p in chunk)
        management = sum(p.seconds.get(Kind.MANAGEMENT, 0) for p in chunk)
        result.append(instruction_share(instruction, management))
    return result


@dataclass(frozen=True, slots=True)
class CategoryRow:
    """One category's time in the period, as a share of its kind."""

    category: Category
    seconds: int
    share_of_kind: float
    top_drain: bool = False


def breakdown(
    by_category: Mapping[int, int], categories: Mapping[int, Category]
) -> dict[Kind, list[CategoryRow]]:
    """Categories with time, grouped by kind, largest first; top management drains marked."""
    totals = {kind: 0 for kind in Kind}
    for category_id, seconds in by_category.items():
        totals[categories[category_id].kind] += seconds
    grouped: dict[Kind, list[CategoryRow]] = {kind: [] for kind in Kind}
    for category_id, seconds in by_category.items():
        if seconds <= 0:
            continue
        category = categories[category_id]
        grouped[category.kind].append(
            CategoryRow(category, seconds, seconds / totals[category.kind]))
    for kind in Kind:
        grouped[kind].sort(key=lambda row: (-row.seconds, row.category.position))
    drains = grouped[Kind.MANAGEMENT]
    grouped[Kind.MANAGEMENT] = [
        CategoryRow(row.category, row.seconds, row.share_of_kind, index < TOP_DRAINS)
        for index, row in enumerate(drains)
    ]
    return grouped


def heatmap(
    by_label: Mapping[str, Mapping[int, int]], kind_of: Mapping[int, Kind], kind: Kind
) -> list[list[float]]:
    """7 x 24 minutes of `kind`, rows Monday..Sunday, columns hour 0..23."""
    grid = [[0.0] * 24 for _ in range(7)]
    for label, categories in by_label.items():
        weekday, hour = (int(part) for part in label.split("-"))
        grid[weekday][hour] += sum(
            seconds for category_id, seconds in categories.items()
            if kind_of[category_id] is kind) / 60
    return grid


def days_without_logging(period: Period, logged: set[date], today: date,
                         calendar: SchoolCalendar | None = None) -> list[date]:
    """School days of the period (weekdays not marked as no school), up to today, with
    nothing logged."""
    calendar = calendar or SchoolCalendar()
    return [day for day in calendar.school_days(period, today) if day not in logged]
