"""Summaries that travel through a shared folder: the settings, the file's stable name and
the Friday-afternoon rule for sending one on its own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

# the weekly summary leaves once the week's work is mostly done
WEEKLY_DAY = 4  # Friday (Monday is 0)
WEEKLY_TIME = time(15, 0)


@dataclass(frozen=True)
class FolderSettings:
    """Where a principal's summaries go, whether one leaves every Friday on its own, and the
    folder an IAS's copy imports from (None: not set)."""

    send_to: str | None = None
    weekly: bool = False
    watched: str | None = None


def summary_name(school_id: str, first: date, last: date) -> str:
    """The file's name in the send-to folder: one per school and period, so exporting the
    same period again replaces the file, and principals sharing a folder never collide.
    The school id (not its name, which may change) keeps it stable."""
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in school_id)[:64]
    return f"Leadership Desk summary {safe} {first.isoformat()} to {last.isoformat()}.json"


def week_of(day: date) -> date:
    """The Monday of the week `day` falls in."""
    return day - timedelta(days=day.weekday())


def weekly_due(local_now: datetime, sent_for: date | None) -> date | None:
    """The week (its Monday) whose summary is due now, or None.

    Due from Friday 15:00 local time to the end of Sunday, once a week: the app sends it
    the first time it is open in that window. A week in which the app was not opened after
    Friday 15:00 is skipped; the next Friday's summary covers the school year to date, so
    nothing is lost."""
    today = local_now.date()
    monday = week_of(today)
    if sent_for is not None and sent_for >= monday:
        return None
    if today.weekday() < WEEKLY_DAY:
        return None
    if today.weekday() == WEEKLY_DAY and local_now.time() < WEEKLY_TIME:
        return None
    return monday
