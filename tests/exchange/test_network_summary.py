"""The network summary format: built, sealed, read back, and every kind of refusal."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import jsonschema
import pytest

from leadership_desk.exchange.network_summary import (
    NetworkInput,
    build_network_summary,
    parse_network_summary,
    schema,
)
from leadership_desk.exchange.summary import SummaryRejected, dumps, seal

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
CATEGORIES = [{"slug": "ias-coaching", "name": "Coaching", "kind": "instruction",
               "high_leverage": True},
              {"slug": "ias-personnel", "name": "Personnel", "kind": "management",
               "high_leverage": False},
              {"slug": "ias-travel", "name": "Travel", "kind": "other", "high_leverage": False}]


def sample(**changes) -> dict:
    data = dict(
        export_id="12345678-1234-4234-8234-123456789abc", generated_at=NOW,
        app_version="test", ias="Morgan Lee", network="North", first=date(2026, 11, 2),
        last=date(2026, 11, 13), time_zone="America/Los_Angeles", goal_share=0.75,
        categories=CATEGORIES,
        minutes={"instruction": 90, "management": 30, "other": 30}, days_logged=2,
        by_category={"ias-coaching": 90, "ias-personnel": 30, "ias-travel": 30},
        weeks=[(date(2026, 11, 2), {"instruction": 60, "management": 0, "other": 30}),
               (date(2026, 11, 9), {"instruction": 30, "management": 30, "other": 0})],
        by_school={"A1": {"instruction": 90, "management": 30, "other": 0},
                   "none": {"instruction": 0, "management": 0, "other": 30}},
        schools=[{"id": "A1", "name": "Adams", "principal": "Pat Lee",
                  "instruction_share": 0.25, "goal_share": 0.75, "flags": ["below goal"],
                  "to": "2026-11-13"}])
    data.update(changes)
    return build_network_summary(NetworkInput(**data))


def test_a_network_summary_keeps_its_schema_and_reads_back():
    doc = sample()
    jsonschema.Draft202012Validator(schema()).validate(doc)
    assert doc["totals"]["instructional_support_share"] == 0.75  # 90 / (90 + 30)
    assert [w["instructional_support_share"] for w in doc["weeks"]] == [1.0, 0.5]
    assert parse_network_summary(dumps(doc), NOW) == doc
    assert "note" not in dumps(doc).decode() and "title" not in dumps(doc).decode()


def edited(doc: dict, reseal: bool = True, **changes) -> bytes:
    changed = {**doc, **changes}
    changed.pop("checksum")
    return dumps(seal(changed) if reseal else {**changed, "checksum": doc["checksum"]})


def reason(data: bytes, now: datetime | None = NOW) -> str:
    with pytest.raises(SummaryRejected) as caught:
        parse_network_summary(data, now)
    return caught.value.reason


def test_every_kind_of_refusal():
    doc = sample()
    good = dumps(doc)
    assert reason(b"not json at all") == "damaged"
    assert reason(good[: len(good) // 2]) == "damaged"
    assert reason(json.dumps({"format": "leadership-desk-summary"}).encode()) == \
        "not-a-summary"
    assert reason(edited(doc, version="1")) == "not-a-summary"
    assert reason(edited(doc, version=2)) == "newer-version"
    assert reason(good.replace(b'"version": 1,', b'"version": 1, "version": 1,')) == \
        "unreadable"
    assert reason(good.replace(b'"days_logged": 2', b'"days_logged": NaN')) == "unreadable"
    no_checksum = {k: v for k, v in doc.items() if k != "checksum"}
    assert reason(dumps(no_checksum)) == "incomplete"
    assert reason(edited(doc, reseal=False, by_school={})) == "damaged"
    without_schools = {k: v for k, v in doc.items() if k not in ("schools", "checksum")}
    assert reason(dumps(seal(without_schools))) == "incomplete"
    assert reason(edited(doc, by_school={"A1": doc["by_school"]["A1"]})) == "inconsistent"
    assert reason(edited(doc, totals={**doc["totals"], "instructional_support_share": 0.5})) \
        == "inconsistent"
    assert reason(edited(doc, by_category={"ias-unknown": 150})) == "inconsistent"
    assert reason(dumps(sample(generated_at=datetime(2026, 11, 25, tzinfo=UTC)))) == \
        "inconsistent"  # made days after this computer's clock
    assert reason(edited(doc, period={**doc["period"], "to": "2026-10-01"})) == "inconsistent"
