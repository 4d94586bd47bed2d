"""Quick entry: each form of the line, categories, overlaps and undo, on a real log.

The clock stands at Tuesday 2026-11-17, 10:00 in Los Angeles."""

from __future__ import annotations

from datetime import date

import pytest

from leadership_desk.domain.overlaps import OverlapChoice
from leadership_desk.errors import OverlapError, ValidationError
from tests.helpers import LA, local, log

TODAY = date(2026, 11, 17)


def parsed(services, text, day=None):
    entry = services.quick_entry.parse(text, day)
    category = services.categories.get(entry.category_id)
    end = None if entry.end is None else f"{entry.end.astimezone(LA):%H:%M}"
    return f"{entry.start.astimezone(LA):%H:%M}", end, category.slug, entry.title


def test_a_range(services):
    assert parsed(services, "8:00-9:15 walkthroughs grade 3") == \
        ("08:00", "09:15", "observation-walkthrough", "walkthroughs grade 3")
    assert parsed(services, "8–9 PLCs", TODAY) == \
        ("08:00", "09:00", "professional-learning", "PLCs")


def test_afternoon_hours_without_am_pm(services):
    yesterday = date(2026, 11, 16)
    assert parsed(services, "1:30-2:15 IEPs", yesterday)[:2] == ("13:30", "14:15")
    assert parsed(services, "11-1 lunch duty", yesterday)[:3] == \
        ("11:00", "13:00", "discipline-supervision")
    assert parsed(services, "6am-7am email", yesterday)[:2] == ("06:00", "07:00")


def test_the_morning_when_only_the_morning_makes_sense(services):
    # the clock stands at 10:00: 18:45-19:30 has not happened, 6:45-7:30 has
    assert parsed(services, "6:45-7:30 bus duty")[:2] == ("06:45", "07:30")
    assert parsed(services, "06:30-07:00 bus duty")[:2] == ("06:30", "07:00")
    assert parsed(services, "6-7 arrival duty")[:2] == ("06:00", "07:00")
    assert parsed(services, "6:30 bus duty")[:2] == ("06:30", "10:00")
    yesterday = date(2026, 11, 16)
    assert parsed(services, "5-6 email", yesterday)[:2] == ("17:00", "18:00")
    assert parsed(services, "830-9 ELA curriculum planning", yesterday)[:2] == \
        ("08:30", "09:00")
    assert parsed(services, "noon-1 lunch", yesterday)[:3] == ("12:00", "13:00",
                                                              "personal-break")


def test_an_open_start_ends_at_the_next_activity_or_now(services):
    log(services, "office-email", "2026-11-17 09:40", "2026-11-17 09:50")
    assert parsed(services, "9:15 feedback with 2nd grade team") == \
        ("09:15", "09:40", "feedback-coaching", "feedback with 2nd grade team")
    assert parsed(services, "9:50 budget review")[:3] == ("09:50", "10:00", "budget-resources")


def test_an_open_start_on_a_past_day_needs_an_end(services):
    with pytest.raises(ValidationError, match="give an end, like 15:00-15:30"):
        services.quick_entry.parse("3:00 email", date(2026, 11, 16))


def test_now_the_last_minutes_and_started_ago(services):
    assert parsed(services, "now email") == ("10:00", None, "office-email", "email")
    assert parsed(services, "45m discipline")[:3] == ("09:15", "10:00", "discipline-supervision")
    assert parsed(services, "1h30 budget")[:2] == ("08:30", "10:00")
    assert parsed(services, "-20m parent call") == \
        ("09:40", None, "family-community", "parent call")


def test_relative_forms_only_today(services):
    with pytest.raises(ValidationError, match="only works for today"):
        services.quick_entry.parse("45m email", date(2026, 11, 16))


def test_a_named_category_overrides_the_words(services):
    assert parsed(services, "8-9 walkthrough of the cafeteria @safety")[2:] == \
        ("safety-facilities-operations", "walkthrough of the cafeteria")
    assert parsed(services, "8-9 @disc")[2:] == ("discipline-supervision", "")
    assert parsed(services, "8-9 Discipline referral, room 4")[2] == "discipline-supervision"
    with pytest.raises(ValidationError, match="could be"):
        services.quick_entry.parse("8-9 @t")
    with pytest.raises(ValidationError, match="No category is called @zzz"):
        services.quick_entry.parse("8-9 @zzz")


