"""The IAS's store of what version 2 summaries add per school: the weekdays without school,
the newest summary's high-leverage share and follow-through, and the weekly planned figures.
Version 1 summaries add nothing here, so their schools show "no data"."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from typing import Any

from leadership_desk.store.sqlite import Database


class SchoolPlanningRepository:
    """Tables school_closed_days and school_weeks_planned, and schools.planning."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def apply(self, doc: dict[str, Any], newest: bool) -> None:
        """Stores a summary's version 2 members; `newest` when it is the school's newest
        summary (its high-leverage share and follow-through then stand for the school)."""
        if doc["version"] < 2:
            return
        school_id = doc["school"]["id"]
        first, last = doc["period"]["from"], doc["period"]["to"]
        generated = doc["generated_at"]
        if "non_school_days" in doc["period"]:
            held = self._db.execute(
                "SELECT MAX(generated_at) FROM school_days WHERE school_id = ? AND day BETWEEN "
                "? AND ? AND generated_at > ?", [school_id, first, last, generated]).fetchone()
            if held[0] is None:  # no newer summary covers these days
                self._db.execute("DELETE FROM school_closed_days WHERE school_id = ? AND day "
                                 "BETWEEN ? AND ?", [school_id, first, last])
                self._db.conn.executemany(
                    "INSERT OR IGNORE INTO school_closed_days (school_id, day) VALUES (?, ?)",
                    [(school_id, day) for day in doc["period"]["non_school_days"]])
        weeks = [(school_id, w["week_start"], w["planned"]["instruction_minutes"],
                  w["planned"]["blocks"], w["planned"]["blocks_kept"], generated)
                 for w in doc["weeks"] if "planned" in w]
        self._db.conn.executemany(
            "INSERT INTO school_weeks_planned (school_id, week_start, instruction_minutes, "
            "blocks, blocks_kept, generated_at) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(school_id, week_start) DO UPDATE SET "
            "instruction_minutes = excluded.instruction_minutes, blocks = excluded.blocks, "
            "blocks_kept = excluded.blocks_kept, generated_at = excluded.generated_at "
            "WHERE excluded.generated_at >= school_weeks_planned.generated_at", weeks)
        if newest:
            totals = doc["totals"]
            planning = {"from": first, "to": last,
                        "high_leverage_share": totals.get("high_leverage_share"),
                        "follow_through": totals.get("follow_through")}
            self._db.execute("UPDATE schools SET planning = ? WHERE school_id = ?",
                             [json.dumps(planning), school_id])

    def closed_days(self, school_id: str | None = None) -> dict[str, set[date]]:
        """{school id: weekdays without school}, for one school or all."""
        where, params = ("WHERE school_id = ?", [school_id]) if school_id else ("", [])
        result: dict[str, set[date]] = defaultdict(set)
        for sid, day in self._db.execute(
                f"SELECT school_id, day FROM school_closed_days {where}", params):
            result[sid].add(date.fromisoformat(day))
        return result

    def planning(self, school_id: str | None = None) -> dict[str, dict[str, Any]]:
        """{school id: the newest version 2 summary's figures}; absent for version 1."""
        where, params = ("AND school_id = ?", [school_id]) if school_id else ("", [])
        rows = self._db.execute(
            f"SELECT school_id, planning FROM schools WHERE planning IS NOT NULL {where}", params)
        return {sid: json.loads(text) for sid, text in rows}

    def planned_weeks(self, school_id: str, first: date | None = None,
                      last: date | None = None) -> list[tuple[date, float, int, int]]:
        """(Monday, planned instruction minutes, blocks, blocks kept) of a school's weeks."""
        where, params = "school_id = ?", [school_id]
        if first is not None and last is not None:
            where += " AND week_start BETWEEN ? AND ?"
            params += [first.isoformat(), last.isoformat()]
        rows = self._db.execute(
            f"SELECT week_start, instruction_minutes, blocks, blocks_kept "
            f"FROM school_weeks_planned WHERE {where} ORDER BY week_start", params)
        return [(date.fromisoformat(w), m, b, k) for w, m, b, k in rows]

    def planned(self, first: date | None, last: date | None,
                school_id: str | None = None) -> dict[str, dict[str, float]]:
        """{school id: planned figures summed over the weeks starting in first..last}."""
        clauses, params = [], []
        if first is not None and last is not None:
            clauses.append("week_start BETWEEN ? AND ?")
            params += [first.isoformat(), last.isoformat()]
        if school_id:
            clauses.append("school_id = ?")
            params.append(school_id)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self._db.execute(
            f"SELECT school_id, SUM(instruction_minutes), SUM(blocks), SUM(blocks_kept) "
            f"FROM school_weeks_planned {where} GROUP BY school_id", params)
        return {sid: {"instruction_minutes": round(m, 2), "blocks": b, "blocks_kept": k}
                for sid, m, b, k in rows}


