"""The summary file a principal sends their IAS: building it, sealing it, and reading it back.

Format `leadership-desk-summary`, version 2, described by resources/summary.schema.json.
Version 2 adds optional members (the high-leverage share, feedback follow-through, the
weekly planned figures and the weekdays without school); version 1 files still import.
The checksum is SHA-256 over the canonical JSON of the document without its `checksum`
member (keys sorted, no spaces, UTF-8), so any edit or damage is detected on import.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from leadership_desk.domain.text import lines, one_line
from leadership_desk.errors import LeadershipDeskError
from leadership_desk.exchange.summary_checks import Implausible, check_summary
from leadership_desk.resources import read_text

FORMAT = "leadership-desk-summary"
VERSION = 2
MAX_BYTES = 20_000_000
MAX_NUMBER = 1e12  # no minute count comes near; larger numbers only come from tampering
SHARE_DEFINITION = ("instruction share = instruction minutes / (instruction + management "
                    "minutes); other time (lunch, travel, own learning) is outside the ratio; "
                    "no instruction or management time means no share (null)")
KINDS = ("instruction", "management", "other")


class SummaryRejected(LeadershipDeskError):
    """A file that cannot be imported; `reason` is a short code, the message is plain words."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class CategoryDefinition:
    slug: str
    name: str
    kind: str
    high_leverage: bool
    follow_up: str | None = None  # version 2: "observation" or "feedback", for follow-through


@dataclass(frozen=True)
class SummaryInput:
    """What goes into a summary: totals per day and category, and who and what it is about."""

    export_id: str
    generated_at: datetime
    app_version: str
    school_id: str
    school: str
    principal: str
    first: date
    last: date
    time_zone: str
    goal_share: float
    monthly_targets: list[tuple[str, float]]
    categories: list[CategoryDefinition]
    # seconds per local day and category slug, only where time was logged
    days: Mapping[date, Mapping[str, int]]
    school_days: int
    reflection: str = ""
    titles: list[tuple[str, str, int]] | None = None  # (title, category slug, seconds)
    # version 2: observations and how many were followed by feedback in time
    follow_through: tuple[int, int] | None = None
    planned: Mapping[date, Mapping[str, float]] = field(default_factory=dict)  # by Monday
    non_school_days: list[date] = field(default_factory=list)  # weekdays of the period
    extra: dict[str, Any] = field(default_factory=dict)


def _minutes(seconds: float) -> float:
    return round(seconds / 60, 2)


def _share(instruction: float, management: float) -> float | None:
    total = instruction + management
    return None if total <= 0 else round(instruction / total, 4)


def _part(part: float, whole: float) -> float | None:
    return None if whole <= 0 else round(part / whole, 4)


def _kind_minutes(by_slug: Mapping[str, float], kind_of: Mapping[str, str]) -> dict[str, float]:
    totals = dict.fromkeys(KINDS, 0.0)
    for slug, seconds in by_slug.items():
        totals[kind_of[slug]] += seconds
    return {kind: _minutes(value) for kind, value in totals.items()}


def _weeks(weeks: Mapping[date, Mapping[str, float]], week_days: Mapping[date, int],
           kind_of: Mapping[str, str],
           planned: Mapping[date, Mapping[str, float]]) -> list[dict[str, Any]]:
    """The weeks with logged days, and the weeks with protected blocks on school days but
    nothing logged (0 of N blocks kept says the most about a week)."""
    result = {monday: {"week_start": monday.isoformat(),
                       "minutes": (m := _kind_minutes(cats, kind_of)),
                       "instruction_share": _share(m["instruction"], m["management"]),
                       "days_logged": week_days[monday],
                       **({"planned": dict(planned[monday])} if monday in planned else {})}
              for monday, cats in weeks.items()}
    for monday, figures in planned.items():
        if monday not in result and figures["blocks"] > 0:
            result[monday] = {"week_start": monday.isoformat(),
                              "minutes": dict.fromkeys(KINDS, 0.0), "instruction_share": None,
                              "days_logged": 0, "planned": dict(figures)}
    return [result[monday] for monday in sorted(result)]


