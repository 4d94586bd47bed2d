"""The balance: the share, "no data", and the gap to the goal."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.balance import (
    compute_balance,
    format_duration,
    instruction_needed,
    instruction_share,
)
from leadership_desk.domain.categories import Kind
from leadership_desk.domain.periods import Period
from leadership_desk.errors import ValidationError

LA = ZoneInfo("America/Los_Angeles")
KINDS = {1: Kind.INSTRUCTION, 2: Kind.MANAGEMENT, 3: Kind.OTHER}
DAY = Period(date(2026, 11, 17), date(2026, 11, 17))


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 17, hour, minute, tzinfo=LA)


def act(category: int, start: datetime, end: datetime | None) -> Activity:
    return Activity(category_id=category, start=start, end=end, zone="America/Los_Angeles")


def test_other_time_stays_out_of_the_share():
    balance = compute_balance(
        [act(1, at(8), at(9)), act(2, at(9), at(12)), act(3, at(12), at(13))],
        KINDS, DAY, LA, 0.75, at(17),
    )
    assert balance.share == pytest.approx(0.25)
    assert balance.of(Kind.OTHER) == 3600


def test_no_instruction_or_management_means_no_data_not_zero():
    balance = compute_balance([act(3, at(12), at(13))], KINDS, DAY, LA, 0.75, at(17))
    assert balance.share is None
    assert "No instruction or management time" in balance.gap_text("today")
    assert instruction_share(0, 0) is None


def test_gap_to_goal_is_the_instruction_that_reaches_it():
    # 1 h instruction, 3 h management: 8 h more instruction makes 9 / 12 = 75%
    assert instruction_needed(3600, 3 * 3600, 0.75) == pytest.approx(8 * 3600)
    balance = compute_balance(
        [act(1, at(8), at(9)), act(2, at(9), at(12))], KINDS, DAY, LA, 0.75, at(17)
    )
    assert balance.gap_text("this week") == "8 h more instruction this week meets 75%."
    assert instruction_needed(9, 3, 0.75) == 0


def test_met_goal_says_so():
    balance = compute_balance([act(1, at(8), at(11)), act(2, at(11), at(12))],
                              KINDS, DAY, LA, 0.75, at(17))
    assert balance.meets_goal
    assert balance.gap_text("today").startswith("At or above the 75% goal")


def test_running_activity_counts_up_to_now_and_is_clipped_to_the_period():
    balance = compute_balance([act(1, at(8), None)], KINDS, DAY, LA, 0.75, at(9, 30))
    assert balance.of(Kind.INSTRUCTION) == 90 * 60
    long_ago = act(2, at(8) - timedelta(days=1), at(9))  # from yesterday 08:00
    balance = compute_balance([long_ago], KINDS, DAY, LA, 0.75, at(17))
    assert balance.of(Kind.MANAGEMENT) == 9 * 3600


def test_format_duration():
    assert format_duration(0) == "0 min"
    assert format_duration(45 * 60) == "45 min"
    assert format_duration(2 * 3600 + 10 * 60) == "2 h 10 min"
    assert format_duration(3 * 3600) == "3 h"
    assert format_duration(680 * 3600 + 54 * 60) == "681 h"


def test_goal_must_be_a_share_between_one_and_ninety_nine_percent():
    with pytest.raises(ValidationError):
        instruction_needed(1, 1, 1.0)
