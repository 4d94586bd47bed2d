"""The IAS's store of imported summaries: schools, their days, and the files imported."""

from __future__ import annotations

import json
import json.encoder
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

from leadership_desk.store.sqlite import Database


@dataclass(frozen=True)
class SchoolDay:
    """One local day of one school, as the newest export covering it reported it."""

    day: date
    minutes: dict[str, float]
    by_category: dict[str, float]
    generated_at: datetime


class DayMinutes(NamedTuple):
    """One school day's minutes by kind: what the roll-up sums (light, for many schools)."""

    day: date
    instruction: float
    management: float
    other: float


@dataclass(frozen=True)
class SchoolRecord:
    """A school as its newest imported summary describes it."""

    school_id: str
    school: str
    principal: str
    time_zone: str
    goal_share: float
    categories: list[dict[str, Any]]
    reflection: str
    last_export_id: str
    last_generated_at: datetime


@dataclass(frozen=True)
class SummaryInForce:
    """The summary that describes a school now (its newest by the time it was made): the
    file it came from, its period, when it was exported and when it was imported."""

    school_id: str
    export_id: str
    file: str | None
    first: date | None
    last: date | None
    exported_at: datetime
    imported_at: datetime

    def to_json(self) -> dict:
        return {"export_id": self.export_id, "file": self.file,
                "from": self.first.isoformat() if self.first else None,
                "to": self.last.isoformat() if self.last else None,
                "exported_at": self.exported_at.isoformat(),
                "imported_at": self.imported_at.isoformat()}


