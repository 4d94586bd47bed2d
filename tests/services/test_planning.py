"""The school calendar and protected blocks through the services: every count of school
days skips the days without school, and blocks are instructional plans, never logged time."""

from __future__ import annotations

from datetime import date, time

import pytest

from leadership_desk.domain.blocks import ProtectedBlock
from leadership_desk.domain.periods import Period
from leadership_desk.errors import ValidationError
from tests.helpers import log

# the clock fixture: Tuesday 2026-11-17, 10:00 in Los Angeles
WEEK = Period(date(2026, 11, 16), date(2026, 11, 22))


def test_completeness_skips_days_without_school(services):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00")
    before = services.dashboard.load(WEEK)
    assert before.school_days == 2  # Mon and Tue so far
    assert before.missing_days == [date(2026, 11, 16)]
    services.planning.add_non_school_days(date(2026, 11, 16), date(2026, 11, 16), "Work day")
    after = services.dashboard.load(WEEK)
    assert after.school_days == 1
    assert after.missing_days == []


def test_the_summary_counts_school_days_honestly(services):
    services.planning.add_non_school_days(date(2026, 11, 16), date(2026, 11, 16))
    doc = services.exports.build(Period(date(2026, 11, 16), date(2026, 11, 20)))
    assert doc["totals"]["school_days"] == 1  # Tue 17 only: Mon closed, Wed-Fri to come


def test_a_break_over_a_weekend_marks_its_weekdays_and_can_be_undone(services):
    assert services.planning.add_non_school_days(date(2026, 11, 26), date(2026, 11, 29),
                                                 "Thanksgiving") == 2
    assert [d.day for d in services.planning.non_school_days()] == [date(2026, 11, 26),
                                                                     date(2026, 11, 27)]
    with pytest.raises(ValidationError):
        services.planning.add_non_school_days(date(2026, 11, 28), date(2026, 11, 29))
    assert services.planning.remove_non_school_days(date(2026, 11, 27),
                                                    date(2026, 11, 27)) == 1
    assert services.planning.calendar().closed == {date(2026, 11, 26)}


def test_blocks_are_instructional_and_never_counted_as_logged(services):
    walk = services.categories.by_slug("observation-walkthrough")
    email = services.categories.by_slug("office-email")
    with pytest.raises(ValidationError):
        services.planning.add_block(ProtectedBlock(1, time(8, 30), time(10), email.id))
    block = services.planning.add_block(ProtectedBlock(1, time(8, 30), time(10), walk.id,
                                                       "Walkthroughs"))
    assert services.planning.blocks() == [block]
    # today's block (Tue 8:30-10:00) has passed, yet nothing is logged
    assert services.reports.report(WEEK).balance.of(walk.kind) == 0
    services.planning.remove_block(block.id)
    assert services.planning.blocks() == []
