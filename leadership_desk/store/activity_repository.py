"""Reads and writes activities."""

from __future__ import annotations

import time
from datetime import datetime

from leadership_desk.domain.activities import Activity
from leadership_desk.store.rows import activity_from_row, activity_to_row, from_epoch, to_epoch
from leadership_desk.store.sqlite import Database

_COLUMNS = "id, category_id, start_utc, end_utc, zone, title, note, school_id"


class ActivityRepository:
    """The activities table; instants in and out as aware UTC datetimes."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _select(self, where: str, params: list) -> list[Activity]:
        cursor = self._db.execute(
            f"SELECT {_COLUMNS} FROM activities WHERE {where} ORDER BY start_utc, id", params
        )
        names = [d[0] for d in cursor.description]
        return [activity_from_row(dict(zip(names, row, strict=True))) for row in cursor]

    def get(self, activity_id: int) -> Activity | None:
        found = self._select("id = ?", [activity_id])
        return found[0] if found else None

    def running(self) -> Activity | None:
        found = self._select("end_utc IS NULL", [])
        return found[0] if found else None

    def between(self, lo: datetime, hi: datetime | None) -> list[Activity]:
        """Activities that overlap [lo, hi); hi None means open-ended."""
        if hi is None:
            return self._select("end_utc IS NULL OR end_utc > ?", [to_epoch(lo)])
        return self._select(
            "start_utc < ? AND (end_utc IS NULL OR end_utc > ?)", [to_epoch(hi), to_epoch(lo)]
        )

    def span(self) -> tuple[datetime, datetime] | None:
        row = self._db.execute(
            "SELECT MIN(start_utc), MAX(COALESCE(end_utc - 1, start_utc)) FROM activities"
        ).fetchone()
        if row[0] is None:
            return None
        return from_epoch(row[0]), from_epoch(row[1])

    def count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM activities").fetchone()[0]

    def insert(self, activity: Activity) -> Activity:
        row = activity_to_row(activity)
        row["updated_utc"] = int(time.time())
        cursor = self._db.execute(
            f"INSERT INTO activities ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        return activity.with_changes(id=cursor.lastrowid)

    def put(self, activity: Activity) -> None:
        """Writes the activity under its own id, updating the row or re-creating it."""
        if activity.id is None:
            raise ValueError("put needs an activity with an id")
        row = activity_to_row(activity)
        row["updated_utc"] = int(time.time())
        if self.get(activity.id) is None:
            self._db.execute(
                f"INSERT INTO activities ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
        else:
            row.pop("id")
            assignments = ", ".join(f"{name} = ?" for name in row)
            self._db.execute(
                f"UPDATE activities SET {assignments} WHERE id = ?",
                [*row.values(), activity.id],
            )

    def delete(self, activity_id: int) -> None:
        self._db.execute("DELETE FROM activities WHERE id = ?", [activity_id])

    def uses_category(self, category_id: int) -> int:
        return self._db.execute(
            "SELECT COUNT(*) FROM activities WHERE category_id = ?", [category_id]
        ).fetchone()[0]

    def title_history(self, limit: int = 5000) -> list[tuple[str, int, int]]:
        """(title, category id, latest start) for each title and category used, newest first."""
        cursor = self._db.execute(
            "SELECT title, category_id, MAX(start_utc) FROM activities WHERE title != '' "
            "GROUP BY title, category_id ORDER BY MAX(start_utc) DESC LIMIT ?", [limit])
        return [(row[0], row[1], row[2]) for row in cursor]

    def recent_titles(self, limit: int = 200) -> list[str]:
        cursor = self._db.execute(
            "SELECT title FROM activities WHERE title != '' GROUP BY title "
            "ORDER BY MAX(start_utc) DESC LIMIT ?",
            [limit],
        )
        return [row[0] for row in cursor]
