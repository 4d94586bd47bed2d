"""The district's calendar and calendar drafts in planning: all-day events offered as days
without school (a break is one event), and instructional drafts planned in the week ahead."""

from __future__ import annotations

from datetime import date, time

from leadership_desk.domain.blocks import ProtectedBlock
from leadership_desk.domain.periods import Period
from leadership_desk.exchange.school_calendar_ics import all_day_events
from tests.helpers import LA

DISTRICT = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//District//EN\r
BEGIN:VEVENT\r
UID:thanksgiving@district\r
DTSTART;VALUE=DATE:20261125\r
DTEND;VALUE=DATE:20261128\r
SUMMARY:Thanksgiving Break - No School\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:concert@district\r
DTSTART;VALUE=DATE:20261204\r
SUMMARY:Winter concert\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:board@district\r
DTSTART:20261203T180000Z\r
DTEND:20261203T200000Z\r
SUMMARY:Board meeting\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:cancelled@district\r
DTSTART;VALUE=DATE:20261207\r
STATUS:CANCELLED\r
SUMMARY:Holiday (cancelled)\r
END:VEVENT\r
END:VCALENDAR\r
"""

WEEK = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Principal//EN\r
BEGIN:VEVENT\r
UID:walk@me\r
DTSTART;TZID=America/Los_Angeles:20261124T090000\r
DTEND;TZID=America/Los_Angeles:20261124T110000\r
SUMMARY:Walkthroughs grade 3\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:budget@me\r
DTSTART;TZID=America/Los_Angeles:20261125T090000\r
DTEND;TZID=America/Los_Angeles:20261125T100000\r
SUMMARY:Budget review\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_all_day_events_keep_their_last_day():
    # DTEND of an all-day event is the day after: the break is Wed 25 to Fri 27
    assert all_day_events(DISTRICT, date(2026, 11, 1), date(2026, 12, 31), LA) == [
        (date(2026, 11, 25), date(2026, 11, 27), "Thanksgiving Break - No School"),
        (date(2026, 12, 4), date(2026, 12, 4), "Winter concert")]


def test_marking_the_suggested_events(services):
    events = services.planning.all_day_events(DISTRICT, Period(date(2026, 7, 1),
                                                               date(2027, 6, 30)))
    assert [(e.title, e.suggested) for e in events] == [
        ("Thanksgiving Break - No School", True), ("Winter concert", False)]
    assert services.planning.mark_no_school([e for e in events if e.suggested]) == 3
    assert services.planning.calendar().closed == {date(2026, 11, 25), date(2026, 11, 26),
                                                   date(2026, 11, 27)}


def test_instructional_drafts_join_the_week_ahead_counted_once(services):
    walk = services.categories.by_slug("observation-walkthrough")
    # a Tuesday block 8:30-10:00 overlaps the 9:00-11:00 walkthrough draft by an hour
    services.planning.add_block(ProtectedBlock(1, time(8, 30), time(10), walk.id))
    week = Period(date(2026, 11, 23), date(2026, 11, 29))
    services.calendar.import_calendar(WEEK, week)
    ahead = services.plans.week_ahead(week)
    # 8:30-11:00 = 150 minutes; the budget review is management, so not planned instruction
    assert ahead.planned == 150 * 60
    assert [(i.title, i.is_block) for i in ahead.items] == [("", True),
                                                            ("Walkthroughs grade 3", False)]
