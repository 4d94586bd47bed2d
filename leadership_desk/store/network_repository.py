"""Network summaries imported from IASs, and the record of network summaries exported."""

from __future__ import annotations

import json
import time
from typing import Any

from leadership_desk.store.sqlite import Database


class NetworkRepository:
    """Table networks (one row per imported network summary) and rows of table exports."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def checksum_of(self, export_id: str) -> tuple[str, str] | None:
        """(file, checksum) of the import of `export_id`, or None."""
        row = self._db.execute("SELECT file, checksum FROM networks WHERE export_id = ?",
                               [export_id]).fetchone()
        return None if row is None else (row[0], row[1])

    def put(self, doc: dict[str, Any], file: str) -> None:
        self._db.execute(
            "INSERT INTO networks (export_id, ias, network, generated_at, period_from, "
            "period_to, imported_utc, file, checksum, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [doc["export_id"], doc["ias"]["name"], doc["ias"]["network"], doc["generated_at"],
             doc["period"]["from"], doc["period"]["to"], int(time.time()), file,
             doc["checksum"], json.dumps(doc)])

    def latest(self) -> list[dict[str, Any]]:
        """The newest network summary of each IAS and network, by network then IAS."""
        rows = self._db.execute(
            "SELECT doc FROM networks AS n WHERE generated_at = (SELECT MAX(generated_at) "
            "FROM networks WHERE ias = n.ias AND network = n.network) "
            "ORDER BY network COLLATE NOCASE, ias COLLATE NOCASE")
        return [json.loads(row[0]) for row in rows]

    def record_export(self, export_id: str, first: str, last: str, file: str) -> None:
        self._db.execute(
            "INSERT INTO exports (export_id, created_utc, period_from, period_to, format, "
            "file, included_titles, included_reflection) VALUES (?, ?, ?, ?, ?, ?, 0, 0)",
            [export_id, int(time.time()), first, last, "network-json", file])
