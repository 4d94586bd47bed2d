"""The assistant superintendent's rows: schools known only from network summaries, and the
networks side by side."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from leadership_desk.services.container import open_services
from tests.network_fixtures import four_networks, network_summary, school
from tests.services.test_rollup import summary


@pytest.fixture
def district(tmp_path, clock):
    s = open_services(tmp_path / "district.sqlite3", clock=clock,
                      default_zone="America/Los_Angeles")
    yield s
    s.close()


def bring(s, tmp_path, name: str, data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    result = s.imports.import_paths([tmp_path / name])[0]
    assert result.status == "accepted", result.reason


NORTH = [school("B2", "Bayview", 0.80, ("falling",)),
         school("C3", "Cedar", None, ("no summary for 2 weeks",), to=None),
         school("F6", "Fir", 0.40, ("below goal",)),
         school("G7", "Grove", 0.50, ("below goal",)),
         school("E5", "Elm", 0.90, ()),
         school("A1", "A1 from North", 0.99, ())]
SOUTH = [school("D4", "Dogwood", 0.30, ("below goal",)),
         school("E5", "Elm", 0.60, ("below goal", "falling"), to="2026-11-06")]


def import_two_networks(district, tmp_path) -> None:
    bring(district, tmp_path, "north.json", network_summary(
        "Morgan Lee", "North", NORTH, minutes=(600, 200, 100),
        generated="2026-11-16T17:00:00+00:00"))
    bring(district, tmp_path, "south.json", network_summary(
        "Avery Kim", "South", SOUTH, minutes=(300, 300, 0),
        generated="2026-11-15T09:30:00+00:00"))


def test_schools_known_only_from_network_summaries_get_rows_and_a_principal_summary_wins(
        district, tmp_path):
    bring(district, tmp_path, "a1.json", summary("A1", (30, 90), (30, 90)))
    import_two_networks(district, tmp_path)
    rows = {r.school_id: r for r in district.networks.school_rows()}
    assert sorted(rows) == ["A1", "B2", "C3", "D4", "E5", "F6", "G7"]
    # A1's principal sent their own summary: 30 of 120 minutes a day = 25%, not North's 99%
    assert (rows["A1"].source, rows["A1"].share, rows["A1"].via) == ("summary", 0.25, None)
    bay = rows["B2"]
    assert (bay.source, bay.school, bay.share, bay.flags) == ("network", "Bayview", 0.80,
                                                              ["falling"])
    assert bay.via == {"ias": "Morgan Lee", "network": "North",
                       "generated_at": "2026-11-16T17:00:00+00:00"}
    assert bay.exported_at == datetime.fromisoformat("2026-11-16T17:00:00+00:00")
    assert (bay.last, bay.recent_share, bay.previous_share) == (date(2026, 11, 13), 0.80, None)
    assert (rows["C3"].share, rows["C3"].last) == (None, None)
    # Elm is in both: South is listed after North, so South's figures (as its label)
    assert (rows["E5"].share, rows["E5"].via["ias"], rows["E5"].last) == (
        0.60, "Avery Kim", date(2026, 11, 6))
    assert rows["E5"].to_json()["source"] == "network"
    assert rows["A1"].to_json()["source"] == "summary"


def test_the_networks_side_by_side(district, tmp_path):
    import_two_networks(district, tmp_path)
    sides = district.networks.side_by_side(district.networks.school_rows())
    north, south = (side.to_json() for side in sides)
    # North keeps A1, B2, C3, F6, G7 (Elm went South); shares 0.99, 0.80, 0.40, 0.50
    assert north == {
        "network": "North", "ias": "Morgan Lee", "from": "2026-09-01", "to": "2026-11-13",
        "schools": 5, "schools_with_share": 4,
        "median_instruction_share": 0.65,  # (0.50 + 0.80) / 2
        "mean_instruction_share": 0.6725,  # 2.69 / 4
        "need_attention": 2,  # Bayview falling, Cedar silent
        "below_goal": 2,  # Fir, Grove
        "instructional_support_share": 0.75,  # 600 / (600 + 200)
        "support_hours": 13.3}  # 800 minutes
    assert south == {
        "network": "South", "ias": "Avery Kim", "from": "2026-09-01", "to": "2026-11-13",
        "schools": 2, "schools_with_share": 2, "median_instruction_share": 0.45,
        "mean_instruction_share": 0.45, "need_attention": 1, "below_goal": 2,
        "instructional_support_share": 0.5, "support_hours": 10.0}


def test_four_networks_of_19_schools_each(district, tmp_path):
    district.imports.import_paths(four_networks(tmp_path))
    rows = district.networks.school_rows()
    assert len(rows) == 76 and {r.source for r in rows} == {"network"}
    sides = district.networks.side_by_side(rows)
    assert [(s.network, s.schools) for s in sides] == [
        ("East network", 19), ("North network", 19), ("South network", 19),
        ("West network", 19)]
