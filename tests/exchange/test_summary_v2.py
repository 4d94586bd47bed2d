"""Version 2 of the summary: its optional members, their consistency checks, and version 1
files still reading."""

from __future__ import annotations

import json
from datetime import date

import jsonschema
import pytest

from leadership_desk.exchange.summary import (
    SummaryRejected,
    dumps,
    parse_summary,
    schema,
    seal,
)
from tests.exchange.test_summary import make

MONDAY = date(2026, 11, 16)
PLANNED = {"instruction_minutes": 180.0, "blocks": 2, "blocks_kept": 1}


def v2(**changes) -> dict:
    return make(**{"follow_through": (3, 2), "planned": {MONDAY: PLANNED},
                   "non_school_days": [date(2026, 11, 19)], "school_days": 4, **changes})


def resealed(doc: dict, change) -> bytes:
    copy = json.loads(dumps(doc))
    change(copy)
    return dumps(seal({k: v for k, v in copy.items() if k != "checksum"}))


def reason(data: bytes) -> str:
    with pytest.raises(SummaryRejected) as caught:
        parse_summary(data)
    return caught.value.reason


def test_version_2_members_validate_and_read_back():
    doc = v2()
    jsonschema.Draft202012Validator(schema()).validate(doc)
    assert parse_summary(dumps(doc)) == doc
    assert doc["version"] == 2
    # instruction: 150 min, all of it feedback & coaching (high leverage)
    assert doc["totals"]["high_leverage_share"] == 1.0
    assert doc["totals"]["follow_through"] == {"observations": 3, "followed": 2,
                                               "share": round(2 / 3, 4)}
    assert doc["weeks"][0]["planned"] == PLANNED
    assert doc["period"]["non_school_days"] == ["2026-11-19"]


def test_a_version_1_file_still_imports():
    def to_v1(doc):
        doc["version"] = 1
        del doc["totals"]["high_leverage_share"], doc["totals"]["follow_through"]
        del doc["period"]["non_school_days"], doc["weeks"][0]["planned"]
    doc = parse_summary(resealed(v2(), to_v1))
    assert doc["version"] == 1 and "follow_through" not in doc["totals"]


def test_a_version_1_file_with_version_2_figures_is_refused():
    assert reason(resealed(v2(), lambda d: d.update(version=1))) == "inconsistent"

    def only_roles(doc):
        doc["version"] = 1
        del doc["totals"]["high_leverage_share"], doc["totals"]["follow_through"]
        del doc["period"]["non_school_days"], doc["weeks"][0]["planned"]
        doc["definitions"]["categories"][0]["follow_up"] = "feedback"
    assert reason(resealed(v2(), only_roles)) == "inconsistent"


@pytest.mark.parametrize("change", [
    lambda d: d["totals"]["follow_through"].update(followed=4, share=1.0),
    lambda d: d["totals"]["follow_through"].update(share=0.9),
    lambda d: d["totals"].update(high_leverage_share=0.5),
    lambda d: d["weeks"][0]["planned"].update(blocks_kept=3),
    lambda d: d["weeks"][0]["planned"].update(instruction_minutes=20000),
    lambda d: d["period"].update(non_school_days=["2026-11-21"]),  # a Saturday
    lambda d: d["period"].update(non_school_days=["2026-11-23"]),  # after the period
    lambda d: d["totals"].update(school_days=5),  # 5 weekdays, one without school
])
def test_version_2_figures_must_agree_with_the_file(change):
    assert reason(resealed(v2(), change)) == "inconsistent"


def test_no_free_text_in_the_version_2_members():
    doc = v2()
    members = [doc["totals"]["follow_through"], doc["weeks"][0]["planned"],
               doc["period"]["non_school_days"]]
    assert not [v for m in members for v in (m.values() if isinstance(m, dict) else m)
                if isinstance(v, str) and not v[:4].isdigit()]
    added = schema()["properties"]["totals"]["properties"]["follow_through"]
    assert added["additionalProperties"] is False


EMPTY_WEEK = date(2026, 11, 9)  # blocks planned, nothing logged
UNPLANNED = date(2026, 11, 2)  # no blocks, nothing logged


def with_unlogged_week(**changes) -> dict:
    return v2(first=UNPLANNED, planned={
        MONDAY: PLANNED, UNPLANNED: {"instruction_minutes": 0.0, "blocks": 0, "blocks_kept": 0},
        EMPTY_WEEK: {"instruction_minutes": 270.0, "blocks": 3, "blocks_kept": 0}}, **changes)


def test_a_week_with_blocks_and_nothing_logged_is_listed_with_its_blocks():
    doc = with_unlogged_week()
    jsonschema.Draft202012Validator(schema()).validate(doc)
    assert parse_summary(dumps(doc)) == doc
    # the week of Nov 2 had neither blocks nor time, so it is not listed
    assert [w["week_start"] for w in doc["weeks"]] == ["2026-11-09", "2026-11-16"]
    assert doc["weeks"][0] == {
        "week_start": "2026-11-09", "days_logged": 0, "instruction_share": None,
        "minutes": {"instruction": 0.0, "management": 0.0, "other": 0.0},
        "planned": {"instruction_minutes": 270.0, "blocks": 3, "blocks_kept": 0}}
    assert doc["weeks"][1]["days_logged"] == 2 and doc["weeks"][1]["planned"] == PLANNED


@pytest.mark.parametrize("change", [
    lambda d: d["weeks"][0]["planned"].update(blocks=0),  # then it has no reason to be there
    lambda d: d["weeks"][0]["planned"].update(blocks_kept=1),  # kept without any time
    lambda d: d["weeks"][0].update(days_logged=1),
    lambda d: d["weeks"][0].update(instruction_share=0.5),
    lambda d: d["weeks"][0]["minutes"].update(other=30.0),
    lambda d: d["weeks"][0].update(week_start="2026-11-10"),  # not a Monday
    lambda d: d["weeks"][0].update(week_start="2026-10-26"),  # before the period
    lambda d: d["weeks"][0].update(week_start="2026-11-23"),  # after the period
    lambda d: d["weeks"][0].pop("planned"),
])
def test_a_week_without_logged_days_must_be_an_honest_planned_week(change):
    assert reason(resealed(with_unlogged_week(), change)) == "inconsistent"


def test_a_version_1_file_cannot_list_a_week_without_logged_days():
    def to_v1(doc):
        doc["version"] = 1
        del doc["totals"]["high_leverage_share"], doc["totals"]["follow_through"]
        del doc["period"]["non_school_days"], doc["weeks"][1]["planned"]
    assert reason(resealed(with_unlogged_week(), to_v1)) == "inconsistent"


def test_a_week_listed_for_its_blocks_had_school_days():
    # Nov 9-13 all without school: no block could have been planned that week
    closed = [date(2026, 11, d) for d in (9, 10, 11, 12, 13, 19)]
    assert reason(dumps(with_unlogged_week(non_school_days=closed))) == "inconsistent"
    assert parse_summary(dumps(with_unlogged_week(non_school_days=closed[1:])))
