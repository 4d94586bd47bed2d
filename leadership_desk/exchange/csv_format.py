"""CSV for spreadsheets: UTF-8 with a BOM (so Excel reads the accents), one header row, ISO
dates, one row per value; text that a spreadsheet would run as a formula is neutralised."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

# A cell starting with one of these is read as a formula by Excel and LibreOffice.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value: Any) -> Any:
    """Text cells that would start a formula get a leading apostrophe; numbers pass as they are.

    Spreadsheets skip leading spaces before they look for a formula (" =1+1" is run), so the
    first character after them is the one that counts.
    """
    if isinstance(value, str) and value.lstrip(" \u00a0").startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


SUMMARY_HEADER = ("school_id", "school", "principal", "date", "week_start", "category",
                  "category_name", "kind", "high_leverage", "minutes")


def summary_csv(doc: dict[str, Any]) -> bytes:
    """One row per day and category with time, from a summary document."""


    school = doc["school"]
    names = {c["slug"]: c for c in doc["definitions"]["categories"]}
    rows = []
    for day in doc["days"]:
        d = date.fromisoformat(day["date"])
        monday = (d - timedelta(days=d.weekday())).isoformat()
        for slug, minutes in day["by_category"].items():
            category = names[slug]
            rows.append((school["id"], school["name"], school["principal"], day["date"],
                         monday, slug, category["name"], category["kind"],
                         "yes" if category["high_leverage"] else "no", minutes))
    return write_csv(SUMMARY_HEADER, rows)
