"""The fast schema check of a summary's days agrees with the schema compiled in full.

The reference is fastjsonschema on the whole schema (what the shortcut replaces): it reads
a pattern's final $ as the end of the text, where jsonschema lets a newline before it pass.
"""

from __future__ import annotations

import copy
import json

import fastjsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leadership_desk.exchange.summary import dumps, schema
from leadership_desk.exchange.summary_schema import DAYS_RULE, compile_schema, days_keep_schema
from tests.exchange.test_summary import make

# values that sit just on either side of the schema's rules for a day
EDGES = st.sampled_from([
    0, 0.0, -0.0, -1, -0.01, 1e-9, 30, 30.5, True, False, None, "30", [], {}, "2026-11-16",
    "2026-11-16\n", "2026-1-16", "٢٠٢٦-١١-١٦", "travel", "travel\n", "Travel", "-travel",
    "travel-", "a--b", "a-b", "", "x" * 200])
KEYS = st.sampled_from(["date", "minutes", "by_category", "instruction", "management",
                        "other", "travel", "office-email", "Travel", "travel\n", "extra"])


def keeps(rule: dict, value) -> bool:
    try:
        fastjsonschema.compile(rule, use_formats=False, use_default=False)(value)
    except fastjsonschema.JsonSchemaValueException:
        return False
    return True


def mutate(days: list, data) -> None:
    """One change somewhere inside the days: a value replaced, a member added or removed."""
    target = days
    while True:
        keys = list(target) if isinstance(target, dict) else list(range(len(target)))
        if not keys:
            return
        key = data.draw(st.sampled_from(keys))
        child = target[key]
        if isinstance(child, dict | list) and child and data.draw(st.booleans()):
            target = child
            continue
        action = data.draw(st.sampled_from(["set", "add", "drop"]))
        if action == "set":
            target[key] = data.draw(EDGES)
        elif action == "add" and isinstance(target, dict):
            target[data.draw(KEYS)] = data.draw(EDGES)
        elif action == "drop":
            del target[key]
        return


def test_the_rule_it_implements_is_the_schemas():
    assert schema()["properties"]["days"] == DAYS_RULE


@settings(max_examples=200)
@given(st.data())
def test_days_it_passes_keep_the_schema(data):
    doc = json.loads(dumps(make()))
    for _ in range(data.draw(st.integers(1, 3))):
        mutate(doc["days"], data)
    if days_keep_schema(doc["days"]):
        assert keeps(DAYS_RULE, doc["days"])
    # and the whole check, shortcut and all, says what the schema says
    try:
        compile_schema(schema())(doc)
        fast = True
    except fastjsonschema.JsonSchemaValueException:
        fast = False
    assert fast == keeps(schema(), doc)


def test_ordinary_days_take_the_shortcut():
    doc = json.loads(dumps(make()))
    assert days_keep_schema(doc["days"])
    assert days_keep_schema([])


def test_a_schema_with_other_days_gets_the_general_check():
    changed = copy.deepcopy(schema())
    changed["properties"]["days"]["items"]["required"].append("note")
    changed["properties"]["days"]["items"]["properties"]["note"] = {"type": "string"}
    validate = compile_schema(changed)
    doc = json.loads(dumps(make()))
    try:
        validate(doc)
        accepted = True
    except fastjsonschema.JsonSchemaValueException:
        accepted = False
    assert not accepted  # the days have no "note": the shortcut must not have been taken


def _slug_with_newline(day):
    day["by_category"]["travel\n"] = 1.0


def _date_with_newline(day):
    day["date"] += "\n"


def _negative(day):
    day["minutes"]["other"] = -0.01


def _true_as_minutes(day):
    day["by_category"]["travel"] = True


def _extra_member(day):
    day["note"] = "x"


def _missing_kind(day):
    del day["minutes"]["other"]


@pytest.mark.parametrize("change", [_slug_with_newline, _date_with_newline, _negative,
                                    _true_as_minutes, _extra_member, _missing_kind])
def test_each_edge_of_the_rule_is_refused_as_the_schema_refuses_it(change):
    days = json.loads(dumps(make()))["days"]
    change(days[0])
    assert not keeps(DAYS_RULE, days)
    assert not days_keep_schema(days)
