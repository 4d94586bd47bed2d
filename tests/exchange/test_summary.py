"""The summary file: schema, checksum, and every rejection reason; any input is handled."""

from __future__ import annotations

import json
import math
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import fastjsonschema
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leadership_desk.exchange.summary import (
    CategoryDefinition,
    SummaryInput,
    SummaryRejected,
    build_summary,
    dumps,
    parse_summary,
    schema,
    seal,
)

CATEGORIES = [CategoryDefinition("feedback-coaching", "Feedback & coaching", "instruction", True),
              CategoryDefinition("office-email", "Office", "management", False),
              CategoryDefinition("travel", "Travel", "other", False)]


def make(**changes) -> dict:
    data = dict(
        export_id="8c1f3e9a-2b4d-4c6e-9f00-123456789abc",
        generated_at=datetime(2026, 11, 20, 16, 0, tzinfo=UTC), app_version="0.1.0",
        school_id="CA-1964733", school="Lincoln Elementary", principal="Pat Lee",
        first=date(2026, 11, 16), last=date(2026, 11, 20), time_zone="America/Los_Angeles",
        goal_share=0.75, monthly_targets=[], categories=CATEGORIES,
        days={date(2026, 11, 16): {"feedback-coaching": 3600, "office-email": 7200},
              date(2026, 11, 18): {"travel": 1800, "feedback-coaching": 5400}},
        school_days=5, reflection="Wins: two coaching cycles.")
    data.update(changes)
    return build_summary(SummaryInput(**data))


def test_a_built_summary_validates_and_reads_back():
    doc = make()
    jsonschema.Draft202012Validator(schema()).validate(doc)
    assert parse_summary(dumps(doc)) == doc
    assert doc["totals"]["minutes"] == {"instruction": 150, "management": 120, "other": 30}
    assert doc["totals"]["instruction_share"] == round(150 / 270, 4)
    assert doc["totals"]["days_logged"] == 2
    assert doc["weeks"][0]["week_start"] == "2026-11-16"
    assert "titles" not in doc


def reject(data: bytes) -> str:
    with pytest.raises(SummaryRejected) as caught:
        parse_summary(data)
    return caught.value.reason


def test_every_rejection_reason():
    doc = make()
    assert reject(b"\x89PNG\r\n") == "not-a-summary"
    assert reject(b'{"format": "something-else"}') == "not-a-summary"
    assert reject(dumps({**doc, "version": 3})) == "newer-version"
    edited = json.loads(dumps(doc))
    edited["totals"]["instruction_share"] = 0.9
    assert reject(dumps(edited)) == "damaged"
    truncated = dumps(doc)[:-200]
    assert reject(truncated) == "damaged"
    missing = {k: v for k, v in doc.items() if k not in ("weeks", "checksum")}
    assert reject(dumps(seal(missing))) == "incomplete"
    assert reject(dumps({k: v for k, v in doc.items() if k != "checksum"})) == "incomplete"
    inconsistent = json.loads(dumps(doc))
    inconsistent["days"][0]["minutes"]["instruction"] = 999
    assert reject(dumps(seal({k: v for k, v in inconsistent.items()
                              if k != "checksum"}))) == "inconsistent"
    nan = dumps(doc).replace(b'"instruction": 150.0', b'"instruction": NaN')
    assert reject(nan) == "unreadable"


def test_messages_are_plain_words():
    with pytest.raises(SummaryRejected, match="newer version of Leadership Desk"):
        parse_summary(dumps({**make(), "version": 3}))
    with pytest.raises(SummaryRejected, match="damaged or edited"):
        parse_summary(dumps({**make(), "reflection": "changed"}))


@settings(max_examples=200)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_are_rejected_cleanly(data):
    with pytest.raises(SummaryRejected):
        parse_summary(data)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=30)


@settings(max_examples=200)
@given(json_values)
def test_arbitrary_json_is_rejected_cleanly(value):
    with pytest.raises(SummaryRejected):
        parse_summary(json.dumps(value).encode())


