"""All-day events of a district calendar (.ics), with their first and last day, so a
principal can mark holidays and breaks as days without school."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from leadership_desk.exchange.calendar import occurrences_between


def all_day_events(data: bytes, first: date, last: date,
                   zone: ZoneInfo) -> list[tuple[date, date, str]]:
    """(first day, last day, title) of every all-day occurrence touching `first`..`last`
    (a five-day break is one event), cancelled ones left out, in date order."""
    _, occurrences = occurrences_between(data, first, last, zone,
                                         source="the district's calendar", outcome="read")
    events = set()
    for item in occurrences:
        if item.name != "VEVENT" or str(item.get("STATUS", "")).upper() == "CANCELLED":
            continue
        start = item["DTSTART"].dt
        if isinstance(start, datetime):
            continue
        end_prop = item.get("DTEND")
        end = end_prop.dt if end_prop is not None and not isinstance(end_prop.dt, datetime) \
            else start + timedelta(days=1)
        final = max(start, end - timedelta(days=1))  # DTEND of an all-day event is exclusive
        title = " ".join(str(item.get("SUMMARY", "")).split())[:80]
        events.add((max(start, first), min(final, last), title))
    return sorted(events)
