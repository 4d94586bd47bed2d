"""Reads and writes calendar drafts."""

from __future__ import annotations

from datetime import date, datetime

from leadership_desk.domain.drafts import Draft
from leadership_desk.store.rows import from_epoch, to_epoch
from leadership_desk.store.sqlite import Database

_COLUMNS = ("id, uid, occurrence, title, start_utc, end_utc, all_day, free, "
            "suggested_category_id, reason, status, activity_id, source")


def _draft(row) -> Draft:
    return Draft(id=row[0], uid=row[1], occurrence=row[2], title=row[3],
                 start=None if row[4] is None else from_epoch(row[4]),
                 end=None if row[5] is None else from_epoch(row[5]),
                 all_day=None if row[6] is None else date.fromisoformat(row[6]),
                 free=bool(row[7]), suggested_category_id=row[8], reason=row[9],
                 status=row[10], activity_id=row[11], source=row[12])


class DraftRepository:
    """The drafts table."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _select(self, where: str, params: list) -> list[Draft]:
        cursor = self._db.execute(
            f"SELECT {_COLUMNS} FROM drafts WHERE {where} "
            "ORDER BY COALESCE(start_utc, 0), all_day, id", params)
        return [_draft(row) for row in cursor]

    def get(self, draft_id: int) -> Draft | None:
        found = self._select("id = ?", [draft_id])
        return found[0] if found else None

    def by_key(self, uid: str, occurrence: str) -> Draft | None:
        found = self._select("uid = ? AND occurrence = ?", [uid, occurrence])
        return found[0] if found else None

    def between(self, lo: datetime, hi: datetime, first: date, last: date) -> list[Draft]:
        """Timed drafts that start in [lo, hi), and all-day ones on days first..last."""
        return self._select(
            "(start_utc >= ? AND start_utc < ?) OR (all_day BETWEEN ? AND ?)",
            [to_epoch(lo), to_epoch(hi), first.isoformat(), last.isoformat()])

    def put(self, draft: Draft) -> Draft:
        values = [draft.uid, draft.occurrence, draft.title,
                  None if draft.start is None else to_epoch(draft.start),
                  None if draft.end is None else to_epoch(draft.end),
                  None if draft.all_day is None else draft.all_day.isoformat(),
                  int(draft.free), draft.suggested_category_id, draft.reason, draft.status,
                  draft.activity_id, draft.source]
        if draft.id is None:
            cursor = self._db.execute(
                "INSERT INTO drafts (uid, occurrence, title, start_utc, end_utc, all_day, free, "
                "suggested_category_id, reason, status, activity_id, source) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values)
            return draft.with_changes(id=cursor.lastrowid)
        self._db.execute(
            "UPDATE drafts SET uid = ?, occurrence = ?, title = ?, start_utc = ?, end_utc = ?, "
            "all_day = ?, free = ?, suggested_category_id = ?, reason = ?, status = ?, "
            "activity_id = ?, source = ? WHERE id = ?", [*values, draft.id])
        return draft

    def delete(self, draft_id: int) -> None:
        self._db.execute("DELETE FROM drafts WHERE id = ?", [draft_id])
