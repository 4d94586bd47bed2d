"""Small builders shared by the tests."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from leadership_desk.domain.activities import Activity
from leadership_desk.services.container import Services

LA = ZoneInfo("America/Los_Angeles")


def local(text: str, zone: ZoneInfo = LA) -> datetime:
    """'2026-11-17 09:00' as an aware datetime in `zone`."""
    return datetime.fromisoformat(text).replace(tzinfo=zone)


def log(services: Services, slug: str, start: str, end: str | None, title: str = "",
        **options) -> Activity:
    """Adds an activity from local wall times through the service."""
    category = services.categories.by_slug(slug)
    activity = Activity(
        category_id=category.id,
        start=local(start),
        end=None if end is None else local(end),
        zone="America/Los_Angeles",
        title=title,
    )
    return services.activities.add(activity, **options)


def day_pieces(start: datetime, end: datetime, zone: ZoneInfo) -> list[tuple]:
    """(local date, seconds) of [start, end) on each local day, from the production day
    spans and clipping: the Python twin of what SQL sums."""
    from datetime import date

    from leadership_desk.domain.periods import Period, clip_seconds, day_spans, local_date

    if end <= start:
        return []
    period = Period(local_date(start, zone), local_date(end, zone))
    pieces = []
    for label, lo, hi in day_spans(period, zone):
        seconds = clip_seconds(start, end, datetime.fromtimestamp(lo, start.tzinfo),
                               datetime.fromtimestamp(hi, start.tzinfo))
        if seconds > 0:
            pieces.append((date.fromisoformat(label), seconds))
    return pieces