def assert_possible_and_consistent(doc: dict) -> None:
    """The rules an accepted summary keeps, restated independently of the reader's code."""
    first = date.fromisoformat(doc["period"]["from"])
    last = date.fromisoformat(doc["period"]["to"])
    assert date(1990, 1, 1) <= first <= last <= date(2100, 12, 31)
    assert (last - first).days < 5 * 366
    assert datetime.fromisoformat(doc["generated_at"]).year >= 1990
    kinds = {c["slug"]: c["kind"] for c in doc["definitions"]["categories"]}
    assert len(kinds) == len(doc["definitions"]["categories"])
    dates = [date.fromisoformat(d["date"]) for d in doc["days"]]
    assert len(set(dates)) == len(dates) and all(first <= d <= last for d in dates)
    totals = {"instruction": 0.0, "management": 0.0, "other": 0.0}
    per_slug: dict[str, float] = {}
    for day in doc["days"]:
        assert sum(day["minutes"].values()) <= 1440.05
        for slug, minutes in day["by_category"].items():
            assert math.isfinite(minutes) and minutes >= 0
            per_slug[slug] = per_slug.get(slug, 0) + minutes
        for kind in totals:
            totals[kind] += day["minutes"][kind]
    tolerance = 0.01 * (len(dates) + 2)
    for kind, minutes in totals.items():
        assert abs(doc["totals"]["minutes"][kind] - minutes) <= tolerance
    for slug in set(per_slug) | set(doc["by_category"]):
        assert abs(doc["by_category"].get(slug, 0) - per_slug.get(slug, 0)) <= tolerance
    assert doc["totals"]["days_logged"] == len(dates)
    assert doc["totals"]["school_days"] <= (last - first).days + 1
    m = doc["totals"]["minutes"]
    if m["instruction"] + m["management"] == 0:
        assert doc["totals"]["instruction_share"] is None
    else:
        share = m["instruction"] / (m["instruction"] + m["management"])
        assert abs(doc["totals"]["instruction_share"] - share) < 0.001
    assert sorted(w["week_start"] for w in doc["weeks"]) == sorted(
        {(d - timedelta(days=d.weekday())).isoformat() for d in dates})
    for week in doc["weeks"]:
        monday = date.fromisoformat(week["week_start"])
        inside = [d for d in doc["days"]
                  if monday <= date.fromisoformat(d["date"]) < monday + timedelta(days=7)]
        assert week["days_logged"] == len(inside)
        for kind in totals:
            assert abs(week["minutes"][kind] - sum(d["minutes"][kind] for d in inside)) \
                <= tolerance
    for name in (doc["school"]["id"], doc["school"]["name"], doc["school"]["principal"]):
        assert name.isprintable() and len(name) <= 120
    ZoneInfo(doc["period"]["time_zone"])


def numbers_in(value, path=()):
    if isinstance(value, dict):
        for key, child in value.items():
            yield from numbers_in(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from numbers_in(child, (*path, index))
    elif isinstance(value, int | float) and not isinstance(value, bool):
        yield path


def change_at(doc: dict, path: tuple, value) -> None:
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


def change_any_field(doc: dict, data) -> None:
    """One member anywhere in `doc`, whole objects and lists included, set to any JSON."""
    target = doc
    while isinstance(target, dict | list) and target:
        keys = list(target) if isinstance(target, dict) else list(range(len(target)))
        key = data.draw(st.sampled_from(keys))
        if not isinstance(target[key], dict | list) or data.draw(st.booleans()):
            target[key] = data.draw(json_values)
            break
        target = target[key]


@settings(max_examples=200)
@given(st.data())
def test_the_fast_validator_agrees_with_the_reference_one(data):
    from leadership_desk.exchange.summary import _fast_validator

    doc = json.loads(dumps(make(titles=[("Debrief", "feedback-coaching", 600)])))
    for _ in range(data.draw(st.integers(0, 3))):
        change_any_field(doc, data)
    try:
        _fast_validator()(doc)
        fast = True
    except fastjsonschema.JsonSchemaValueException:
        fast = False
    assert fast == jsonschema.Draft202012Validator(schema()).is_valid(doc)


nearby_values = (st.floats(min_value=0, max_value=3000) | st.integers(-5, 3000)
                 | st.sampled_from([0, 0.0, 1440, 1440.01, 1e30]))


def lift(doc: dict, index: int, extra: float) -> None:
    """Adds `extra` minutes of one category to one day and to every total that holds it."""
    day = doc["days"][index]
    slug = sorted(day["by_category"])[0]
    kind = {c["slug"]: c["kind"] for c in doc["definitions"]["categories"]}[slug]
    monday = date.fromisoformat(day["date"])
    monday -= timedelta(days=monday.weekday())
    week = next(w for w in doc["weeks"] if w["week_start"] == monday.isoformat())
    for holder, key in ((day["by_category"], slug), (day["minutes"], kind),
                        (doc["by_category"], slug), (doc["totals"]["minutes"], kind),
                        (week["minutes"], kind)):
        holder[key] = round(holder[key] + extra, 2)
    for holder in (doc["totals"], week):
        m = holder["minutes"]
        base = m["instruction"] + m["management"]
        holder["instruction_share"] = round(m["instruction"] / base, 4) if base else None


@settings(max_examples=150)
@given(st.data())
def test_any_resealed_summary_the_reader_accepts_keeps_every_rule(data):
    """Edits a forger could make (any field to anything, or several numbers to near
    values), re-sealed: what is accepted is possible and consistent."""
    doc = json.loads(dumps(make(days={
        date(2026, 11, 16): {"feedback-coaching": 3600, "office-email": 7200},
        date(2026, 11, 18): {"travel": 1800, "feedback-coaching": 5400},
        date(2026, 11, 19): {"office-email": 60}})))
    how = data.draw(st.sampled_from(["any field", "numbers", "a consistent lift"]))
    if how == "a consistent lift":
        lift(doc, data.draw(st.sampled_from(range(len(doc["days"])))),
             data.draw(st.floats(min_value=0, max_value=3000)))
    elif how == "any field":
        change_any_field(doc, data)
    else:
        paths = list(numbers_in(doc))
        for path in data.draw(st.lists(st.sampled_from(paths), min_size=1, max_size=4)):
            change_at(doc, path, data.draw(nearby_values))
    resealed = dumps(seal({k: v for k, v in doc.items() if k != "checksum"}))
    try:
        parsed = parse_summary(resealed, now=datetime(2026, 11, 21, tzinfo=UTC))
    except SummaryRejected:
        return
    assert_possible_and_consistent(parsed)
