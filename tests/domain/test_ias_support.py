"""Visits and even shares for the IAS dashboard, by the calendar."""

from __future__ import annotations

from datetime import date

from leadership_desk.domain.ias_support import SchoolSupport, even_share, unvisited

TODAY = date(2026, 11, 17)


def school(name: str, last: date | None) -> SchoolSupport:
    return SchoolSupport(school_id=name, name=name, month_hours=0, year_hours=0,
                         year_instruction_hours=0, last_visit=last)


def test_no_visit_in_14_days_counts_today_as_one_of_them():
    schools = [school("Today", TODAY), school("Thirteen days ago", date(2026, 11, 4)),
               school("Fourteen days ago", date(2026, 11, 3)), school("Never", None),
               school("In October", date(2026, 10, 1))]
    # the 14 days are Nov 4 to Nov 17: a visit on Nov 4 is inside, Nov 3 is not
    assert [s.name for s in unvisited(schools, TODAY)] == [
        "Never", "In October", "Fourteen days ago"]


def test_even_share_spreads_the_total_over_the_schools():
    assert even_share([10, 2, 0]) == 4
    assert even_share([]) == 0
