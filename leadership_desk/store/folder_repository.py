"""The files an IAS's watched folder held when it was last read, so only new or changed
ones are imported again."""

from __future__ import annotations

import time

from leadership_desk.store.sqlite import Database


class FolderFileRepository:
    """Table folder_files: one row per file seen, by its path."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def seen(self, path: str) -> tuple[int, int] | None:
        """(size, modified_ns) of the file when it was last read, or None."""
        row = self._db.execute("SELECT size, modified_ns FROM folder_files WHERE path = ?",
                               [path]).fetchone()
        return None if row is None else (row[0], row[1])

    def put(self, path: str, size: int, modified_ns: int, status: str) -> None:
        self._db.execute(
            "INSERT INTO folder_files (path, size, modified_ns, status, seen_utc) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET size = excluded.size, "
            "modified_ns = excluded.modified_ns, status = excluded.status, "
            "seen_utc = excluded.seen_utc",
            [path, size, modified_ns, status, int(time.time())])