def build_summary(data: SummaryInput) -> dict[str, Any]:
    """The sealed summary document (with its checksum)."""
    kind_of = {c.slug: c.kind for c in data.categories}
    days = sorted((d, cats) for d, cats in data.days.items()
                  if data.first <= d <= data.last and sum(cats.values()) > 0)
    by_category: dict[str, float] = {}
    weeks: dict[date, dict[str, float]] = {}
    week_days: dict[date, int] = {}
    for day, cats in days:
        monday = day - timedelta(days=day.weekday())
        week = weeks.setdefault(monday, {})
        week_days[monday] = week_days.get(monday, 0) + 1
        for slug, seconds in cats.items():
            by_category[slug] = by_category.get(slug, 0) + seconds
            week[slug] = week.get(slug, 0) + seconds
    totals = _kind_minutes(by_category, kind_of)
    high_leverage = {c.slug for c in data.categories if c.high_leverage}
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "export_id": data.export_id,
        "generated_at": data.generated_at.isoformat(),
        "app_version": data.app_version,
        # names cleaned on the way out: a control character would have the file refused
        "school": {"id": one_line(data.school_id), "name": one_line(data.school),
                   "principal": one_line(data.principal)},
        "period": {"from": data.first.isoformat(), "to": data.last.isoformat(),
                   "time_zone": data.time_zone,
                   "non_school_days": [d.isoformat() for d in sorted(data.non_school_days)
                                       if data.first <= d <= data.last]},
        "definitions": {
            "instruction_share": SHARE_DEFINITION,
            "goal_share": data.goal_share,
            "monthly_targets": [{"month": m, "target": t} for m, t in data.monthly_targets],
            "categories": [{"slug": c.slug, "name": one_line(c.name), "kind": c.kind,
                            "high_leverage": c.high_leverage,
                            **({"follow_up": c.follow_up} if c.follow_up else {})}
                           for c in data.categories],
        },
        "totals": {
            "minutes": totals,
            "instruction_share": _share(totals["instruction"], totals["management"]),
            "days_logged": len(days),
            "school_days": data.school_days,
            "high_leverage_share": _part(
                sum(s for slug, s in by_category.items() if slug in high_leverage),
                sum(s for slug, s in by_category.items() if kind_of[slug] == "instruction")),
        },
        "by_category": {slug: _minutes(s) for slug, s in sorted(by_category.items())},
        "weeks": _weeks(weeks, week_days, kind_of, data.planned),
        "days": [
            {"date": day.isoformat(), "minutes": _kind_minutes(cats, kind_of),
             "by_category": {slug: _minutes(s) for slug, s in sorted(cats.items())}}
            for day, cats in days
        ],
        "reflection": lines(data.reflection).strip(),
    }
    if data.follow_through is not None:
        observations, followed = data.follow_through
        doc["totals"]["follow_through"] = {"observations": observations, "followed": followed,
                                           "share": _part(followed, observations)}
    if data.titles is not None:
        doc["titles"] = [{"title": one_line(t), "category": slug, "minutes": _minutes(s)}
                         for t, slug, s in data.titles]
    return seal(doc)


