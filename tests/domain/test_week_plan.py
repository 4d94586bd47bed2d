"""The week ahead's arithmetic: the usual management load and what the goal needs."""

from __future__ import annotations

from datetime import date

from leadership_desk.domain.periods import Period
from leadership_desk.domain.week_plan import WeekAhead, instruction_needed_for, usual_management

WEEK = Period(date(2026, 11, 30), date(2026, 12, 6))


def test_usual_management_is_the_median_of_the_last_4_logged_weeks():
    assert usual_management([]) is None
    assert usual_management([3600]) == 3600
    # the first week falls out; median of 10, 14, 16, 12 hours is 13
    assert usual_management([h * 3600 for h in (30, 10, 14, 16, 12)]) == 13 * 3600
    # an even count of 2: the mean of the two
    assert usual_management([3600, 7200]) == 5400


def test_what_the_goal_needs():
    assert instruction_needed_for(14 * 3600, 0.75) == 42 * 3600  # 14 * 0.75 / 0.25
    assert instruction_needed_for(10 * 3600, 0.5) == 10 * 3600


def test_the_sentence_in_each_case():
    def ahead(management):
        return WeekAhead(WEEK, [], 9 * 3600, management, 0.75, [])
    assert ahead(14 * 3600).sentence() == ("Planned: 9 h of instruction. At your usual 14 h "
                                           "of management, 75% needs 42 h.")
    assert ahead(14 * 3600).short == 33 * 3600
    assert ahead(None).sentence().endswith("Log a few weeks to see what 75% needs.")
    assert ahead(0).sentence().endswith("no management time, so any instruction meets 75%.")
