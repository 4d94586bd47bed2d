"""Totals computed by SQLite: seconds per (span, category) for a list of time spans.

The spans (local days or hours, as UTC epoch bounds) come from the domain, which knows
the time zone; SQLite clips every activity to every span it touches and sums. Only time
that has happened counts: a running activity counts up to `now`, and an activity planned
after `now` (a calendar draft accepted for tomorrow) counts once its time has come.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from zoneinfo import ZoneInfo

from leadership_desk.domain.periods import Period, day_spans
from leadership_desk.store.sqlite import Database

_SUMS = """
WITH spans(label, lo, hi) AS (
    SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]')
    FROM json_each(:spans)
)
SELECT spans.label, a.category_id,
       SUM(MIN(COALESCE(a.end_utc, :now), spans.hi) - MAX(a.start_utc, spans.lo)) AS seconds
FROM spans
JOIN activities AS a
  ON a.start_utc < spans.hi
 AND a.start_utc >= spans.lo - :longest
 AND COALESCE(a.end_utc, :now) > spans.lo
GROUP BY spans.label, a.category_id
"""


def longest_activity(db: Database, now: int) -> int:
    """Seconds of the longest activity; bounds the index range each span has to scan."""
    row = db.execute(
        "SELECT MAX(COALESCE(end_utc, ?) - start_utc) FROM activities", [now]
    ).fetchone()
    return max(0, row[0] or 0)


def seconds_by_span(
    db: Database, spans: list[tuple[str, int, int]], now: int
) -> dict[str, dict[int, int]]:
    """{span label: {category id: seconds}} for the spans with any time in them."""
    spans = [(label, lo, min(hi, now)) for label, lo, hi in spans if lo < now]
    if not spans:
        return {}
    result: dict[str, dict[int, int]] = defaultdict(dict)
    params = {"spans": json.dumps(spans), "now": now, "longest": longest_activity(db, now)}
    for label, category_id, seconds in db.execute(_SUMS, params):
        if seconds and seconds > 0:
            result[label][category_id] = result[label].get(category_id, 0) + seconds
    return dict(result)


def seconds_by_day(
    db: Database, period: Period, zone: ZoneInfo, now: int
) -> dict[date, dict[int, int]]:
    """{local day: {category id: seconds}} for the days of `period` with time logged."""
    sums = seconds_by_span(db, day_spans(period, zone), now)
    return {date.fromisoformat(label): categories for label, categories in sums.items()}
