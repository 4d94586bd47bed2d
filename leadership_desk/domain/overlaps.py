"""Overlaps between activities, and the changes each choice the user can make implies.

Intervals are half-open, so back-to-back activities never overlap. A running activity
is open-ended: it overlaps anything that starts after it began.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from leadership_desk.domain.activities import Activity


class OverlapChoice(StrEnum):
    """What the user chose to do about an overlap."""

    SHORTEN_OTHERS = "shorten-others"
    SHORTEN_THIS = "shorten-this"
    KEEP_BOTH = "keep-both"


def intervals_overlap(a: Activity, b: Activity) -> bool:
    a_end, b_end = a.end, b.end
    starts_before_b_ends = b_end is None or a.start < b_end
    b_starts_before_a_ends = a_end is None or b.start < a_end
    return starts_before_b_ends and b_starts_before_a_ends


def find_overlaps(candidate: Activity, others: list[Activity]) -> list[Activity]:
    """The activities in `others` (the candidate itself excluded) that overlap it."""
    return sorted(
        (
            other
            for other in others
            if other.id != candidate.id or candidate.id is None
            if intervals_overlap(candidate, other)
        ),
        key=lambda a: a.start,
    )


@dataclass(frozen=True, slots=True)
class Change:
    """One row's before and after; None before = created, None after = deleted."""

    before: Activity | None
    after: Activity | None


def shorten_others(candidate: Activity, conflicts: list[Activity]) -> list[Change]:
    """Trim each conflicting activity out of the candidate's time.

    One that starts before and ends after the candidate is split in two (the tail keeps
    running if it was running); one that lies entirely inside the candidate is removed.
    """
    changes: list[Change] = []
    for other in conflicts:
        keeps_head = other.start < candidate.start
        other_end = other.end
        keeps_tail = candidate.end is not None and (other_end is None or other_end > candidate.end)
        if keeps_head and keeps_tail:
            changes.append(Change(other, other.with_changes(end=candidate.start)))
            tail = other.with_changes(id=None, start=candidate.end, end=other_end)
            changes.append(Change(None, tail))
        elif keeps_head:
            changes.append(Change(other, other.with_changes(end=candidate.start)))
        elif keeps_tail:
            changes.append(Change(other, other.with_changes(start=candidate.end)))
        else:
            changes.append(Change(other, None))
    return changes


def free_pieces(candidate: Activity, conflicts: list[Activity]) -> list[tuple[datetime, datetime]]:
    """The parts of a finished candidate's time that no conflicting activity covers."""
    if candidate.end is None:
        return []
    pieces = [(candidate.start, candidate.end)]
    for other in conflicts:
        next_pieces = []
        for lo, hi in pieces:
            other_end = other.end
            if other.start >= hi or (other_end is not None and other_end <= lo):
                next_pieces.append((lo, hi))
                continue
            if other.start > lo:
                next_pieces.append((lo, other.start))
            if other_end is not None and other_end < hi:
                next_pieces.append((other_end, hi))
        pieces = next_pieces
    return pieces


def shorten_this(candidate: Activity, conflicts: list[Activity]) -> Activity | None:
    """The candidate trimmed to the one free stretch left, or None when that is impossible
    (nothing left, or the others would cut it in two)."""
    pieces = free_pieces(candidate, conflicts)
    if len(pieces) != 1:
        return None
    lo, hi = pieces[0]
    return candidate.with_changes(start=lo, end=hi)


def describe_choice(
    choice: OverlapChoice, candidate: Activity, conflicts: list[Activity]
) -> str | None:
    """Why a choice is impossible, or None when it can be applied."""
    if choice is OverlapChoice.SHORTEN_THIS:
        if candidate.end is None:
            return "A running activity cannot be shortened to fit."
        if shorten_this(candidate, conflicts) is None:
            return "The other activities would cut this one in pieces or cover it entirely."
    return None


def describe_changes(
    changes: list[Change], name_of: Callable[[Activity], str], zone: ZoneInfo
) -> list[str]:
    """Plain sentences saying what a choice would do to the other activities."""

    def span(activity: Activity) -> str:
        start = f"{activity.start.astimezone(zone):%H:%M}"
        end = "now" if activity.end is None else f"{activity.end.astimezone(zone):%H:%M}"
        return f"{start}–{end}"

    lines = []
    for change in changes:
        if change.before is None and change.after is not None:
            lines.append(f"{name_of(change.after)} continues {span(change.after)}")
        elif change.before is not None and change.after is None:
            lines.append(
                f"{name_of(change.before)} {span(change.before)} is removed "
                "(it lies entirely inside the new time)"
            )
        elif change.before is not None and change.after is not None:
            lines.append(
                f"{name_of(change.before)} {span(change.before)} becomes {span(change.after)}"
            )
    return lines
