"""The send-to folder's file names and the Friday-afternoon rule, with dates by hand."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from leadership_desk.domain.summary_folders import summary_name, weekly_due

MONDAY = date(2026, 11, 16)  # Friday is 2026-11-20


def test_one_stable_name_per_school_and_period():
    assert summary_name("CA-0001", date(2026, 7, 1), date(2026, 11, 20)) == \
        "Leadership Desk summary CA-0001 2026-07-01 to 2026-11-20.json"
    # an id that could climb out of the folder stays one plain name
    assert summary_name("../x y", date(2026, 7, 1), date(2026, 7, 2)) == \
        "Leadership Desk summary ___x_y 2026-07-01 to 2026-07-02.json"


@pytest.mark.parametrize(("now", "sent_for", "due"), [
    (datetime(2026, 11, 19, 23, 59), None, None),        # Thursday night: not yet
    (datetime(2026, 11, 20, 14, 59), None, None),        # Friday before 15:00
    (datetime(2026, 11, 20, 15, 0), None, MONDAY),       # Friday 15:00
    (datetime(2026, 11, 22, 20, 0), None, MONDAY),       # still due on Sunday
    (datetime(2026, 11, 20, 16, 0), MONDAY, None),       # already sent this week
    (datetime(2026, 11, 23, 9, 0), MONDAY, None),        # Monday: a new week, not yet due
    (datetime(2026, 11, 27, 15, 30), MONDAY, date(2026, 11, 23)),  # the next Friday
    (datetime(2026, 11, 20, 15, 0), date(2026, 11, 9), MONDAY),    # last sent a week ago
])
def test_the_weekly_summary_is_due_from_friday_15_00_once_a_week(now, sent_for, due):
    assert weekly_due(now, sent_for) == due
