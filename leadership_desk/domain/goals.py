"""The goal over the school year: flat, or stepped month by month toward it.

Stepped goals are the practice of the SAM process: a principal starts the year at a
reachable share (say 35%) and the target rises each month until it meets the goal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from leadership_desk.domain.balance import check_goal
from leadership_desk.domain.periods import MonthDay, school_year_of
from leadership_desk.errors import ValidationError


@dataclass(frozen=True, slots=True)
class GoalPlan:
    """The district goal, and optionally the share the stepped targets start from."""

    goal: float
    year_start: MonthDay
    stepped_start: float | None = None
    step_months: int = 5

    def __post_init__(self) -> None:
        check_goal(self.goal)
        if self.stepped_start is not None:
            check_goal(self.stepped_start)
            if self.stepped_start > self.goal:
                raise ValidationError("The first stepped target must be below the goal.")
        if not 2 <= self.step_months <= 12:
            raise ValidationError("Stepped targets reach the goal in 2 to 12 months.")

    @property
    def stepped(self) -> bool:
        return self.stepped_start is not None

    def target_on(self, day: date) -> float:
        """The target share in force on `day`."""
        if self.stepped_start is None:
            return self.goal
        first = school_year_of(day, self.year_start).first
        month_index = (day.year - first.year) * 12 + day.month - first.month
        step = (self.goal - self.stepped_start) / (self.step_months - 1)
        return min(self.goal, self.stepped_start + step * month_index)

    def monthly_targets(self, day: date) -> list[tuple[date, float]]:
        """(first of month, target) for each month of the school year holding `day`."""
        year = school_year_of(day, self.year_start)
        months = []
        current = year.first.replace(day=1)
        while current <= year.last:
            months.append((max(current, year.first), self.target_on(max(current, year.first))))
            current = (current.replace(day=28) + timedelta(days=4)).replace(day=1)
        return months

