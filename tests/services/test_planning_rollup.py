"""Version 2 summaries through export and import: the IAS sees each school's high-leverage
share, follow-through, planned instruction and days without school; a version 1 file
still imports and shows no data for them."""

from __future__ import annotations

import csv
import json
from datetime import date, time

from leadership_desk.domain.blocks import ProtectedBlock
from leadership_desk.domain.periods import Period
from leadership_desk.exchange.summary import dumps, seal
from leadership_desk.services.container import open_services
from leadership_desk.services.export_service import preview_text
from leadership_desk.services.rollup_service import school_detail
from tests.helpers import log
from tests.services.test_summaries import file_text

WEEK = Period(date(2026, 11, 16), date(2026, 11, 20))  # the clock: Tue Nov 17, 10:00


def _principal(tmp_path, clock, school_id: str):
    p = open_services(tmp_path / f"{school_id}.sqlite3", clock=clock,
                      default_zone="America/Los_Angeles")
    p.profiles.set("school_id", school_id)
    walk = p.categories.by_slug("observation-walkthrough")
    p.planning.add_block(ProtectedBlock(0, time(9), time(10), walk.id,  # Mondays 9-10
                                        first_day=date(2026, 11, 1)))
    p.planning.add_non_school_days(date(2026, 11, 20), date(2026, 11, 20))
    log(p, "observation-walkthrough", "2026-11-16 09:00", "2026-11-16 09:30")
    log(p, "feedback-coaching", "2026-11-17 08:00", "2026-11-17 08:30")
    log(p, "office-email", "2026-11-16 10:00", "2026-11-16 12:00")
    return p


def test_version_2_figures_reach_the_schools_view(tmp_path, clock):
    p = _principal(tmp_path, clock, "CA-2")
    doc = p.exports.build(WEEK)
    p.close()
    # instruction 60 min, of which feedback (high leverage) 30; the walkthrough was followed
    # the next day; Monday's block had 30 of 60 minutes logged (48 needed), so not kept
    assert doc["totals"]["high_leverage_share"] == 0.5
    assert doc["totals"]["follow_through"] == {"observations": 1, "followed": 1, "share": 1.0}
    assert doc["weeks"][0]["planned"] == {"instruction_minutes": 60.0, "blocks": 1,
                                          "blocks_kept": 0}
    assert doc["period"]["non_school_days"] == ["2026-11-20"]
    roles = {c["slug"]: c.get("follow_up") for c in doc["definitions"]["categories"]}
    assert (roles["observation-walkthrough"], roles["teacher-evaluation"],
            roles["office-email"]) == ("observation", "feedback", None)
    assert doc["totals"]["school_days"] == 2  # Mon and Tue so far
    preview = preview_text(doc)
    assert ("High-leverage share of instruction: 50%; observations followed by feedback "
            "within 2 school days: 1 of 1") in preview
    assert "Protected blocks kept: 0 of 1; 1 weekday without school" in preview
    (tmp_path / "v2.json").write_bytes(dumps(doc))
    ias = open_services(tmp_path / "ias.sqlite3", clock=clock, default_zone="America/Los_Angeles")
    ias.imports.import_paths([tmp_path / "v2.json"])
    [row] = ias.rollup.rows(WEEK)
    assert (row.high_leverage_share, row.follow_through, row.blocks_kept) == (0.5, 1.0, 0.0)
    assert row.to_json()["planned"] == {"instruction_minutes": 60.0, "blocks": 1,
                                        "blocks_kept": 0}
    detail = school_detail(ias.rollup, "CA-2", WEEK)
    # the drill-down's chart: 60 minutes planned, 60 of instruction logged that week
    assert [(w.week_start, w.planned, w.logged, w.blocks, w.blocks_kept)
            for w in detail.planned] == [(date(2026, 11, 16), 3600, 3600, 1, 0)]
    ias.rollup.write("csv", tmp_path / "r.csv")
    header, line = csv.reader((tmp_path / "r.csv").read_text(encoding="utf-8-sig")
                              .splitlines())
    assert header[-3:] == ["high_leverage_share", "follow_through", "blocks_kept"]
    assert line[-3:] == ["0.5", "1.0", "0.0"]
    ias.close()
    pdf = tmp_path / "s.pdf"
    p = open_services(tmp_path / "CA-2.sqlite3", clock=clock,
                      default_zone="America/Los_Angeles")
    p.exports.write(doc, "pdf", pdf)
    p.close()
    assert ("High-leverage share of instruction: 50% Observations followed by feedback "
            "within 2 school days: 1 of 1") in file_text(pdf)


