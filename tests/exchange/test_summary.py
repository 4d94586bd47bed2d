"""The summary file: schema, checksum, and every rejection reason; any input is handled."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

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
    assert reject(dumps({**doc, "version": 2})) == "newer-version"
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
    assert reject(nan) == "damaged"


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


@settings(max_examples=150)
@given(st.data())
def test_a_resealed_summary_with_any_field_changed_is_accepted_or_rejected_cleanly(data):
    doc = json.loads(dumps(make()))
    target = doc
    path = []
    while isinstance(target, dict | list) and target:
        keys = list(target) if isinstance(target, dict) else list(range(len(target)))
        key = data.draw(st.sampled_from(keys))
        path.append(key)
        if not isinstance(target[key], dict | list) or data.draw(st.booleans()):
            target[key] = data.draw(json_values)
            break
        target = target[key]
    resealed = dumps(seal({k: v for k, v in doc.items() if k != "checksum"}))
    try:
        parsed = parse_summary(resealed)
    except SummaryRejected:
        return
    jsonschema.Draft202012Validator(schema()).validate(parsed)
