"""The school calendar and protected blocks through the services: every count of school
days skips the days without school, and blocks are instructional plans, never logged time."""

from __future__ import annotations

from datetime import date, time

import pytest

from leadership_desk.domain.blocks import ProtectedBlock
from leadership_desk.domain.categories import Kind
from leadership_desk.domain.periods import Period
from leadership_desk.errors import ValidationError
from tests.helpers import log

# the clock fixture: Tuesday 2026-11-17, 10:00 in Los Angeles
WEEK = Period(date(2026, 11, 16), date(2026, 11, 22))


def test_completeness_skips_days_without_school(services):
    log(services, "office-email", "2026-11-13 08:00", "2026-11-13 09:00")  # logging began
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00")
    before = services.dashboard.load(WEEK)
    assert before.school_days == 2  # Mon and Tue so far
    assert before.missing_days == [date(2026, 11, 16)]
    services.planning.add_non_school_days(date(2026, 11, 16), date(2026, 11, 16), "Work day")
    after = services.dashboard.load(WEEK)
    assert after.school_days == 1
    assert after.missing_days == []


def test_completeness_counts_from_the_first_day_logged(services):
    # a principal who starts on Tuesday is not short of Monday, nor of the weeks before
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00")
    week = services.dashboard.load(WEEK)
    assert (week.school_days, week.missing_days, week.counted_from) == (1, [],
                                                                        date(2026, 11, 17))
    year = services.dashboard.load(Period(date(2026, 7, 1), date(2027, 6, 30)))
    assert (year.school_days, year.missing_days) == (1, [])
    assert services.exports.default_period() == Period(date(2026, 11, 17), date(2026, 11, 17))
    log(services, "office-email", "2026-11-16 08:00", "2026-11-16 09:00")  # added later
    assert services.dashboard.load(WEEK).counted_from is None  # the whole week counts now


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
    assert block.first_day == date(2026, 11, 17)  # set up today: no plan for days before
    # today's block (Tue 8:30-10:00) has passed, yet nothing is logged
    assert services.reports.report(WEEK).balance.of(walk.kind) == 0
    services.planning.remove_block(block.id)
    assert services.planning.blocks() == []


def _blocks(services, *days: int) -> None:
    walk = services.categories.by_slug("observation-walkthrough")
    for day in days:
        services.planning.add_block(ProtectedBlock(day, time(8, 30), time(10), walk.id,
                                                   first_day=WEEK.first))


def test_planned_vs_actual_by_hand(services):
    _blocks(services, 0, 1)  # Mon and Tue 8:30-10:00: 180 minutes planned
    log(services, "observation-walkthrough", "2026-11-16 08:30", "2026-11-16 09:45")  # 75 min
    log(services, "observation-walkthrough", "2026-11-17 08:30", "2026-11-17 09:30")  # 60 min
    log(services, "office-email", "2026-11-16 10:00", "2026-11-16 11:00")
    [week] = services.plans.planned_weeks(WEEK)
    # kept needs 72 of 90 minutes: Monday's 75 yes, Tuesday's 60 no
    assert (week.planned, week.logged, week.blocks, week.blocks_kept) == (
        180 * 60, 135 * 60, 2, 1)
    assert week.to_json() == {"instruction_minutes": 180.0, "blocks": 2, "blocks_kept": 1}


def test_management_logged_in_a_block_does_not_keep_it(services):
    _blocks(services, 0)
    log(services, "office-email", "2026-11-16 08:30", "2026-11-16 10:00")
    [week] = services.plans.planned_weeks(WEEK)
    assert (week.blocks, week.blocks_kept) == (1, 0)


