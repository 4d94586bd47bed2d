"""Hostile or odd files never reach the roll-up, never stop the other files, never hang."""

from __future__ import annotations

import json
import os
import sys
from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leadership_desk.domain.periods import Period
from leadership_desk.errors import NotFoundError
from leadership_desk.exchange.summary import dumps, seal
from leadership_desk.services import import_service
from leadership_desk.services.container import open_services
from tests.helpers import log

WEEK = Period(date(2026, 11, 16), date(2026, 11, 20))


@pytest.fixture
def summary(services, tmp_path):
    """A genuine summary of one week, as a dict."""
    log(services, "feedback-coaching", "2026-11-16 08:00", "2026-11-16 09:00")
    log(services, "office-email", "2026-11-16 09:00", "2026-11-16 11:00")
    out = tmp_path / "genuine.json"
    services.exports.write(services.exports.build(WEEK), "json", out)
    return json.loads(out.read_text())


@pytest.fixture
def ias(tmp_path, clock):
    s = open_services(tmp_path / "ias.sqlite3", clock=clock, default_zone="America/Los_Angeles")
    yield s
    s.close()


def sealed(doc: dict) -> bytes:
    return dumps(seal({k: v for k, v in doc.items() if k != "checksum"}))


def test_a_file_with_impossible_numbers_is_refused_and_the_next_is_imported(summary, ias,
                                                                             tmp_path):
    bad = tmp_path / "a-bad.json"
    bad.write_bytes(dumps(summary).replace(b'"other": 0.0', b'"other": 1e30', 1))
    good = tmp_path / "b-good.json"
    good.write_bytes(dumps(summary))
    results = ias.imports.import_paths([bad, good])
    assert [r.status for r in results] == ["rejected", "accepted"]
    assert "far too large to be real" in results[0].reason
    assert [row.school for row in ias.rollup.rows()] == ["Lincoln Elementary"]


def test_an_unexpected_error_rejects_that_file_only_and_is_logged(summary, ias, tmp_path,
                                                                  monkeypatch, caplog):
    real = import_service.parse_summary

    def explode_on_first(data, now=None):
        if b"explode" in data:
            raise OverflowError("int too large to convert to float")
        return real(data, now)

    monkeypatch.setattr(import_service, "parse_summary", explode_on_first)
    (tmp_path / "a.json").write_bytes(dumps({**summary, "explode": 1}))
    (tmp_path / "b.json").write_bytes(dumps(summary))
    results = ias.imports.import_paths([tmp_path / "a.json", tmp_path / "b.json"])
    assert results[0].line() == "a.json: rejected: could not be read (details in the log file)"
    assert results[1].status == "accepted"
    assert "OverflowError" in caplog.text


@pytest.mark.skipif(sys.platform == "win32", reason="pipes and /dev/zero are POSIX")
def test_pipes_devices_and_huge_files_are_refused_before_reading(ias, tmp_path):
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.json"
    zero.symlink_to("/dev/zero")
    huge = tmp_path / "huge.json"
    with huge.open("wb") as f:
        f.truncate(20_000_001)  # sparse: the size is checked before any byte is read
    results = {r.file: r for r in ias.imports.import_paths([fifo, zero, huge])}
    assert "not an ordinary file" in results[str(fifo)].reason
    assert "not an ordinary file" in results[str(zero)].reason
    assert "more than 20 MB" in results[str(huge)].reason


def test_the_same_export_with_other_figures_is_refused_not_called_a_duplicate(summary, ias):
    assert ias.imports.import_bytes(dumps(summary), "first.json").status == "accepted"
    assert ias.imports.import_bytes(dumps(summary), "again.json").status == "duplicate"
    forged = json.loads(dumps(summary))
    forged["reflection"] = "All is well, no support needed."
    result = ias.imports.import_bytes(sealed(forged), "forged.json")
    assert result.status == "rejected"
    assert "same export number as first.json" in result.reason
    assert ias.rollup.school(summary["school"]["id"]).reflection == summary["reflection"]


