"""What a summary must be beyond its schema: possible, consistent with its own days, clean.

The checksum proves a file was not damaged, not who made it (the rule is public), so an
edited and re-sealed summary is only as good as these checks. Each check names the first
problem in words a principal supervisor understands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from leadership_desk.domain.periods import EARLIEST, LATEST
from leadership_desk.domain.text import is_control

KINDS = ("instruction", "management", "other")
MAX_PERIOD_DAYS = 5 * 366  # a few school years; longer is not a summary anyone sends
DAY_MINUTES = 1440
FUTURE_LEEWAY = timedelta(days=1)  # computers' clocks and time zones disagree a little
TEXT_LIMITS = {"school id": 120, "school name": 120, "principal": 120, "category name": 120,
               "category slug": 80, "app version": 40, "definition": 1000, "title": 200}
MAX_CATEGORIES = 200
# A minute figure is rounded to 0.01 on its own, so a sum of n of them may be off by n/200.
ROUNDING = 0.005
_ZONE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+)*$")


class Implausible(Exception):
    """The first problem found, in plain words (without the sentence around it)."""


def check_summary(doc: Mapping[str, Any], now: datetime | None = None) -> None:
    """Raises Implausible naming the first problem; `now` is the importing computer's clock."""
    first, last = _period(doc["period"])
    _check_zone(doc["period"]["time_zone"])
    _check_generated(doc["generated_at"], now)
    _check_texts(doc)
    kinds = _categories(doc["definitions"])
    _check_targets(doc["definitions"]["monthly_targets"])
    days = _days(doc["days"], first, last, kinds)
    _check_by_category(doc["by_category"], days, kinds)
    _check_totals(doc["totals"], days, (last - first).days + 1)
    _check_weeks(doc["weeks"], days, first, last)
    _check_titles(doc.get("titles") or [], kinds, doc["totals"]["minutes"])
    from leadership_desk.exchange.planning_checks import check_planning

    check_planning(doc, first, last)