def test_a_version_1_summary_imports_and_shows_no_data(tmp_path, clock):
    p = _principal(tmp_path, clock, "CA-1")
    doc = json.loads(dumps(p.exports.build(WEEK)))
    p.close()
    doc["version"] = 1
    del doc["totals"]["high_leverage_share"], doc["totals"]["follow_through"]
    del doc["period"]["non_school_days"], doc["weeks"][0]["planned"]
    for category in doc["definitions"]["categories"]:
        category.pop("follow_up", None)
    (tmp_path / "v1.json").write_bytes(dumps(seal({k: v for k, v in doc.items()
                                                   if k != "checksum"})))
    ias = open_services(tmp_path / "ias.sqlite3", clock=clock, default_zone="America/Los_Angeles")
    [result] = ias.imports.import_paths([tmp_path / "v1.json"])
    assert result.status == "accepted"
    [row] = ias.rollup.rows(WEEK)
    assert (row.high_leverage_share, row.follow_through, row.blocks_kept) == (None, None, None)
    assert row.to_json()["planned"] is None
    ias.close()


def test_the_logging_flag_skips_the_schools_days_without_school(tmp_path, clock):
    clock.advance(days=3)  # Friday Nov 20
    p = _principal(tmp_path, clock, "CA-3")  # logged on Mon and Tue
    p.planning.add_non_school_days(date(2026, 11, 18), date(2026, 11, 20))
    (tmp_path / "s.json").write_bytes(dumps(p.exports.build(WEEK)))
    p.close()
    ias = open_services(tmp_path / "ias.sqlite3", clock=clock, default_zone="America/Los_Angeles")
    ias.imports.import_paths([tmp_path / "s.json"])
    # 2 of 2 school days logged; counted Monday to Friday it would be 2 of 5, under 60%
    [row] = ias.rollup.rows(WEEK)
    assert "logged on under 60% of school days" not in row.flags
    ias.close()


def test_a_week_of_blocks_with_nothing_logged_reaches_the_ias(tmp_path, clock):
    p = _principal(tmp_path, clock, "CA-4")  # Monday blocks 9-10 from Nov 1; logs Nov 16-17
    p.planning.add_non_school_days(date(2026, 11, 9), date(2026, 11, 9))
    period = Period(date(2026, 11, 2), date(2026, 11, 20))
    doc = p.exports.build(period)
    p.close()
    # Nov 2: one block, nothing logged (listed); Nov 9: its Monday had no school, so no block
    # and nothing logged (not listed); Nov 16: one block, 30 of 60 minutes logged, not kept
    assert [(w["week_start"], w["days_logged"], w.get("planned")) for w in doc["weeks"]] == [
        ("2026-11-02", 0, {"instruction_minutes": 60.0, "blocks": 1, "blocks_kept": 0}),
        ("2026-11-16", 2, {"instruction_minutes": 60.0, "blocks": 1, "blocks_kept": 0})]
    assert "Protected blocks kept: 0 of 2" in preview_text(doc)
    (tmp_path / "s.json").write_bytes(dumps(doc))
    ias = open_services(tmp_path / "ias.sqlite3", clock=clock, default_zone="America/Los_Angeles")
    [result] = ias.imports.import_paths([tmp_path / "s.json"])
    assert result.status == "accepted"
    [row] = ias.rollup.rows(period)
    assert row.planned == {"instruction_minutes": 120.0, "blocks": 2, "blocks_kept": 0}
    detail = school_detail(ias.rollup, "CA-4", period)
    assert [(w.week_start, w.planned, w.logged, w.blocks) for w in detail.planned] == [
        (date(2026, 11, 2), 3600, 0, 1), (date(2026, 11, 16), 3600, 3600, 1)]
    ias.close()
