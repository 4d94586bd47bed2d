"""Network summaries: an IAS builds one from their log; another copy imports it."""

from __future__ import annotations

from datetime import date

import pytest

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.periods import Period
from leadership_desk.domain.roles import Role
from leadership_desk.errors import ValidationError
from leadership_desk.services.container import open_services
from tests.helpers import local
from tests.services.test_rollup import summary


def visit(s, slug, start, end, school=None, name=None, title="", note=""):
    s.visits.add(Activity(category_id=s.categories.by_slug(slug).id, start=local(start),
                          end=local(end), zone="America/Los_Angeles", school=school,
                          title=title, note=note), name)


def test_an_ias_network_summary_carries_totals_by_school_and_imports_elsewhere(
        services, tmp_path, clock):
    with pytest.raises(ValidationError):
        services.networks.build(Period(date(2026, 11, 9), date(2026, 11, 17)))
    services.roles.set_role(Role.IAS)
    services.profiles.set("network", "North")
    (tmp_path / "a1.json").write_bytes(summary("A1", (30, 90), (30, 90)))
    services.imports.import_paths([tmp_path / "a1.json"])
    visit(services, "ias-coaching", "2026-11-16 08:00", "2026-11-16 09:30", "A1",
          title="Coaching Ms. Secret", note="private words")
    visit(services, "ias-personnel", "2026-11-16 09:30", "2026-11-16 10:00", "B2", "Burbank")
    visit(services, "ias-travel", "2026-11-16 10:00", "2026-11-16 10:20")
    visit(services, "ias-teams", "2026-11-10 08:00", "2026-11-10 09:00", "A1")
    doc = services.networks.build(Period(date(2026, 11, 9), date(2026, 11, 17)))
    assert doc["ias"] == {"name": "Pat Lee", "network": "North"}
    assert doc["totals"]["minutes"] == {"instruction": 150, "management": 30, "other": 20}
    assert doc["totals"]["instructional_support_share"] == round(150 / 180, 4)
    assert doc["totals"]["days_logged"] == 2
    assert doc["by_school"] == {"A1": {"instruction": 150, "management": 0, "other": 0},
                                "B2": {"instruction": 0, "management": 30, "other": 0},
                                "none": {"instruction": 0, "management": 0, "other": 20}}
    assert [(w["week_start"], w["minutes"]["instruction"]) for w in doc["weeks"]] == [
        ("2026-11-09", 60), ("2026-11-16", 90)]
    assert [(s["id"], s["instruction_share"]) for s in doc["schools"]] == [("A1", 0.25)]
    out = tmp_path / "north.json"
    services.networks.write(doc, out)
    text = out.read_text(encoding="utf-8")
    assert "private words" not in text and "Ms. Secret" not in text
    assert services.exports.history()[0].format == "network-json"  # recorded as shared

    district = open_services(tmp_path / "district.sqlite3", clock=clock,
                             default_zone="America/Los_Angeles")
    try:
        first, again = district.imports.import_paths([out, out])
        assert (first.status, again.status) == ("accepted", "duplicate")
        # the same export id with other figures, sealed again: one of the two was edited
        from leadership_desk.exchange.summary import dumps, seal

        other = {k: v for k, v in doc.items() if k != "checksum"}
        other["ias"] = {"name": "Pat Lee", "network": "South"}
        (tmp_path / "edited.json").write_bytes(dumps(seal(other)))
        edited = district.imports.import_paths([tmp_path / "edited.json"])[0]
        assert edited.status == "rejected" and "same export number" in edited.reason
        assert district.networks.networks() == [{
            "ias": "Pat Lee", "network": "North", "from": "2026-11-09", "to": "2026-11-17",
            "minutes": {"instruction": 150, "management": 30, "other": 20},
            "instructional_support_share": 0.8333, "schools": ["A1", "B2"],
            "by_school": doc["by_school"]}]
    finally:
        district.close()