def _real_date(text: str, what: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise Implausible(f"{what} {text} is not a real date") from None
    if not EARLIEST <= day <= LATEST:
        raise Implausible(f"{what} {text} is outside the years "
                          f"{EARLIEST.year} to {LATEST.year}")
    return day


def _period(period: Mapping[str, Any]) -> tuple[date, date]:
    first = _real_date(period["from"], "its first day")
    last = _real_date(period["to"], "its last day")
    if last < first:
        raise Implausible("its period ends before it starts")
    if (last - first).days + 1 > MAX_PERIOD_DAYS:
        raise Implausible(f"its period covers {(last - first).days + 1} days, more than "
                          f"{MAX_PERIOD_DAYS // 366} years")
    return first, last


def _check_zone(name: str) -> None:
    if not _ZONE_NAME.match(name) or len(name) > 60:
        raise Implausible(f'its time zone "{_shown(name)}" is not a time zone name')
    try:
        ZoneInfo(name)
    except (ValueError, OSError, LookupError):
        raise Implausible(f'its time zone "{name}" is not a known time zone') from None


def _check_generated(text: str, now: datetime | None) -> None:
    try:
        generated = datetime.fromisoformat(text)
    except ValueError:
        raise Implausible("the time it was made is not a real time") from None
    if generated.tzinfo is None:
        generated = generated.replace(tzinfo=UTC)
    if not EARLIEST <= generated.date() <= LATEST:
        raise Implausible(f"it says it was made in {generated.year}")
    if now is not None and generated > now + FUTURE_LEEWAY:
        raise Implausible(f"it says it was made on {generated:%Y-%m-%d %H:%M} UTC, later than "
                          f"this computer's clock allows; the principal's computer clock may "
                          f"be wrong")


def _shown(text: str) -> str:
    return "".join(ch if ch.isprintable() else "?" for ch in text[:60])


def _check_text(text: str, what: str, *, lines: bool = False) -> None:
    limit = TEXT_LIMITS.get(what)
    if limit is not None and len(text) > limit:
        raise Implausible(f"its {what} is longer than {limit} characters")
    # every control character is unprintable: most texts are done in one C loop
    if (text.replace("\n", "").replace("\t", "") if lines else text).isprintable():
        return
    for ch in text:
        if lines and ch in "\n\t":
            continue
        if is_control(ch):
            raise Implausible(f'its {what} "{_shown(text)}" holds a control character')


def _check_texts(doc: Mapping[str, Any]) -> None:
    school = doc["school"]
    _check_text(school["id"], "school id")
    _check_text(school["name"], "school name")
    _check_text(school["principal"], "principal")
    _check_text(doc["app_version"], "app version")
    _check_text(doc["definitions"]["instruction_share"], "definition")
    _check_text(doc["reflection"], "reflection", lines=True)
    for title in doc.get("titles") or []:
        _check_text(title["title"], "title")


def _categories(definitions: Mapping[str, Any]) -> dict[str, str]:
    categories = definitions["categories"]
    if len(categories) > MAX_CATEGORIES:
        raise Implausible(f"it defines more than {MAX_CATEGORIES} categories")
    kinds: dict[str, str] = {}
    for category in categories:
        _check_text(category["slug"], "category slug")
        _check_text(category["name"], "category name")
        if category["slug"] in kinds:
            raise Implausible(f'it defines the category "{category["slug"]}" twice')
        kinds[category["slug"]] = category["kind"]
    return kinds


def _check_targets(targets: Iterable[Mapping[str, Any]]) -> None:
    seen = set()
    for target in targets:
        month = target["month"]
        _real_date(f"{month}-01", "a monthly target's month")
        if month in seen:
            raise Implausible(f"it sets the target of {month} twice")
        seen.add(month)


def _close(given: float, expected: float, parts: int) -> bool:
    return abs(given - expected) <= ROUNDING * (parts + 1) + 1e-9


def _days(entries: list[Mapping[str, Any]], first: date, last: date,
          kinds: Mapping[str, str]) -> dict[date, Mapping[str, Any]]:
    days: dict[date, Mapping[str, Any]] = {}
    for entry in entries:
        day = _real_date(entry["date"], "a day")
        if not first <= day <= last:
            raise Implausible(f"the day {day} is outside its period {first} to {last}")
        if day in days:
            raise Implausible(f"the day {day} appears twice")
        days[day] = entry
        cats = entry["by_category"]
        expected = {"instruction": 0, "management": 0, "other": 0}
        for slug, minutes in cats.items():  # each kind summed in the order of the file
            kind = kinds.get(slug)
            if kind is None:
                raise Implausible(f'{day} uses the category "{slug}", which it does not define')
            expected[kind] += minutes
        given, leeway = entry["minutes"], ROUNDING * (len(cats) + 1) + 1e-9  # as in _close
        for kind in KINDS:
            if abs(given[kind] - expected[kind]) > leeway:
                raise Implausible(f"the {kind} minutes of {day} do not match its categories")
        if sum(entry["minutes"].values()) > DAY_MINUTES + ROUNDING * 4:
            raise Implausible(f"{day} holds {sum(entry['minutes'].values()):,.0f} minutes, "
                              f"more than the {DAY_MINUTES:,} in a day")
    return days


def _check_by_category(by_category: Mapping[str, float], days: Mapping[date, Any],
                       kinds: Mapping[str, str]) -> None:
    sums: dict[str, float] = {}
    for entry in days.values():
        for slug, minutes in entry["by_category"].items():
            sums[slug] = sums.get(slug, 0.0) + minutes
    for slug in sorted(set(sums) | set(by_category)):
        if slug not in kinds:
            raise Implausible(f'its time by category names "{slug}", which it does not define')
        if not _close(by_category.get(slug, 0.0), sums.get(slug, 0.0), len(days)):
            raise Implausible(f'its time for the category "{slug}" does not match its days')


def _kind_sums(entries: Iterable[Mapping[str, Any]]) -> dict[str, float]:
    sums = dict.fromkeys(KINDS, 0.0)
    for entry in entries:
        for kind in KINDS:
            sums[kind] += entry["minutes"][kind]
    return sums


def _check_share(given: float | None, minutes: Mapping[str, float], where: str) -> None:
    base = minutes["instruction"] + minutes["management"]
    if base <= 0:
        if given is not None:
            raise Implausible(f"{where} gives an instruction share without any instruction "
                              f"or management time")
        return
    if given is None or abs(given - minutes["instruction"] / base) > 0.0002:
        raise Implausible(f"{where} gives an instruction share that does not match its minutes")


def _check_totals(totals: Mapping[str, Any], days: Mapping[date, Any], period_days: int) -> None:
    sums = _kind_sums(days.values())
    for kind in KINDS:
        if not _close(totals["minutes"][kind], sums[kind], len(days)):
            raise Implausible(f"the {kind} total does not match its days")
    _check_share(totals["instruction_share"], totals["minutes"], "its total")
    if totals["days_logged"] != len(days):
        raise Implausible(f"it says {totals['days_logged']} days were logged but lists "
                          f"{len(days)}")
    if totals["school_days"] > period_days:
        raise Implausible(f"it counts {totals['school_days']} school days in a period of "
                          f"{period_days} days")


def _check_weeks(weeks: list[Mapping[str, Any]], days: Mapping[date, Any], first: date,
                 last: date) -> None:
    by_week: dict[date, list[Mapping[str, Any]]] = {}
    for day, entry in days.items():
        by_week.setdefault(day - timedelta(days=day.weekday()), []).append(entry)
    seen = set()
    for week in weeks:
        monday = _real_date(week["week_start"], "a week's first day")
        if monday in seen:
            raise Implausible(f"the week of {monday} appears twice")
        seen.add(monday)
        entries = by_week.get(monday)
        if entries is None:
            _check_unlogged_week(week, monday, first, last)
            continue
        sums = _kind_sums(entries)
        if any(not _close(week["minutes"][k], sums[k], len(entries)) for k in KINDS):
            raise Implausible(f"the minutes of the week of {monday} do not match its days")
        if week["days_logged"] != len(entries):
            raise Implausible(f"the week of {monday} says {week['days_logged']} days were "
                              f"logged but lists {len(entries)}")
        _check_share(week["instruction_share"], week["minutes"], f"the week of {monday}")
    missing = sorted(set(by_week) - seen)
    if missing:
        raise Implausible(f"the week of {missing[0]} is missing from its weeks")


def _check_unlogged_week(week: Mapping[str, Any], monday: date, first: date,
                         last: date) -> None:
    """A week without logged days is listed only for its protected blocks (version 2)."""
    if week.get("planned", {}).get("blocks", 0) <= 0:
        raise Implausible(f"the week of {monday} is not a week of its days")
    if monday.weekday() != 0 or not first - timedelta(days=6) <= monday <= last:
        raise Implausible(f"the week of {monday} is not a week of its period")
    if (week["days_logged"] or week["instruction_share"] is not None
            or any(week["minutes"][k] for k in KINDS)):
        raise Implausible(f"the week of {monday} has time but none of its days do")
    if week["planned"].get("blocks_kept", 0) > 0:  # kept means logged as instruction
        raise Implausible(f"the week of {monday} kept protected blocks without any time")


def _check_titles(titles: list[Mapping[str, Any]], kinds: Mapping[str, str],
                  totals: Mapping[str, float]) -> None:
    ceiling = sum(totals.values()) + 1
    for title in titles:
        if title["category"] not in kinds:
            raise Implausible(f'a title uses the category "{_shown(title["category"])}", '
                              f"which it does not define")
        if title["minutes"] > ceiling:
            raise Implausible("a title holds more minutes than the whole summary")
