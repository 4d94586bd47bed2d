"""The balance: instruction share against the goal, and what it would take to meet it.

instruction share = instruction / (instruction + management); "other" stays out.
With no instruction or management time there is no share (None), never 0%.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from leadership_desk.domain.categories import Kind
from leadership_desk.domain.periods import Period
from leadership_desk.errors import ValidationError

DEFAULT_GOAL = 0.75


def check_goal(goal: float) -> float:
    if not (0 < goal < 1) or math.isnan(goal):
        raise ValidationError(
            f"A goal share must be between 1% and 99% (got {goal * 100:g}%)."
        )
    return goal


def instruction_share(instruction: float, management: float) -> float | None:
    """instruction / (instruction + management), or None when both are zero."""
    total = instruction + management
    if total <= 0:
        return None
    return instruction / total


def instruction_needed(instruction: float, management: float, goal: float) -> float:
    """How much more instruction (same unit) would bring the share up to `goal`; 0 if met.

    Solves (I + x) / (I + x + M) = goal for x, with management held where it is.
    """
    check_goal(goal)
    needed = goal * management / (1 - goal) - instruction
    return max(0.0, needed)


def format_duration(seconds: float) -> str:
    """'2 h 10 min', '45 min', '0 min'; from 10 hours on, whole hours ('681 h')."""
    minutes = round(seconds / 60)
    if minutes >= 600:
        return f"{round(minutes / 60)} h"
    hours, minutes = divmod(minutes, 60)
    if hours and minutes:
        return f"{hours} h {minutes} min"
    if hours:
        return f"{hours} h"
    return f"{minutes} min"


def format_share(share: float | None) -> str:
    return "no data" if share is None else f"{share * 100:.0f}%"


def format_points(change: float | None) -> str:
    """A change of share in words: '+3 points', '−1 point', 'no change' (never '+0 points')."""
    if change is None:
        return ""
    points = round(change * 100)
    if points == 0:
        return "no change"
    sign = "+" if points > 0 else "−"
    return f"{sign}{abs(points)} {plural(abs(points), 'point')}"


def plural(count: int, singular: str, many: str | None = None) -> str:
    """'point' or 'points' for `count`; `many` when the plural is not just an added 's'."""
    return singular if count == 1 else (many or singular + "s")


def count_of(count: int, singular: str, many: str | None = None) -> str:
    """'1 activity', '3 activities', '0 drafts'."""
    return f"{count} {plural(count, singular, many)}"


@dataclass(frozen=True, slots=True)
class Balance:
    """Seconds by kind and by category over one period, with the goal in force."""

    period: Period
    goal: float
    seconds: Mapping[Kind, int]
    by_category: Mapping[int, int] = field(default_factory=dict)
    by_day: Mapping[date, Mapping[Kind, int]] = field(default_factory=dict)

    def of(self, kind: Kind) -> int:
        return self.seconds.get(kind, 0)

    @property
    def share(self) -> float | None:
        return instruction_share(self.of(Kind.INSTRUCTION), self.of(Kind.MANAGEMENT))

    @property
    def total_seconds(self) -> int:
        return sum(self.seconds.values())

    @property
    def days_logged(self) -> int:
        return sum(1 for kinds in self.by_day.values() if sum(kinds.values()) > 0)

    @property
    def seconds_to_goal(self) -> float:
        return instruction_needed(self.of(Kind.INSTRUCTION), self.of(Kind.MANAGEMENT), self.goal)

    @property
    def meets_goal(self) -> bool:
        share = self.share
        return share is not None and share >= self.goal - 1e-9

    def gap_text(self, period_words: str, words: str = "instruction") -> str:
        """A sentence like '2 h 10 min more instruction this week meets 75%' (an IAS's
        `words` are 'instructional support')."""
        goal = f"{self.goal * 100:.0f}%"
        if self.share is None:
            return f"No {words} or management time logged {period_words} yet."
        if self.meets_goal:
            return f"At or above the {goal} goal {period_words}."
        needed = self.seconds_to_goal
        return f"{format_duration(max(needed, 60))} more {words} {period_words} meets {goal}."


def balance_from_days(
    by_day: Mapping[date, Mapping[int, int]],
    kind_of: Mapping[int, Kind],
    period: Period,
    goal: float,
) -> Balance:
    """The balance of `period` from seconds per local day and category (summed by SQL).

    Days outside the period are left out. Each category counts as the kind it has now, so
    re-mapping a category's kind changes every report consistently.
    """
    seconds = dict.fromkeys(Kind, 0)
    by_category: dict[int, int] = {}
    per_day: dict[date, dict[Kind, int]] = {}
    for day, categories in sorted(by_day.items()):
        if not period.contains(day):
            continue
        kinds = per_day.setdefault(day, dict.fromkeys(Kind, 0))
        for category_id, value in categories.items():
            kind = kind_of[category_id]
            seconds[kind] += value
            kinds[kind] += value
            by_category[category_id] = by_category.get(category_id, 0) + value
    return Balance(period=period, goal=goal, seconds=seconds, by_category=by_category,
                   by_day=per_day)