def test_a_summary_from_the_future_cannot_capture_a_school(summary, ias, clock):
    future = {**summary, "generated_at": "9999-12-31T00:00:00+00:00",
              "export_id": "00000000-0000-4000-8000-000000000001"}
    result = ias.imports.import_bytes(sealed(future), "future.json")
    assert result.status == "rejected" and "made in 9999" in result.reason
    tomorrow = (clock() + timedelta(days=1, minutes=5)).isoformat()
    ahead = {**summary, "generated_at": tomorrow,
             "export_id": "00000000-0000-4000-8000-000000000002"}
    result = ias.imports.import_bytes(sealed(ahead), "ahead.json")
    assert "later than this computer's clock allows" in result.reason
    assert ias.rollup.rows() == []


def everything_but(db, school_id: str) -> list:
    return [
        list(db.execute("SELECT * FROM schools WHERE school_id != ? ORDER BY school_id",
                        [school_id])),
        list(db.execute("SELECT * FROM school_days WHERE school_id != ? ORDER BY school_id, "
                        "day", [school_id])),
        list(db.execute("SELECT * FROM imports WHERE school_id != ? ORDER BY export_id",
                        [school_id])),
    ]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_an_import_changes_only_its_own_school(summary, ias, data):
    other = {**summary, "school": {**summary["school"], "id": "CA-OTHER", "name": "Other"},
             "export_id": "00000000-0000-4000-8000-00000000000a"}
    ias.imports.import_bytes(sealed(other), "other.json")
    doc = json.loads(dumps(summary))
    doc["export_id"] = str(data.draw(st.uuids()))
    day = doc["days"][0]
    slug = data.draw(st.sampled_from(sorted(day["by_category"])))
    extra = data.draw(st.floats(min_value=0, max_value=2000) | st.integers(0, 2000))
    kind = {c["slug"]: c["kind"] for c in doc["definitions"]["categories"]}[slug]
    for target in data.draw(st.lists(st.sampled_from(
            ["day", "kind", "category", "total", "week"]), unique=True)):
        holder = {"day": day["by_category"], "kind": day["minutes"],
                  "category": doc["by_category"], "total": doc["totals"]["minutes"],
                  "week": doc["weeks"][0]["minutes"]}[target]
        key = slug if target in ("day", "category") else kind
        holder[key] = holder[key] + extra
    doc["generated_at"] = datetime.fromisoformat(doc["generated_at"]).isoformat()
    before = everything_but(ias.db, doc["school"]["id"])
    ias.imports.import_bytes(sealed(doc), "edited.json")
    assert everything_but(ias.db, doc["school"]["id"]) == before
    for row in ias.db.execute("SELECT instruction + management + other FROM school_days"):
        assert row[0] <= 1440.05


def test_a_school_can_be_forgotten_and_imported_again(summary, ias, tmp_path):
    other = {**summary, "school": {**summary["school"], "id": "CA-OTHER", "name": "Other"},
             "export_id": "00000000-0000-4000-8000-00000000000b"}
    ias.imports.import_bytes(sealed(other), "other.json")
    assert ias.imports.import_bytes(dumps(summary), "genuine.json").status == "accepted"
    school, days = ias.imports.forget_school(summary["school"]["id"])
    assert (school, days) == ("Lincoln Elementary", 5)
    assert [row.school for row in ias.rollup.rows()] == ["Other"]
    assert any(b.reason == "before-forget" for b in ias.backups.list())
    again = ias.imports.import_bytes(dumps(summary), "genuine.json")  # not a "duplicate"
    assert again.status == "accepted"
    assert sorted(row.school for row in ias.rollup.rows()) == ["Lincoln Elementary", "Other"]
    with pytest.raises(NotFoundError, match="No school with the id CA-NONE"):
        ias.imports.forget_school("CA-NONE")