class SchoolRepository:
    """Tables schools, school_days and imports."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def imported_as(self, export_id: str) -> tuple[str, str | None] | None:
        """(file, checksum) of the import of `export_id`, or None; older imports have no
        checksum."""
        row = self._db.execute("SELECT file, checksum FROM imports WHERE export_id = ?",
                               [export_id]).fetchone()
        return None if row is None else (row[0], row[1])

    def school(self, school_id: str) -> SchoolRecord | None:
        row = self._db.execute(
            "SELECT school_id, school, principal, time_zone, goal_share, categories, "
            "reflection, last_export_id, last_generated_at FROM schools WHERE school_id = ?",
            [school_id]).fetchone()
        return None if row is None else _school(row)

    def schools(self) -> list[SchoolRecord]:
        return list(self.iter_schools())

    def iter_schools(self) -> Iterator[SchoolRecord]:
        """The schools one at a time, by name: a roll-up of thousands keeps one in memory."""
        cursor = self._db.execute(
            "SELECT school_id, school, principal, time_zone, goal_share, categories, "
            "reflection, last_export_id, last_generated_at FROM schools ORDER BY school")
        for row in cursor:
            yield _school(row)

    def put_school(self, record: SchoolRecord) -> None:
        self._db.execute(
            "INSERT INTO schools (school_id, school, principal, time_zone, goal_share, "
            "categories, reflection, last_export_id, last_generated_at, last_imported_utc) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(school_id) DO UPDATE SET "
            "school = excluded.school, principal = excluded.principal, "
            "time_zone = excluded.time_zone, goal_share = excluded.goal_share, "
            "categories = excluded.categories, reflection = excluded.reflection, "
            "last_export_id = excluded.last_export_id, "
            "last_generated_at = excluded.last_generated_at, "
            "last_imported_utc = excluded.last_imported_utc",
            [record.school_id, record.school, record.principal, record.time_zone,
             record.goal_share, json.dumps(record.categories), record.reflection,
             record.last_export_id, record.last_generated_at.isoformat(), int(time.time())])

    def day_generated_at(self, school_id: str, first: date, last: date) -> dict[date, datetime]:
        cursor = self._db.execute(
            "SELECT day, generated_at FROM school_days WHERE school_id = ? AND day BETWEEN ? "
            "AND ?", [school_id, first.isoformat(), last.isoformat()])
        return {date.fromisoformat(d): datetime.fromisoformat(g) for d, g in cursor}

    def put_days(self, school_id: str, export_id: str, generated_at: datetime,
                 days: Iterable[tuple[date, dict[str, float], dict[str, float]]]) -> None:
        generated = generated_at.isoformat()
        self._db.conn.executemany(
            "INSERT OR REPLACE INTO school_days (school_id, day, instruction, management, "
            "other, by_category, export_id, generated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(school_id, day.isoformat(), m["instruction"], m["management"], m["other"],
              _object_json(cats), export_id, generated)
             for day, m, cats in days])

    def days(self, school_id: str, first: date | None = None,
             last: date | None = None) -> list[SchoolDay]:
        where, params = "school_id = ?", [school_id]
        if first is not None and last is not None:
            where += " AND day BETWEEN ? AND ?"
            params += [first.isoformat(), last.isoformat()]
        cursor = self._db.execute(
            f"SELECT day, instruction, management, other, by_category, generated_at "
            f"FROM school_days WHERE {where} ORDER BY day", params)
        return [SchoolDay(date.fromisoformat(d), {"instruction": i, "management": m, "other": o},
                          json.loads(cats), datetime.fromisoformat(g))
                for d, i, m, o, cats, g in cursor]

    def covered_until(self, school_id: str) -> date | None:
        """The last day any of the school's summaries covered."""
        row = self._db.execute("SELECT MAX(day) FROM school_days WHERE school_id = ?",
                               [school_id]).fetchone()
        return None if row is None or row[0] is None else date.fromisoformat(row[0])

    def day_minutes(self, school_id: str, first: date | None = None,
                    last: date | None = None) -> list[DayMinutes]:
        """One school's minutes by kind, by day: what the roll-up sums (no categories)."""
        where, params = "school_id = ?", [school_id]
        if first is not None and last is not None:
            where += " AND day BETWEEN ? AND ?"
            params += [first.isoformat(), last.isoformat()]
        cursor = self._db.execute(f"SELECT day, instruction, management, other "
                                  f"FROM school_days WHERE {where} ORDER BY day", params)
        return [DayMinutes(date.fromisoformat(d), i, m, o) for d, i, m, o in cursor]

    def record_import(self, export_id: str, school_id: str, generated_at: datetime, file: str,
                      replaced: int, kept: int, checksum: str | None = None,
                      period: tuple[date, date] | None = None) -> None:
        self._db.execute(
            "INSERT INTO imports (export_id, school_id, generated_at, imported_utc, file, "
            "days_replaced, days_kept, checksum, period_from, period_to) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [export_id, school_id, generated_at.isoformat(), int(time.time()), file,
             replaced, kept, checksum, period[0].isoformat() if period else None,
             period[1].isoformat() if period else None])

    def in_force(self) -> dict[str, SummaryInForce]:
        """Each school's summary in force, by school id."""
        cursor = self._db.execute(
            "SELECT s.school_id, s.last_export_id, i.file, i.period_from, i.period_to, "
            "s.last_generated_at, COALESCE(i.imported_utc, s.last_imported_utc) "
            "FROM schools s LEFT JOIN imports i ON i.export_id = s.last_export_id")
        return {row[0]: SummaryInForce(
            row[0], row[1], row[2], date.fromisoformat(row[3]) if row[3] else None,
            date.fromisoformat(row[4]) if row[4] else None, datetime.fromisoformat(row[5]),
            datetime.fromtimestamp(row[6], UTC)) for row in cursor}

    def forget(self, school_id: str) -> int:
        """Removes a school, its days and the record of its imports; returns the days."""
        for table in ("school_closed_days", "school_weeks_planned"):  # version 2 figures
            self._db.execute(f"DELETE FROM {table} WHERE school_id = ?", [school_id])
        days = self._db.execute("DELETE FROM school_days WHERE school_id = ?",
                                [school_id]).rowcount
        self._db.execute("DELETE FROM imports WHERE school_id = ?", [school_id])
        self._db.execute("DELETE FROM schools WHERE school_id = ?", [school_id])
        return days

    def count(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM schools").fetchone()[0]


def _json_encoder():
    """json.dumps(obj) for a flat dict, without building an encoder on every call: a county's
    import writes hundreds of thousands of days (a third of the time, done this way)."""
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # a Python without json's C speedups
        return json.dumps

    def unknown(value: object) -> None:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")

    encode = make(None, unknown, json.encoder.encode_basestring_ascii, None, ": ", ", ",
                  False, False, True)
    return lambda value: "".join(encode(value, 0)) if value else "{}"


_object_json = _json_encoder()


def _school(row) -> SchoolRecord:
    return SchoolRecord(row[0], row[1], row[2], row[3], row[4], json.loads(row[5]), row[6],
                        row[7], datetime.fromisoformat(row[8]))
