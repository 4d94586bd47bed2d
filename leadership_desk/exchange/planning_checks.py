"""Checks of what version 2 of the summary adds: the weekdays without school, the
high-leverage share, feedback follow-through and the weekly planned figures. Each must be
possible and agree with the rest of the file; a version 1 file must hold none of them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from leadership_desk.exchange.summary_checks import Implausible

WEEK_MINUTES = 7 * 1440
SHARE_SLACK = 0.0002  # shares are rounded to 4 places


def check_planning(doc: Mapping[str, Any], first: date, last: date) -> None:
    """Raises Implausible naming the first problem with the version 2 members."""
    totals = doc["totals"]
    present = ("non_school_days" in doc["period"] or "high_leverage_share" in totals
               or "follow_through" in totals or any("planned" in w for w in doc["weeks"])
               or any("follow_up" in c for c in doc["definitions"]["categories"]))
    if doc["version"] < 2:
        if present:
            raise Implausible("it is a version 1 summary but holds figures only version 2 has")
        return
    _check_closed(doc["period"].get("non_school_days", []), first, last,
                  totals["school_days"])
    if "high_leverage_share" in totals:
        _check_high_leverage(totals["high_leverage_share"], doc)
    if "follow_through" in totals:
        _check_follow_through(totals["follow_through"])
    closed = set(doc["period"].get("non_school_days", []))
    for week in doc["weeks"]:
        if "planned" in week:
            _check_planned(week["planned"], week["week_start"])
        if week["days_logged"] == 0:  # listed for its blocks, so it had school days
            _check_school_in(week["week_start"], first, last, closed)


def _check_closed(days: list[str], first: date, last: date, school_days: int) -> None:
    seen: set[date] = set()
    for text in days:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise Implausible(f"the day without school {text} is not a real date") from None
        if not first <= day <= last:
            raise Implausible(f"the day without school {day} is outside its period")
        if day.weekday() >= 5:
            raise Implausible(f"it lists {day}, a weekend day, as a day without school")
        if day in seen:
            raise Implausible(f"the day without school {day} appears twice")
        seen.add(day)
    weekdays = sum(1 for n in range((last - first).days + 1)
                   if (first + timedelta(days=n)).weekday() < 5)
    if school_days > weekdays - len(seen):
        raise Implausible(f"it counts {school_days} school days, more than the "
                          f"{weekdays - len(seen)} weekdays with school in its period")


def _check_school_in(week: str, first: date, last: date, closed: set[str]) -> None:
    monday = date.fromisoformat(week)
    days = [monday + timedelta(days=n) for n in range(5)]
    if not any(first <= d <= last and d.isoformat() not in closed for d in days):
        raise Implausible(f"the week of {week} lists protected blocks but had no school days")


def _check_high_leverage(given: float | None, doc: Mapping[str, Any]) -> None:
    categories = {c["slug"]: c for c in doc["definitions"]["categories"]}
    instruction = high = 0.0
    for slug, minutes in doc["by_category"].items():
        category = categories.get(slug)
        if category is None or category["kind"] != "instruction":
            continue
        instruction += minutes
        high += minutes if category["high_leverage"] else 0
    if instruction <= 0:
        if given is not None:
            raise Implausible("it gives a high-leverage share without any instruction time")
        return
    if given is None or abs(given - high / instruction) > SHARE_SLACK:
        raise Implausible("its high-leverage share does not match its time by category")


def _check_follow_through(figures: Mapping[str, Any]) -> None:
    observations, followed = figures["observations"], figures["followed"]
    if followed > observations:
        raise Implausible(f"it says {followed} observations were followed by feedback, of "
                          f"only {observations}")
    share = figures["share"]
    if observations == 0:
        if share is not None:
            raise Implausible("it gives a follow-through share without any observations")
    elif share is None or abs(share - followed / observations) > SHARE_SLACK:
        raise Implausible("its follow-through share does not match its counts")


def _check_planned(planned: Mapping[str, Any], week: str) -> None:
    if planned["blocks_kept"] > planned["blocks"]:
        raise Implausible(f"the week of {week} kept more protected blocks than it had")
    if planned["instruction_minutes"] > WEEK_MINUTES:
        raise Implausible(f"the week of {week} plans more instruction than a week holds")