def test_the_week_ahead_against_the_usual_management_load(services):
    _blocks(services, 1, 3)  # Tue and Thu 8:30-10:00
    plc = services.categories.by_slug("professional-learning")
    services.planning.add_block(ProtectedBlock(2, time(13), time(14), plc.id, "PLC"))
    services.planning.add_non_school_days(date(2026, 11, 26), date(2026, 11, 27))
    # management in five past weeks (Mondays): 11, 10, 14, 16 and 12 hours
    for monday, hours in (("10-12", 11), ("10-19", 10), ("10-26", 14), ("11-02", 16),
                          ("11-09", 12)):
        log(services, "office-email", f"2026-{monday} 07:00",
            f"2026-{monday} {7 + hours:02d}:00", confirm_long=True)
    ahead = services.plans.week_ahead(Period(date(2026, 11, 23), date(2026, 11, 29)))
    # the last 4 weeks: 10, 14, 16, 12 -> median 13 h; 75% needs 13 * 3 = 39 h
    assert ahead.usual_management == 13 * 3600
    assert ahead.needed == 39 * 3600
    # Tue 1 h 30 + Wed 1 h; Thursday's block falls on Thanksgiving
    assert ahead.planned == 150 * 60
    assert ahead.sentence() == ("Planned: 2 h 30 min of instruction. At your usual 13 h of "
                                "management, 75% needs 39 h.")
    assert ahead.school_days == [date(2026, 11, 23), date(2026, 11, 24), date(2026, 11, 25)]
    assert [i.title for i in ahead.items] == ["", "PLC"]


def test_a_block_plans_from_the_day_it_is_set_up_until_it_is_removed(services, clock):
    walk = services.categories.by_slug("observation-walkthrough")
    block = services.planning.add_block(ProtectedBlock(0, time(8, 30), time(10), walk.id))
    # set up on Tuesday Nov 17: that week's Monday was before it
    assert services.plans.planned_weeks(WEEK)[0].blocks == 0
    clock.advance(days=7)  # Tuesday Nov 24
    next_week = Period(date(2026, 11, 23), date(2026, 11, 29))
    assert services.plans.planned_weeks(next_week)[0].blocks == 1
    services.planning.remove_block(block.id)
    assert services.plans.planned_weeks(next_week)[0].blocks == 1  # Monday Nov 23 stays
    assert services.plans.week_ahead(Period(date(2026, 11, 30), date(2026, 12, 6))).items == []
    assert services.planning.blocks() == []


def test_a_blocks_category_is_archived_not_deleted(services):
    from leadership_desk.errors import CategoryInUseError

    category = services.categories.add("Data chats", Kind.INSTRUCTION)
    block = services.planning.add_block(ProtectedBlock(4, time(13), time(14), category.id))
    services.planning.remove_block(block.id)  # set up today: removed, so deleted outright
    services.categories.delete(category.id)
    category = services.categories.add("Data chats", Kind.INSTRUCTION)
    services.planning.add_block(ProtectedBlock(4, time(13), time(14), category.id,
                                               first_day=date(2026, 11, 2)))
    with pytest.raises(CategoryInUseError):
        services.categories.delete(category.id)


def test_a_block_still_to_come_is_neither_kept_nor_missed(services, clock):
    _blocks(services, 1, 3)  # Tue and Thu 8:30-10:00; the clock: Tuesday 10:00
    [week] = services.plans.planned_weeks(WEEK)
    # Tuesday's block has just ended with nothing logged; Thursday's is still to come
    assert (week.planned, week.blocks, week.blocks_kept) == (90 * 60, 1, 0)
    # nothing logged this week, but a block missed: the summary lists the week
    doc = services.exports.build(WEEK)
    assert [(w["week_start"], w["days_logged"], w["planned"]) for w in doc["weeks"]] == [
        ("2026-11-16", 0, {"instruction_minutes": 90.0, "blocks": 1, "blocks_kept": 0})]
    clock.advance(hours=-2)  # Tuesday 8:00: no block has happened yet
    assert services.plans.planned_weeks(WEEK)[0].blocks == 0
    assert services.exports.build(WEEK)["weeks"] == []
