"""Reviewing a day: logged activities, calendar drafts and untracked time in one timeline,
with how much of the day is accounted for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.drafts import PENDING, Draft
from leadership_desk.domain.timeline import MIN_GAP

ACTIVITY, DRAFT, GAP = "activity", "draft", "gap"


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One line of the review: an activity, a pending draft, or untracked time."""

    kind: str
    start: datetime
    end: datetime
    activity: Activity | None = None
    draft: Draft | None = None


@dataclass(frozen=True, slots=True)
class DayReview:
    """The day's items in time order and how much of its span is logged."""

    items: list[ReviewItem]
    accounted_seconds: int
    span_seconds: int

    @property
    def untracked_seconds(self) -> int:
        return self.span_seconds - self.accounted_seconds


def review_day(activities: list[Activity], drafts: list[Draft], now: datetime,
               day_start: datetime, day_end: datetime) -> DayReview:
    """The review of one local day [day_start, day_end) at instant `now`.

    The day's span runs from the first activity or draft to the last one's end, or to
    now on today (a running activity ends now); what no activity covers inside it is not
    accounted for (drafts do not count until accepted).
    """
    def clip(start: datetime, end: datetime) -> tuple[datetime, datetime]:
        return max(start, day_start), min(end, day_end)

    timed = [d for d in drafts if d.timed and d.status == PENDING]
    pieces = [clip(a.start, a.end_or(now)) for a in activities]
    bounds = pieces + [clip(d.start, d.end) for d in timed]
    bounds = [(lo, hi) for lo, hi in bounds if hi > lo]
    if not bounds:
        return DayReview([], 0, 0)
    first = min(lo for lo, _ in bounds)
    last = max(hi for _, hi in bounds)
    if day_start <= now < day_end:
        last = max(last, now)  # on today, the time up to now is part of the day
    items = [ReviewItem(ACTIVITY, lo, hi, activity=a)
             for a, (lo, hi) in zip(activities, pieces, strict=True) if hi > lo]
    items += [ReviewItem(DRAFT, *clip(d.start, d.end), draft=d) for d in timed]
    covered = merge_spans([(lo, hi) for lo, hi in pieces if hi > lo])
    accounted = sum((hi - lo for lo, hi in covered), timedelta())
    # untracked time is listed where neither an activity nor a draft stands: the time
    # under a draft is listed once, as the draft
    cursor = first
    for lo, hi in [*merge_spans(bounds), (last, last)]:
        if lo - cursor >= MIN_GAP:
            items.append(ReviewItem(GAP, cursor, lo))
        cursor = max(cursor, hi)
    order = {ACTIVITY: 0, DRAFT: 1, GAP: 2}
    items.sort(key=lambda i: (i.start, order[i.kind], i.end))
    return DayReview(items, int(accounted.total_seconds()), int((last - first).total_seconds()))


def merge_spans(spans: list[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    """Overlapping or touching spans joined, in time order."""
    merged: list[tuple[datetime, datetime]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def logged_seconds(activities: list[Activity], lo: datetime, hi: datetime,
                   now: datetime) -> int:
    """Seconds of [lo, hi) covered by at least one activity (a running one up to now)."""
    spans = [(max(a.start, lo), min(a.end_or(now), hi)) for a in activities]
    covered = merge_spans([(a, b) for a, b in spans if b > a])
    return int(sum((b - a for a, b in covered), timedelta()).total_seconds())
