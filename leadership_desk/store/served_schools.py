"""The schools an IAS's activities name, and the time logged for each school."""

from __future__ import annotations

from leadership_desk.store.sqlite import Database

# Seconds per (school id or None, category) of [lo, hi), clipped; running activities count
# up to now, like every other total.
_BY_SCHOOL = """
SELECT school_id, category_id,
       SUM(MIN(COALESCE(end_utc, :now), :hi) - MAX(start_utc, :lo)) AS seconds
FROM activities
WHERE start_utc < :hi AND COALESCE(end_utc, :now) > :lo
GROUP BY school_id, category_id
"""

_LAST_VISIT = """
SELECT school_id, MAX(start_utc) FROM activities
WHERE school_id IS NOT NULL AND start_utc < :now
GROUP BY school_id
"""


class ServedSchoolRepository:
    """Table served_schools (names typed with an id) and the activities' school column."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def names(self) -> dict[str, str]:
        """{school id: name} of every school known here: typed ones, then imported ones
        (an imported summary's name wins: it is the principal's own)."""
        names = dict(self._db.execute("SELECT school_id, name FROM served_schools"))
        names.update(self._db.execute("SELECT school_id, school FROM schools"))
        return names

    def put(self, school_id: str, name: str) -> None:
        self._db.execute(
            "INSERT INTO served_schools (school_id, name) VALUES (?, ?) "
            "ON CONFLICT(school_id) DO UPDATE SET name = excluded.name",
            [school_id, name],
        )

    def seconds_by_school(self, lo: int, hi: int, now: int) -> dict[str | None, dict[int, int]]:
        """{school id or None: {category id: seconds}} logged in [lo, hi) up to `now`."""
        hi = min(hi, now)
        result: dict[str | None, dict[int, int]] = {}
        if hi <= lo:
            return result
        for school_id, category_id, seconds in self._db.execute(
                _BY_SCHOOL, {"lo": lo, "hi": hi, "now": now}):
            if seconds and seconds > 0:
                result.setdefault(school_id, {})[category_id] = seconds
        return result

    def last_visits(self, now: int) -> dict[str, int]:
        """{school id: start of the latest activity for it} (epoch seconds), up to now."""
        return dict(self._db.execute(_LAST_VISIT, {"now": now}))