def canonical_bytes(doc: Mapping[str, Any]) -> bytes:
    content = {key: value for key, value in doc.items() if key != "checksum"}
    return json.dumps(content, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def checksum_of(doc: Mapping[str, Any]) -> str:
    return "sha256:" + hashlib.sha256(canonical_bytes(doc)).hexdigest()


def seal(doc: dict[str, Any]) -> dict[str, Any]:
    return {**doc, "checksum": checksum_of(doc)}


def dumps(doc: Mapping[str, Any]) -> bytes:
    """The file's bytes: readable, indented JSON in UTF-8."""
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


@cache
def schema() -> dict[str, Any]:
    return json.loads(read_text("summary.schema.json"))


@cache
def _fast_validator():
    """The schema compiled once to Python code (fastjsonschema), with a direct check of the
    days (exchange/summary_schema.py): some 40 times faster than jsonschema on a school
    year's summary, which matters to a county importing thousands. The schema uses nothing
    beyond draft 7, which fastjsonschema implements; formats stay annotations, as in
    jsonschema."""
    from leadership_desk.exchange.summary_schema import compile_schema

    return compile_schema(schema())


@cache
def _validator():
    """The reference validator, used only to word the first problem of a refused file."""
    import jsonschema

    return jsonschema.Draft202012Validator(schema())


def _schema_problem(doc: dict[str, Any]) -> str | None:
    """Where and how `doc` breaks the schema, or None when it keeps it."""
    import fastjsonschema

    try:
        _fast_validator()(doc)
    except fastjsonschema.JsonSchemaValueException as fast:
        errors = sorted(_validator().iter_errors(doc),
                        key=lambda e: [str(p) for p in e.absolute_path])
        if not errors:  # the two disagree: refuse all the same, in the fast one's words
            return fast.message
        return f"at {_where(errors[0].absolute_path)}: {errors[0].message}"
    return None


class _Unreadable(Exception):
    """Parsed JSON that no two programs would read alike (plain words in the message)."""


def _no_constants(name: str) -> None:
    raise _Unreadable(f"it holds {name}, which is not a number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not -MAX_NUMBER <= value <= MAX_NUMBER:  # infinity too (and NaN, never parsed here)
        raise _Unreadable(f"it holds the number {text[:30]}, far too large to be real")
    return value


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > 15:
        raise _Unreadable(f"it holds the number {text[:30]}..., far too large to be real")
    return int(text)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    doc = dict(pairs)
    if len(doc) != len(pairs):
        seen: set[str] = set()
        twice = next(key for key, _ in pairs if key in seen or seen.add(key))
        shown = "".join(ch if ch.isprintable() else "?" for ch in twice[:40])
        raise _Unreadable(f'it names "{shown}" twice in one place, so programs would '
                          f"read it differently")
    return doc


def _where(path) -> str:
    parts = [str(p) for p in path]
    return "/".join(parts) if parts else "the top level"


def parse_summary(data: bytes, now: datetime | None = None) -> dict[str, Any]:
    """The summary in `data`, checked; raises SummaryRejected with a reason an IAS understands.

    `now` is the importing computer's clock: a summary made more than a day after it is
    refused (without it, that one check is skipped).
    """
    if len(data) > MAX_BYTES:
        raise SummaryRejected("not-a-summary",
                              "This file is far too large to be a Leadership Desk summary.")
    try:
        text = data.decode("utf-8-sig")
        doc = json.loads(text, parse_constant=_no_constants, parse_float=_finite_float,
                         parse_int=_bounded_int, object_pairs_hook=_unique_keys)
    except _Unreadable as problem:
        raise SummaryRejected("unreadable", f"This summary cannot be trusted ({problem}); ask "
                              f"the principal to export it again.") from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        if f'"{FORMAT}"'.encode() in data[:2000]:
            raise SummaryRejected("damaged",
                                  "This summary file is damaged (cut short or garbled); ask "
                                  "the principal to export it again.") from None
        raise SummaryRejected("not-a-summary",
                              "This is not a Leadership Desk summary (it is not a summary "
                              "file at all).") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise SummaryRejected("not-a-summary",
                              "This is not a Leadership Desk summary (it is another kind of "
                              "file).")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SummaryRejected("not-a-summary",
                              "This is not a Leadership Desk summary (its version is unknown).")
    if version > VERSION:
        raise SummaryRejected("newer-version",
                              f"This summary was made by a newer version of Leadership Desk "
                              f"(format {version}); update the app to import it.")
    if not isinstance(doc.get("checksum"), str):
        raise SummaryRejected("incomplete",
                              "This summary is missing required parts (its checksum).")
    if doc["checksum"] != checksum_of(doc):
        raise SummaryRejected("damaged",
                              "This summary was damaged or edited after it was exported; ask "
                              "the principal to export it again.")
    problem = _schema_problem(doc)
    if problem is not None:
        raise SummaryRejected("incomplete",
                              f"This summary is missing required parts or has parts in the "
                              f"wrong form ({problem}).")
    try:
        check_summary(doc, now)
    except Implausible as problem:
        raise SummaryRejected("inconsistent", f"This summary cannot be right ({problem}); ask "
                              f"the principal to export it again.") from None
    return doc
