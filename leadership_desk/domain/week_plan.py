"""The week ahead and planned vs actual: instruction planned (protected blocks and
instructional calendar drafts) against what the goal needs, and against what was logged.

Planned time is the union of the planned items' intervals, so a draft lying inside a block
is not counted twice. Nothing here is ever counted as logged time.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from leadership_desk.domain.balance import check_goal, format_duration
from leadership_desk.domain.blocks import Interval, PlannedItem, is_kept, union
from leadership_desk.domain.periods import Period

USUAL_WEEKS = 4  # the usual management load: the median of the last 4 logged weeks


def planned_seconds(items: Iterable[PlannedItem]) -> int:
    """Seconds of planned time, overlapping items counted once."""
    return sum(int((b - a).total_seconds()) for a, b in union((i.start, i.end) for i in items))


def usual_management(weekly_management: Sequence[int]) -> int | None:
    """The median management seconds of the last 4 weeks that had any logged time
    (`weekly_management` in time order, logged weeks only); None with none."""
    recent = list(weekly_management)[-USUAL_WEEKS:]
    return round(statistics.median(recent)) if recent else None


def instruction_needed_for(management: float, goal: float) -> float:
    """Instruction that makes `goal` at this much management: M * goal / (1 - goal)."""
    check_goal(goal)
    return management * goal / (1 - goal)


@dataclass(frozen=True, slots=True)
class WeekAhead:
    """The coming week's plan against the goal."""

    week: Period
    items: list[PlannedItem]
    planned: int  # seconds of instruction planned
    usual_management: int | None  # seconds; None before any week is logged
    goal: float
    school_days: list[date]

    @property
    def needed(self) -> float | None:
        """Seconds of instruction the goal needs at the usual management load."""
        if self.usual_management is None:
            return None
        return instruction_needed_for(self.usual_management, self.goal)

    @property
    def short(self) -> float | None:
        """Seconds still to plan to reach what the goal needs (0 when planned enough)."""
        needed = self.needed
        return None if needed is None else max(0.0, needed - self.planned)

    def sentence(self) -> str:
        """'Planned: 9 h of instruction. At your usual 14 h of management, 75% needs 42 h.'"""
        text = f"Planned: {format_duration(self.planned)} of instruction."
        goal = f"{self.goal * 100:.0f}%"
        if self.usual_management is None:
            return text + f" Log a few weeks to see what {goal} needs."
        if self.usual_management == 0:
            return text + f" Your usual weeks have no management time, so any instruction " \
                f"meets {goal}."
        return (text + f" At your usual {format_duration(self.usual_management)} of "
                f"management, {goal} needs {format_duration(self.needed or 0)}.")


@dataclass(frozen=True, slots=True)
class WeekPlanned:
    """One past week: instruction planned and logged, and protected blocks kept."""

    week_start: date
    planned: int  # seconds of instruction planned
    logged: int  # seconds of instruction logged
    blocks: int
    blocks_kept: int

    def to_json(self) -> dict:
        return {"instruction_minutes": round(self.planned / 60, 2), "blocks": self.blocks,
                "blocks_kept": self.blocks_kept}


def planned_vs_actual(week_start: date, items: Sequence[PlannedItem],
                      instruction: Sequence[Interval], logged: int) -> WeekPlanned:
    """The week's planned instruction, the instruction `logged` in it (seconds) and how many
    of its block occurrences were kept; `instruction` is the logged instruction time as
    intervals."""
    merged = union(instruction)
    blocks = [item for item in items if item.is_block]
    return WeekPlanned(week_start, planned_seconds(items), logged, len(blocks),
                       sum(1 for item in blocks if is_kept(item, merged)))


def total_planned(weeks: Sequence[WeekPlanned]) -> dict:
    """The `planned` member of a report: all the weeks' figures summed."""
    return {"instruction_minutes": round(sum(w.planned for w in weeks) / 60, 2),
            "blocks": sum(w.blocks for w in weeks),
            "blocks_kept": sum(w.blocks_kept for w in weeks)}