def test_a_partly_similar_past_title_does_not_carry_its_category(services):
    log(services, "discipline-supervision", "2026-11-16 11:30", "2026-11-16 12:15",
        "lunch duty")
    yesterday = date(2026, 11, 16)
    assert parsed(services, "12:15-12:45 lunch", yesterday)[2] == "personal-break"
    assert parsed(services, "12:15-12:45 lunch duty", yesterday)[2] == \
        "discipline-supervision"


def test_history_comes_before_keywords(services):
    log(services, "instructional-program", "2026-11-16 08:00", "2026-11-16 09:00",
        "Guiding Coalition data dive")
    hint = services.quick_entry.parse("8-9 guiding coalition data dive")
    assert services.categories.get(hint.category_id).slug == "instructional-program"
    assert hint.reason == "like 'Guiding Coalition data dive' on Nov 16"


@pytest.mark.parametrize(("text", "reason"), [
    ("", "Type what you did"),
    ("walkthroughs", "Start with the time"),
    ("8:00-9:00", "Say what it was"),
    ("8:00-9:00 zzz qqq", "Which category is 'zzz qqq'"),
    ("25:00-26:00 email", "not a time of day"),
    ("9:00-11:00 email", "ends later than now"),
    ("0m email", "more than 0 minutes"),
    ("13pm-2pm email", "is not a time"),
])
def test_what_cannot_be_understood_says_why(services, text, reason):
    with pytest.raises(ValidationError, match=reason):
        services.quick_entry.parse(text)


def test_saving_is_undoable_and_overlaps_offer_the_choices(services):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00", "Email")
    entry = services.quick_entry.parse("8:30-9:30 walkthroughs")
    with pytest.raises(OverlapError):
        services.quick_entry.save(entry)
    saved = services.quick_entry.save(entry, OverlapChoice.SHORTEN_OTHERS)
    day = [(a.title, f"{a.start.astimezone(LA):%H:%M}") for a in
           services.activities.on_day(TODAY)]
    assert day == [("Email", "08:00"), ("walkthroughs", "08:30")]
    assert saved.end == local("2026-11-17 09:30")
    services.activities.undo()
    assert [a.title for a in services.activities.on_day(TODAY)] == ["Email"]
    assert services.activities.get(day and services.activities.on_day(TODAY)[0].id).end == \
        local("2026-11-17 09:00")


def test_started_ago_switches_the_timer_at_that_instant(services, clock):
    services.activities.start(services.categories.by_slug("office-email").id)
    clock.advance(minutes=30)  # 10:30
    services.quick_entry.save(services.quick_entry.parse("-20m parent call"))
    email, call = services.activities.on_day(TODAY)
    assert (email.end, call.start, call.end) == (local("2026-11-17 10:10"),
                                                 local("2026-11-17 10:10"), None)
    services.activities.undo()
    assert services.activities.running().id == email.id


def test_started_ago_before_the_running_activity_began_is_refused(services, clock):
    clock.advance(minutes=-5)
    services.activities.start(services.categories.by_slug("office-email").id)
    clock.advance(minutes=5)
    with pytest.raises(ValidationError, match="has been running since 09:55"):
        services.quick_entry.save(services.quick_entry.parse("-20m parent call"))
    assert services.activities.running().start == local("2026-11-17 09:55")


def test_started_ago_over_finished_activities_asks(services):
    log(services, "office-email", "2026-11-17 09:45", "2026-11-17 09:50", "Email")
    entry = services.quick_entry.parse("-30m walkthroughs")
    with pytest.raises(OverlapError):
        services.quick_entry.save(entry)
    services.quick_entry.save(entry, OverlapChoice.SHORTEN_OTHERS)
    assert [a.title for a in services.activities.on_day(TODAY)] == ["walkthroughs"]
