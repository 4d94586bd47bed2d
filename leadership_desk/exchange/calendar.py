"""Reading an exported calendar (.ics from Outlook, Google or Apple) into plain events.

icalendar parses the file and recurring-ical-events expands the series (RRULE, RDATE,
EXDATE, moved and cancelled occurrences); time zones come from the file's VTIMEZONE blocks,
IANA names or the Windows names Outlook writes. Nothing of RFC 5545 is parsed here by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from leadership_desk.errors import LeadershipDeskError

MAX_BYTES = 50_000_000


class CalendarError(LeadershipDeskError):
    """The file is not a calendar that can be read."""


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One occurrence of an event: timed (UTC instants) or all-day (local dates)."""

    uid: str
    occurrence: str  # which occurrence of a series: its original start, "" for single events
    title: str
    start: datetime | None
    end: datetime | None
    all_day: date | None
    cancelled: bool
    free: bool

    @property
    def key(self) -> tuple[str, str]:
        return self.uid, self.occurrence


def _instant(value, zone: ZoneInfo) -> datetime:
    if isinstance(value, datetime):
        if value.tzinfo is None:  # "floating" time: the principal's own zone
            value = value.replace(tzinfo=zone)
        return value.astimezone(UTC).replace(microsecond=0)
    return datetime.combine(value, time(0), tzinfo=zone).astimezone(UTC)


def calendar_name(data: bytes) -> str:
    """Which calendar a file is (its name, else the program that wrote it), so that a
    re-import only removes drafts that came from the same calendar."""
    import icalendar

    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception:  # read_events reports an unreadable file; a name is not worth failing for
        return ""
    return str(calendar.get("X-WR-CALNAME") or calendar.get("PRODID") or "")


def occurrences_between(data: bytes, first: date, last: date, zone: ZoneInfo, *,
                        source: str, outcome: str) -> tuple[Any, list]:
    """The parsed calendar and every occurrence (recurrences expanded) touching local days
    `first`..`last`; CalendarError, in words naming `source` and what was not `outcome`,
    for a file that is too large, not a calendar, or damaged."""
    import icalendar
    import recurring_ical_events

    if len(data) > MAX_BYTES:
        raise CalendarError("This file is far too large to be a calendar export.")
    if b"BEGIN:VCALENDAR" not in data[:4096].upper():
        raise CalendarError(f"This is not a calendar file (.ics); export {source} and try "
                            f"again.")
    try:
        calendar = icalendar.Calendar.from_ical(data)
        lo = datetime.combine(first, time(0), tzinfo=zone)
        hi = datetime.combine(last + timedelta(days=1), time(0), tzinfo=zone)
        return calendar, list(recurring_ical_events.of(calendar, skip_bad_series=True)
                              .between(lo, hi))
    except Exception as exc:  # the libraries raise many kinds; all mean "cannot be read"
        raise CalendarError(f"This calendar file is damaged or incomplete, so nothing was "
                            f"{outcome}. Export the calendar again and try once more.") from exc


def read_events(data: bytes, first: date, last: date, zone: ZoneInfo) -> list[CalendarEvent]:
    """Every occurrence that touches local days `first`..`last`, in start order."""
    calendar, occurrences = occurrences_between(
        data, first, last, zone, source="the calendar from Outlook, Google Calendar or Apple "
        "Calendar", outcome="imported")
    # Only a series has occurrences to tell apart; a single event keeps its key when moved.
    series = {str(c.get("UID", "")) for c in calendar.walk("VEVENT")
              if "RRULE" in c or "RDATE" in c or "RECURRENCE-ID" in c}
    events = []
    for item in occurrences:
        if item.name != "VEVENT":
            continue
        uid = str(item.get("UID", "")) or f"no-uid:{item.get('SUMMARY', '')}"
        recurrence = item.get("RECURRENCE-ID")
        occurrence = ("" if recurrence is None or uid not in series
                      else _instant(recurrence.dt, zone).isoformat())
        title = " ".join(str(item.get("SUMMARY", "")).split())
        status = str(item.get("STATUS", "")).upper()
        busy = str(item.get("X-MICROSOFT-CDO-BUSYSTATUS", "")).upper()
        free = str(item.get("TRANSP", "")).upper() == "TRANSPARENT" or busy == "FREE"
        start_value = item["DTSTART"].dt
        end_prop = item.get("DTEND")
        if isinstance(start_value, datetime):
            start = _instant(start_value, zone)
            if end_prop is not None:
                end = _instant(end_prop.dt, zone)
            elif item.get("DURATION") is not None:
                end = start + item["DURATION"].dt
            else:
                end = start
            events.append(CalendarEvent(uid, occurrence, title, start, end, None,
                                        status == "CANCELLED", free))
        else:
            events.append(CalendarEvent(uid, occurrence, title, None, None, start_value,
                                        status == "CANCELLED", free))
    return sorted(events, key=lambda e: (e.start or _instant(e.all_day, zone), e.uid))
