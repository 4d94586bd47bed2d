"""A summary must be possible and agree with its own days, even when its checksum matches."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from leadership_desk.exchange.summary import SummaryRejected, dumps, parse_summary, seal
from tests.exchange.test_summary import make

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def resealed(change: Callable[[dict], object]) -> bytes:
    """The summary, edited by `change` and sealed again as a forger would."""
    doc = json.loads(dumps(make()))
    change(doc)
    return dumps(seal({k: v for k, v in doc.items() if k != "checksum"}))


def refusal(data: bytes) -> str:
    with pytest.raises(SummaryRejected) as caught:
        parse_summary(data, now=NOW)
    return caught.value.message


def test_the_untouched_summary_is_accepted():
    assert parse_summary(resealed(lambda doc: None), now=NOW)["school"]["id"] == "CA-1964733"


def lift_one_day(doc: dict) -> None:
    """One day of 100,170 instruction minutes, every total made to agree."""
    day = doc["days"][0]
    day["by_category"]["feedback-coaching"] += 100_110
    day["minutes"]["instruction"] += 100_110
    doc["by_category"]["feedback-coaching"] += 100_110
    doc["totals"]["minutes"]["instruction"] += 100_110
    doc["weeks"][0]["minutes"]["instruction"] += 100_110
    m = doc["totals"]["minutes"]
    doc["totals"]["instruction_share"] = round(m["instruction"] / (m["instruction"]
                                                                   + m["management"]), 4)
    doc["weeks"][0]["instruction_share"] = doc["totals"]["instruction_share"]


def set_path(path: str, value) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        *parents, last = path.split("/")
        target = doc
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value
    return change


def both(*changes: Callable[[dict], None]) -> Callable[[dict], None]:
    def change(doc: dict) -> None:
        for one in changes:
            one(doc)
    return change


CASES = {
    "more than a day": (lift_one_day, "more than the 1,440 in a day"),
    "a day outside": (set_path("days/1/date", "2026-11-23"), "outside its period"),
    "a day twice": (set_path("days/1/date", "2026-11-16"), "appears twice"),
    "not a date": (set_path("days/1/date", "2026-02-30"), "not a real date"),
    "weeks disagree": (set_path("weeks/0/minutes/other", 300), "week of 2026-11-16"),
    "week days": (set_path("weeks/0/days_logged", 4), "week of 2026-11-16 says 4 days"),
    "week missing": (set_path("weeks", []), "missing from its weeks"),
    "week extra": (lambda d: d["weeks"].append({**d["weeks"][0], "week_start": "2026-11-23"}),
                   "not a week of its days"),
    "by_category": (set_path("by_category/travel", 90), '"travel" does not match'),
    "by_category unknown": (set_path("by_category/bus-duty", 0), '"bus-duty"'),
    "share": (set_path("totals/instruction_share", 0.9), "instruction share that does not"),
    "share of nothing": (set_path("weeks/0/instruction_share", None),
                         "instruction share that does not"),
    "days_logged": (set_path("totals/days_logged", 5), "says 5 days were logged but lists 2"),
    "school days": (set_path("totals/school_days", 6), "6 school days in a period of 5"),
    "total": (set_path("totals/minutes/management", 10), "management total"),
    "century": (both(set_path("period/from", "1926-11-16"), set_path("period/to", "2026-11-20")),
                "outside the years 1990 to 2100"),
    "long period": (set_path("period/from", "2000-01-01"), "more than 5 years"),
    "backwards": (set_path("period/to", "2026-11-15"), "ends before it starts"),
    "zone path": (set_path("period/time_zone", "../../etc"), "not a time zone name"),
    "zone unknown": (set_path("period/time_zone", "Europe/Atlantis"), "not a known time zone"),
    "category twice": (lambda d: d["definitions"]["categories"].append(
        d["definitions"]["categories"][0]), '"feedback-coaching" twice'),
    "nul in name": (set_path("school/name", "Lincoln\x00 Elementary"), "control character"),
    "escape in principal": (set_path("school/principal", "\x1b[2JPat"), "control character"),
    "bidi in id": (set_path("school/id", "CA-\u202e1964733"), "control character"),
    "long category": (set_path("definitions/categories/0/name", "x" * 121),
                      "longer than 120 characters"),
    "future": (set_path("generated_at", "2026-11-22T12:01:00+00:00"),
               "later than this computer's clock allows"),
    "year 9999": (set_path("generated_at", "9999-12-31T00:00:00+00:00"), "made in 9999"),
    "month twice": (set_path("definitions/monthly_targets",
                             [{"month": "2026-11", "target": 0.5}] * 2), "2026-11 twice"),
    "title category": (lambda d: d.__setitem__("titles", [{"title": "x", "category": "nope",
                                                           "minutes": 1}]), '"nope"'),
}


@pytest.mark.parametrize("name", CASES)
def test_each_impossible_or_inconsistent_summary_is_refused_naming_the_problem(name):
    change, words = CASES[name]
    message = refusal(resealed(change))
    assert message.startswith("This summary cannot be right (")
    assert words in message


def test_a_day_of_exactly_1440_minutes_and_a_clock_a_day_behind_are_fine():
    def full_day(doc: dict) -> None:
        day = doc["days"][1]  # 2026-11-18: 90 instruction, 30 other
        day["by_category"]["travel"] += 1320
        day["minutes"]["other"] += 1320
        doc["by_category"]["travel"] += 1320
        doc["totals"]["minutes"]["other"] += 1320
        doc["weeks"][0]["minutes"]["other"] += 1320
        doc["generated_at"] = "2026-11-22T11:59:00+00:00"
    assert parse_summary(resealed(full_day), now=NOW)["days"][1]["minutes"]["other"] == 1350


def text_with(old: str, new: str) -> bytes:
    data = dumps(make())
    assert old.encode() in data
    return data.replace(old.encode(), new.encode(), 1)


@pytest.mark.parametrize("number", ["1e400", "-1e400", "1e30", "1" + "0" * 40])
def test_numbers_too_large_to_be_real_are_refused(number):
    message = refusal(text_with('"other": 30.0', f'"other": {number}'))
    assert "far too large to be real" in message


def test_not_a_number_is_refused():
    assert "NaN, which is not a number" in refusal(text_with('"other": 30.0', '"other": NaN'))


def test_a_name_given_twice_is_refused_as_read_differently_by_other_programs():
    data = text_with('"name": "Lincoln Elementary"',
                     '"name": "Lincoln Elementary", "name": "Another School"')
    assert 'names "name" twice' in refusal(data)


def test_an_export_from_a_log_with_control_characters_is_still_accepted():
    from leadership_desk.exchange.summary import CategoryDefinition

    doc = make(school="Lincoln\x1b[2J Elementary", principal="Pat\x00 Lee", school_id="CA\x07-1",
               reflection="Wins:\n\tcoaching\x1b[31m",
               categories=[CategoryDefinition("feedback-coaching", "Feedback\u202e", "instruction",
                                              True),
                           CategoryDefinition("office-email", "Office", "management", False),
                           CategoryDefinition("travel", "Travel", "other", False)],
               titles=[("Debrief\x1b", "feedback-coaching", 600)])
    parsed = parse_summary(dumps(doc), now=NOW)
    assert parsed["school"] == {"id": "CA-1", "name": "Lincoln[2J Elementary",
                                "principal": "Pat Lee"}
    assert parsed["reflection"] == "Wins:\n\tcoaching[31m"
    assert parsed["titles"][0]["title"] == "Debrief"


def test_a_refusal_never_carries_control_characters_from_the_file():
    data = text_with('"name": "Lincoln Elementary"',
                     '"name\\u001b[2J": 1, "name\\u001b[2J": 2, "name": "Lincoln Elementary"')
    message = refusal(data)
    assert "twice" in message and message.isprintable()
