"""The network summary an IAS sends the assistant superintendent: building, sealing, reading.

Format `leadership-desk-network`, version 1, described by resources/network.schema.json.
Sealed like the principal's summary (SHA-256 over the canonical JSON without `checksum`)
and read with the same care: the same JSON hooks, the schema, then consistency checks.
Totals only: the IAS's own minutes by kind, category, week and school, and each school's
latest share and flags from its principal's summary. No notes, no activity titles.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from leadership_desk.domain.text import one_line
from leadership_desk.exchange.summary import (
    KINDS,
    MAX_BYTES,
    SummaryRejected,
    _bounded_int,
    _finite_float,
    _no_constants,
    _unique_keys,
    _Unreadable,
    _where,
    checksum_of,
    seal,
)
from leadership_desk.exchange.summary_checks import (
    Implausible,
    _check_generated,
    _check_zone,
    _period,
)
from leadership_desk.resources import read_text

FORMAT = "leadership-desk-network"
VERSION = 1
NO_SCHOOL = "none"  # the by_school key of time that served no school
SHARE_DEFINITION = ("instructional support share = instruction minutes / (instruction + "
                    "management minutes) of the IAS's own log; other time (travel, breaks, own "
                    "learning) is outside the ratio; no such time means no share (null)")
TOLERANCE = 0.5  # minutes: rounding to hundredths over thousands of entries stays far below


@dataclass(frozen=True)
class NetworkInput:
    """What goes into a network summary (minutes already summed by the services)."""

    export_id: str
    generated_at: datetime
    app_version: str
    ias: str
    network: str
    first: date
    last: date
    time_zone: str
    goal_share: float
    categories: list[dict[str, Any]]  # slug, name, kind, high_leverage
    minutes: dict[str, float]
    days_logged: int
    by_category: dict[str, float]
    weeks: list[tuple[date, dict[str, float]]]
    by_school: dict[str, dict[str, float]]
    schools: list[dict[str, Any]]  # id, name, principal, instruction_share, goal_share, flags, to


def _share(minutes: Mapping[str, float]) -> float | None:
    total = minutes["instruction"] + minutes["management"]
    return None if total <= 0 else round(minutes["instruction"] / total, 4)


def _rounded(minutes: Mapping[str, float]) -> dict[str, float]:
    return {kind: round(minutes.get(kind, 0.0), 2) for kind in KINDS}


def build_network_summary(data: NetworkInput) -> dict[str, Any]:
    """The sealed network summary document."""
    minutes = _rounded(data.minutes)
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "export_id": data.export_id,
        "generated_at": data.generated_at.isoformat(),
        "app_version": data.app_version,
        "ias": {"name": one_line(data.ias), "network": one_line(data.network)},
        "period": {"from": data.first.isoformat(), "to": data.last.isoformat(),
                   "time_zone": data.time_zone},
        "definitions": {
            "instructional_support_share": SHARE_DEFINITION,
            "goal_share": data.goal_share,
            "categories": [{"slug": c["slug"], "name": one_line(c["name"]), "kind": c["kind"],
                            "high_leverage": bool(c["high_leverage"])}
                           for c in data.categories],
        },
        "totals": {"minutes": minutes, "instructional_support_share": _share(minutes),
                   "days_logged": data.days_logged},
        "by_category": {slug: round(m, 2) for slug, m in sorted(data.by_category.items())},
        "weeks": [{"week_start": monday.isoformat(), "minutes": (m := _rounded(week)),
                   "instructional_support_share": _share(m)}
                  for monday, week in data.weeks],
        "by_school": {school: _rounded(m) for school, m in sorted(data.by_school.items())},
        "schools": [{"id": one_line(s["id"]), "name": one_line(s["name"]),
                     "principal": one_line(s["principal"]),
                     "instruction_share": s["instruction_share"],
                     "goal_share": s["goal_share"], "flags": list(s["flags"]),
                     "to": s["to"]} for s in data.schools],
    }
    return seal(doc)


@cache
def schema() -> dict[str, Any]:
    return json.loads(read_text("network.schema.json"))


@cache
def _validator():
    import jsonschema

    return jsonschema.Draft202012Validator(schema())


def _reject_unless(condition: bool, problem: str) -> None:
    if not condition:
        raise Implausible(problem)


def check_network(doc: Mapping[str, Any], now: datetime | None = None) -> None:
    """Raises Implausible naming the first figure that cannot be right."""
    first, last = _period(doc["period"])
    _check_zone(doc["period"]["time_zone"])
    _check_generated(doc["generated_at"], now)
    kinds = {c["slug"]: c["kind"] for c in doc["definitions"]["categories"]}
    totals = doc["totals"]["minutes"]
    by_kind = dict.fromkeys(KINDS, 0.0)
    for slug, minutes in doc["by_category"].items():
        _reject_unless(slug in kinds, f'its category "{slug[:60]}" is not defined in it')
        by_kind[kinds[slug]] += minutes
    for name, parts in (("categories", [by_kind]), ("schools", doc["by_school"].values()),
                        ("weeks", [w["minutes"] for w in doc["weeks"]])):
        for kind in KINDS:
            summed = sum(part[kind] for part in parts)
            _reject_unless(abs(summed - totals[kind]) <= TOLERANCE,
                           f"its {kind} minutes by {name} add up to {summed:.0f}, not the "
                           f"{totals[kind]:.0f} of its totals")
    _reject_unless(abs((_share(totals) or 0) - (doc["totals"]["instructional_support_share"]
                                                 or 0)) <= 0.001,
                   "its instructional support share does not follow from its minutes")
    for week in doc["weeks"]:
        monday = date.fromisoformat(week["week_start"])
        _reject_unless(monday.weekday() == 0 and first - timedelta(days=6) <= monday <= last,
                       f"its week of {week['week_start']} is not a week of its period")
    _reject_unless(doc["totals"]["days_logged"] <= (last - first).days + 1,
                   "it has more days logged than its period has days")


def parse_network_summary(data: bytes, now: datetime | None = None) -> dict[str, Any]:
    """The network summary in `data`, checked; raises SummaryRejected with plain words."""
    if len(data) > MAX_BYTES:
        raise SummaryRejected("not-a-summary",
                              "This file is far too large to be a network summary.")
    try:
        doc = json.loads(data.decode("utf-8-sig"), parse_constant=_no_constants,
                         parse_float=_finite_float, parse_int=_bounded_int,
                         object_pairs_hook=_unique_keys)
    except _Unreadable as problem:
        raise SummaryRejected("unreadable", f"This network summary cannot be trusted "
                              f"({problem}); ask the IAS to export it again.") from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise SummaryRejected("damaged", "This network summary is damaged (cut short or "
                              "garbled); ask the IAS to export it again.") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise SummaryRejected("not-a-summary", "This is not a Leadership Desk network "
                              "summary.")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SummaryRejected("not-a-summary", "This is not a Leadership Desk network summary "
                              "(its version is unknown).")
    if version > VERSION:
        raise SummaryRejected("newer-version", f"This network summary was made by a newer "
                              f"version of Leadership Desk (format {version}); update the app "
                              f"to import it.")
    if not isinstance(doc.get("checksum"), str):
        raise SummaryRejected("incomplete", "This network summary is missing required parts "
                              "(its checksum).")
    if doc["checksum"] != checksum_of(doc):
        raise SummaryRejected("damaged", "This network summary was damaged or edited after it "
                              "was exported; ask the IAS to export it again.")
    errors = sorted(_validator().iter_errors(doc), key=lambda e: [str(p) for p in e.path])
    if errors:
        raise SummaryRejected("incomplete", f"This network summary is missing required parts "
                              f"or has parts in the wrong form (at "
                              f"{_where(errors[0].absolute_path)}: {errors[0].message}).")
    try:
        check_network(doc, now)
    except Implausible as problem:
        raise SummaryRejected("inconsistent", f"This network summary cannot be right "
                              f"({problem}); ask the IAS to export it again.") from None
    return doc


def is_network_summary(data: bytes) -> bool:
    """Whether `data` says it is a network summary (its format comes first in the file)."""
    return f'"{FORMAT}"'.encode() in data[:2000]
