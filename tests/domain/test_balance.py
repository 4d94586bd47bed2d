"""The balance: the share, "no data", and the gap to the goal."""

from __future__ import annotations

from datetime import date

import pytest

from leadership_desk.domain.balance import (
    balance_from_days,
    format_duration,
    instruction_needed,
    instruction_share,
)
from leadership_desk.domain.categories import Kind
from leadership_desk.domain.periods import Period
from leadership_desk.errors import ValidationError

KINDS = {1: Kind.INSTRUCTION, 2: Kind.MANAGEMENT, 3: Kind.OTHER}
DAY = Period(date(2026, 11, 17), date(2026, 11, 17))


def day_of(**hours: float) -> dict:
    """Seconds per category on the day, as SQL sums them: day_of(i=1, m=3) is 1 h and 3 h."""
    ids = {"i": 1, "m": 2, "o": 3}
    return {date(2026, 11, 17): {ids[k]: round(v * 3600) for k, v in hours.items()}}


def balance_of(**hours: float):
    return balance_from_days(day_of(**hours), KINDS, DAY, 0.75)


def test_other_time_stays_out_of_the_share():
    balance = balance_of(i=1, m=3, o=1)
    assert balance.share == pytest.approx(0.25)
    assert balance.of(Kind.OTHER) == 3600


def test_no_instruction_or_management_means_no_data_not_zero():
    balance = balance_of(o=1)
    assert balance.share is None
    assert "No instruction or management time" in balance.gap_text("today")
    assert instruction_share(0, 0) is None


def test_gap_to_goal_is_the_instruction_that_reaches_it():
    # 1 h instruction, 3 h management: 8 h more instruction makes 9 / 12 = 75%
    assert instruction_needed(3600, 3 * 3600, 0.75) == pytest.approx(8 * 3600)
    balance = balance_of(i=1, m=3)
    assert balance.gap_text("this week") == "8 h more instruction this week meets 75%."
    assert instruction_needed(9, 3, 0.75) == 0


def test_met_goal_says_so():
    balance = balance_of(i=3, m=1)
    assert balance.meets_goal
    assert balance.gap_text("today").startswith("At or above the 75% goal")


def test_days_outside_the_period_are_left_out():
    by_day = {**day_of(i=2), date(2026, 11, 16): {2: 3600}}
    balance = balance_from_days(by_day, KINDS, DAY, 0.75)
    assert balance.total_seconds == 2 * 3600
    assert list(balance.by_day) == [date(2026, 11, 17)]


def test_format_duration():
    assert format_duration(0) == "0 min"
    assert format_duration(45 * 60) == "45 min"
    assert format_duration(2 * 3600 + 10 * 60) == "2 h 10 min"
    assert format_duration(3 * 3600) == "3 h"
    assert format_duration(680 * 3600 + 54 * 60) == "681 h"


def test_goal_must_be_a_share_between_one_and_ninety_nine_percent():
    with pytest.raises(ValidationError):
        instruction_needed(1, 1, 1.0)
