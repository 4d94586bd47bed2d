"""The edit journal: each user change to activities, kept for undo and redo across restarts."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from leadership_desk.store.sqlite import Database

# Undo history kept; older entries are dropped when a new change is recorded.
JOURNAL_LIMIT = 500


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One recorded change: a label for the menu and the rows before and after."""

    id: int
    label: str
    changes: list[dict[str, Any]]
    undone: bool


class JournalRepository:
    """The journal table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, label: str, changes: list[dict[str, Any]]) -> None:
        """Appends an entry; whatever had been undone can no longer be redone."""
        self._db.execute("DELETE FROM journal WHERE undone = 1")
        self._db.execute(
            "INSERT INTO journal (created_utc, label, changes) VALUES (?, ?, ?)",
            [int(time.time()), label, json.dumps(changes)],
        )
        self._db.execute(
            "DELETE FROM journal WHERE id <= (SELECT MAX(id) FROM journal) - ?", [JOURNAL_LIMIT]
        )

    def last_done(self) -> JournalEntry | None:
        return self._one("SELECT * FROM journal WHERE undone = 0 ORDER BY id DESC LIMIT 1")

    def first_undone(self) -> JournalEntry | None:
        return self._one("SELECT * FROM journal WHERE undone = 1 ORDER BY id ASC LIMIT 1")

    def mark(self, entry_id: int, undone: bool) -> None:
        self._db.execute("UPDATE journal SET undone = ? WHERE id = ?", [int(undone), entry_id])

    def _one(self, sql: str) -> JournalEntry | None:
        cursor = self._db.execute(sql)
        row = cursor.fetchone()
        if row is None:
            return None
        data = dict(zip([d[0] for d in cursor.description], row, strict=True))
        return JournalEntry(
            id=data["id"],
            label=data["label"],
            changes=json.loads(data["changes"]),
            undone=bool(data["undone"]),
        )
