"""The roll-up's flags: below goal, falling, silent; each with a school on either side of it."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pypdf
import pytest

from leadership_desk.exchange.summary import SummaryInput, build_summary, dumps, seal
from leadership_desk.services.container import open_services
from tests.exchange.test_summary import CATEGORIES

LAST = date(2026, 11, 13)  # the clock fixture says 2026-11-17


def summary(school: str, before: tuple[int, int], recent: tuple[int, int],
            made: datetime = datetime(2026, 11, 14, tzinfo=UTC), goal: float = 0.5,
            last: date = LAST, skip: frozenset[int] = frozenset()) -> bytes:
    """56 days up to `last`: (instruction, management) minutes a day in the 4 weeks before
    the last 4, then in the last 4; the days `skip` days before the last have nothing."""
    days = {}
    for back in range(56):
        instruction, management = (0, 0) if back in skip else \
            (recent if back < 28 else before)
        days[last - timedelta(days=back)] = {"feedback-coaching": instruction * 60,
                                             "office-email": management * 60}
    return dumps(build_summary(SummaryInput(
        export_id=str(uuid.uuid4()), generated_at=made, app_version="test", school_id=school,
        school=school, principal=f"Principal of {school}", first=last - timedelta(days=55),
        last=last, time_zone="America/Los_Angeles", goal_share=goal, monthly_targets=[],
        categories=CATEGORIES, days=days, school_days=40)))


@pytest.fixture
def ias(tmp_path, clock):
    s = open_services(tmp_path / "ias.sqlite3", clock=clock, default_zone="America/Los_Angeles")
    yield s
    s.close()


def flags(ias) -> dict[str, list[str]]:
    return {row.school: row.flags for row in ias.rollup.rows()}


def test_falling_means_down_more_than_5_points_over_the_last_4_weeks(ias):
    for school, recent in (("Down 10", (50, 50)), ("Down 6", (54, 46)), ("Down 3", (57, 43)),
                           ("Up 10", (70, 30))):
        assert ias.imports.import_bytes(summary(school, (60, 40), recent), school).status \
            == "accepted"
    assert flags(ias) == {"Down 10": ["falling"], "Down 6": ["falling"], "Down 3": [],
                          "Up 10": []}
    rows = {row.school: row for row in ias.rollup.rows()}
    assert rows["Down 10"].change == pytest.approx(-0.10)
    assert rows["Up 10"].change == pytest.approx(0.10)


def test_below_goal_and_silent(ias):
    ias.imports.import_bytes(summary("Below", (40, 60), (40, 60)), "a")
    ias.imports.import_bytes(summary("At goal", (50, 50), (50, 50)), "b")
    # silent is judged by the last day covered, not by when the file was made: a summary
    # made yesterday of a period that ended 15 days ago is silent; one ending 14 days ago not
    ias.imports.import_bytes(summary("Silent", (60, 40), (60, 40),
                                     last=date(2026, 11, 2)), "c")
    ias.imports.import_bytes(summary("Recent", (60, 40), (60, 40),
                                     last=date(2026, 11, 3)), "d")
    ias.imports.import_bytes(summary("Old file, recent days", (60, 40), (60, 40),
                                     made=datetime(2026, 11, 14, tzinfo=UTC)), "e")
    assert flags(ias) == {"Below": ["below goal"], "At goal": [],
                          "Silent": ["no summary for 2 weeks"], "Recent": [],
                          "Old file, recent days": []}


def test_sparse_logging_and_the_order_of_severity(ias):
    # LAST is a Friday; 40 school days in 56; with 16 of them empty, 24 of 40 are logged (60%)
    weekdays = [back for back in range(56) if (LAST - timedelta(days=back)).weekday() < 5]
    ias.imports.import_bytes(summary("Sixty", (60, 40), (60, 40),
                                     skip=frozenset(weekdays[:16])), "a")
    ias.imports.import_bytes(summary("Fifty-seven", (40, 60), (30, 70),
                                     skip=frozenset(weekdays[:17])), "b")
    assert flags(ias) == {"Sixty": [],
                          "Fifty-seven": ["falling", "logged on under 60% of school days",
                                          "below goal"]}


def test_roll_up_csv_and_pdf_carry_each_school_and_its_flags(ias, tmp_path):
    ias.imports.import_bytes(summary("Lincoln", (60, 40), (50, 50)), "a")
    ias.imports.import_bytes(summary("Roosevelt", (60, 40), (60, 40)), "b")
    ias.rollup.write("csv", tmp_path / "r.csv")
    lines = (tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].split(",")[:3] == ["school_id", "school", "principal"]
    by_school = {line.split(",")[1]: line.split(",") for line in lines[1:]}
    assert set(by_school) == {"Lincoln", "Roosevelt"}
    lincoln = by_school["Lincoln"]
    assert lincoln[3:5] == ["2026-09-19", "2026-11-13"]
    assert float(lincoln[7]) == pytest.approx(0.55)  # 56 days: half at 60%, half at 50%
    assert float(lincoln[8]) == pytest.approx(-0.1)
    assert float(lincoln[9]) == 56 * 55 and float(lincoln[10]) == 56 * 45
    flags = lines[0].split(",").index("flags")
    assert lincoln[flags] == "falling" and by_school["Roosevelt"][flags] == ""
    ias.rollup.write("pdf", tmp_path / "r.pdf")
    text = " ".join(" ".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "r.pdf").pages)
                    .split())  # a cell wraps onto lines of its own
    assert "Lincoln" in text and "Roosevelt" in text and "Principal of Lincoln" in text
    assert "falling" in text and "55%" in text


WINTER_BREAK = [date(2026, 12, 21) + timedelta(days=n) for n in range(11)
                if (date(2026, 12, 21) + timedelta(days=n)).weekday() < 5]  # Dec 21-31: 9


def december(school: str, version: int) -> bytes:
    """A summary of December made on Friday Dec 18 (logged each weekday up to then); the
    version 2 one lists the winter break, Dec 21 to 31, as days without school."""
    days = {date(2026, 12, d): {"feedback-coaching": 3600, "office-email": 1200}
            for d in range(1, 19) if date(2026, 12, d).weekday() < 5}
    doc = build_summary(SummaryInput(
        export_id=str(uuid.uuid4()), generated_at=datetime(2026, 12, 18, 23, tzinfo=UTC),
        app_version="test", school_id=school, school=school, principal=f"Principal of {school}",
        first=date(2026, 12, 1), last=date(2026, 12, 31), time_zone="America/Los_Angeles",
        goal_share=0.5, monthly_targets=[], categories=CATEGORIES, days=days,
        school_days=14, non_school_days=WINTER_BREAK))  # 23 weekdays, 9 of them closed
    if version == 1:
        doc = {k: v for k, v in doc.items() if k != "checksum"}
        doc["version"] = 1
        del doc["totals"]["high_leverage_share"], doc["period"]["non_school_days"]
        doc = seal(doc)
    return dumps(doc)


@pytest.mark.parametrize(("today", "silent"), [
    # school days after Dec 18, before today: Jan 1 and 4 (the break's weekdays skipped)
    (date(2027, 1, 5), {"Version 1"}),  # version 1 counts Dec 21 to Jan 4: 11 weekdays
    (date(2027, 1, 14), {"Version 1"}),  # Jan 1, 4-8, 11-13: 9 school days
    (date(2027, 1, 15), {"Version 1", "Break"}),  # and Jan 14: 10
    (date(2026, 12, 31), set()),  # version 1: Dec 21 to 30, 8 weekdays
    (date(2027, 1, 2), {"Version 1"}),  # a Saturday; version 1: Dec 21 to Jan 1, 10 weekdays
])
def test_silent_counts_school_days_so_a_break_flags_no_one(ias, clock, today, silent):
    clock.now = datetime.combine(today, datetime.min.time(), tzinfo=UTC) + timedelta(hours=18)
    for school, version in (("Break", 2), ("Version 1", 1)):
        assert ias.imports.import_bytes(december(school, version), school).status == "accepted"
    assert {school for school, flagged in flags(ias).items()
            if "no summary for 2 weeks" in flagged} == silent
