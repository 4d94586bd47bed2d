"""Reads and writes the school calendar, protected blocks and the follow-up roles of
categories (observation or feedback)."""

from __future__ import annotations

from datetime import date, datetime, time

from leadership_desk.domain.blocks import ProtectedBlock
from leadership_desk.domain.school_calendar import NonSchoolDay, SchoolCalendar
from leadership_desk.store.rows import from_epoch, to_epoch
from leadership_desk.store.sqlite import Database

ROLES = ("observation", "feedback")


def _minute(value: time) -> int:
    return value.hour * 60 + value.minute


def _time(minute: int) -> time:
    return time(minute // 60, minute % 60)


class PlanningRepository:
    """Tables non_school_days and protected_blocks, and categories.follow_up."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # the school calendar

    def non_school_days(self, first: date | None = None,
                        last: date | None = None) -> list[NonSchoolDay]:
        where, params = "1", []
        if first is not None and last is not None:
            where, params = "day BETWEEN ? AND ?", [first.isoformat(), last.isoformat()]
        rows = self._db.execute(
            f"SELECT day, label FROM non_school_days WHERE {where} ORDER BY day", params)
        return [NonSchoolDay(date.fromisoformat(day), label) for day, label in rows]

    def calendar(self) -> SchoolCalendar:
        rows = self._db.execute("SELECT day FROM non_school_days")
        return SchoolCalendar(frozenset(date.fromisoformat(row[0]) for row in rows))

    def put_non_school_days(self, days: list[NonSchoolDay]) -> None:
        self._db.conn.executemany(
            "INSERT INTO non_school_days (day, label) VALUES (?, ?) "
            "ON CONFLICT(day) DO UPDATE SET label = excluded.label",
            [(d.day.isoformat(), d.label) for d in days])

    def delete_non_school_days(self, days: list[date]) -> int:
        cursor = self._db.conn.executemany("DELETE FROM non_school_days WHERE day = ?",
                                      [(d.isoformat(),) for d in days])
        return cursor.rowcount

    # logged time, light: what planning needs of each activity

    def logged(self, lo: datetime, hi: datetime) -> list[tuple[int, datetime, datetime]]:
        """(category id, start, end) of the time logged in [lo, hi), clipped to it; `hi` is
        at most now, and a running activity counts up to it."""
        rows = self._db.execute(
            "SELECT category_id, MAX(start_utc, :lo), MIN(COALESCE(end_utc, :hi), :hi) "
            "FROM activities WHERE start_utc < :hi AND COALESCE(end_utc, :hi) > :lo "
            "ORDER BY start_utc, id", {"lo": to_epoch(lo), "hi": to_epoch(hi)})
        return [(cid, from_epoch(a), from_epoch(b)) for cid, a, b in rows if b > a]

    # protected blocks

    def blocks(self) -> list[ProtectedBlock]:
        """Every block, removed ones included (they still planned the weeks they were in)."""
        rows = self._db.execute(
            "SELECT id, weekday, start_minute, end_minute, category_id, title, first_day, "
            "last_day FROM protected_blocks ORDER BY weekday, start_minute, id")
        return [ProtectedBlock(weekday, _time(start), _time(end), category_id, title, id=bid,
                               first_day=date.fromisoformat(first),
                               last_day=None if last is None else date.fromisoformat(last))
                for bid, weekday, start, end, category_id, title, first, last in rows]

    def insert_block(self, block: ProtectedBlock) -> int:
        cursor = self._db.execute(
            "INSERT INTO protected_blocks (weekday, start_minute, end_minute, category_id, "
            "title, first_day) VALUES (?, ?, ?, ?, ?, ?)",
            [block.weekday, _minute(block.start), _minute(block.end), block.category_id,
             block.title, block.first_day.isoformat()])
        return cursor.lastrowid

    def end_block(self, block_id: int, last_day: date) -> bool:
        """Ends an ongoing block after `last_day` (one that had not begun by then is deleted);
        False when there is no such ongoing block."""
        row = self._db.execute("SELECT first_day FROM protected_blocks WHERE id = ? AND "
                               "last_day IS NULL", [block_id]).fetchone()
        if row is None:
            return False
        if date.fromisoformat(row[0]) > last_day:
            self._db.execute("DELETE FROM protected_blocks WHERE id = ?", [block_id])
        else:
            self._db.execute("UPDATE protected_blocks SET last_day = ? WHERE id = ?",
                             [last_day.isoformat(), block_id])
        return True

    def blocks_using(self, category_id: int) -> int:
        row = self._db.execute("SELECT COUNT(*) FROM protected_blocks WHERE category_id = ?",
                               [category_id]).fetchone()
        return row[0]

    # follow-up roles of categories

    def roles(self) -> dict[int, str]:
        """{category id: 'observation' or 'feedback'} for the categories that have one."""
        rows = self._db.execute(
            "SELECT id, follow_up FROM categories WHERE follow_up IS NOT NULL")
        return {cid: role for cid, role in rows}

    def set_role(self, category_id: int, role: str | None) -> None:
        self._db.execute("UPDATE categories SET follow_up = ? WHERE id = ?", [role, category_id])
