"""All-day events of a district calendar (.ics), with their first and last day, so a
principal can mark holidays and breaks as days without school."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from leadership_desk.exchange.calendar import MAX_BYTES, CalendarError


def all_day_events(data: bytes, first: date, last: date,
                   zone: ZoneInfo) -> list[tuple[date, date, str]]:
    """(first day, last day, title) of every all-day occurrence touching `first`..`last`
    (a five-day break is one event), cancelled ones left out, in date order."""
    import icalendar
    import recurring_ical_events

    if len(data) > MAX_BYTES:
        raise CalendarError("This file is far too large to be a calendar export.")
    if b"BEGIN:VCALENDAR" not in data[:4096].upper():
        raise CalendarError("This is not a calendar file (.ics); export the district's "
                            "calendar and try again.")
    try:
        calendar = icalendar.Calendar.from_ical(data)
        lo = datetime.combine(first, time(0), tzinfo=zone)
        hi = datetime.combine(last + timedelta(days=1), time(0), tzinfo=zone)
        occurrences = list(recurring_ical_events.of(calendar, skip_bad_series=True)
                           .between(lo, hi))
    except Exception as exc:  # the libraries raise many kinds; all mean "cannot be read"
        raise CalendarError("This calendar file is damaged or incomplete, so nothing was "
                            "read. Export the calendar again and try once more.") from exc
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
