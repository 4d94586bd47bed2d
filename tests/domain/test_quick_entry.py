"""Quick-entry parsing as a pure function: any text parses to a valid activity or gives a
one-line reason, on ordinary days, across midnight and on the days clocks change."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from leadership_desk.domain.categories import parse_default_categories
from leadership_desk.domain.quick_entry import parse_quick_entry
from leadership_desk.domain.suggestions import suggest
from leadership_desk.errors import ValidationError
from leadership_desk.resources import read_text

LA = ZoneInfo("America/Los_Angeles")
CATEGORIES = [replace(c, id=i + 1) for i, c in
              enumerate(parse_default_categories(read_text("categories.json")))]
RULES = json.loads(read_text("calendar_keywords.json"))["keywords"]
KEYWORDS = {c.id: RULES.get(c.slug, []) for c in CATEGORIES}


def parse(text: str, day: date, now: datetime):
    return parse_quick_entry(text, day=day, now=now, zone=LA, categories=CATEGORIES,
                             day_activities=[], suggest=lambda t: suggest(t, [], KEYWORDS))


def test_past_midnight_and_clock_changes():
    night = parse("10pm-1am email", date(2026, 3, 7), datetime(2026, 3, 9, tzinfo=UTC))
    assert night.end - night.start == timedelta(hours=3)
    # the night clocks spring forward (Sunday 2026-03-08): 1:00 to 4:00 is two real hours
    spring = parse("1am-4am email", date(2026, 3, 8), datetime(2026, 3, 9, tzinfo=UTC))
    assert spring.end - spring.start == timedelta(hours=2)
    try:
        parse("2:30am-3:30am email", date(2026, 3, 8), datetime(2026, 3, 9, tzinfo=UTC))
    except ValidationError as error:
        assert "did not happen" in error.message
    else:
        raise AssertionError("a time the clocks skipped was accepted")
    try:
        parse("1:30am-3am email", date(2026, 11, 1), datetime(2026, 11, 2, tzinfo=UTC))
    except ValidationError as error:
        assert "happened twice" in error.message
    else:
        raise AssertionError("a time that happened twice was taken without asking")


PIECES = st.sampled_from([
    "8:00-9:15", "9:15", "now", "45m", "-20m", "1h30", "2pm-3pm", "11-1", "10pm-1am",
    "7:30", "at 9", "from 8", "-", "–", "@", "@safety", "@t", "walkthroughs", "PLCs", "email",
    "Discipline", "lunch duty", "grade 3", "0m", "99:99", "25-26", "1.5h", "12am", "12pm",
    "  ", "é", "\t", "13pm", "3", "000", "@@", "-0m", "9999h",
])


@settings(max_examples=400, deadline=None)
@given(
    words=st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=6),
    day=st.dates(date(2025, 1, 1), date(2027, 12, 31)),
    offset=st.integers(-2, 2),
    minute=st.integers(0, 24 * 60 - 1),
)
def test_any_text_parses_or_says_why(words, day, offset, minute):
    local_now = datetime.combine(day + timedelta(days=offset), datetime.min.time())
    now = (local_now + timedelta(minutes=minute)).replace(tzinfo=LA).astimezone(UTC)
    text = " ".join(words)
    try:
        entry = parse(text, day, now)
    except ValidationError as error:
        assert error.message and "\n" not in error.message
        return
    # what parses is a valid activity that has already happened, at most 16 hours long
    activity = entry.activity("America/Los_Angeles")
    assert activity.start <= now
    assert activity.end is None or activity.start < activity.end <= now + timedelta(minutes=1)
    assert activity.end is None or activity.end - activity.start <= timedelta(hours=16)
    assert any(c.id == entry.category_id for c in CATEGORIES)


def test_an_unknown_word_is_answered_with_the_users_own_categories():
    day, now = date(2026, 11, 17), datetime(2026, 11, 17, 20, 0, tzinfo=UTC)
    try:
        parse("9:00-9:30 zzqx", day, now)
    except ValidationError as error:
        assert error.message.endswith("like @clas or @safe.")  # Classroom…, Safety…
    else:
        raise AssertionError("an unknown word was accepted")
    ias = [replace(c, id=i + 1) for i, c in
           enumerate(parse_default_categories(read_text("ias_categories.json")))]
    try:
        parse_quick_entry("9:00-9:30 zzqx", day=day, now=now, zone=LA, categories=ias,
                          day_activities=[], suggest=lambda t: suggest(t, [], {}))
    except ValidationError as error:
        assert error.message.endswith("like @walk or @oper.")  # Walkthroughs…, Operations…
    else:
        raise AssertionError("an unknown word was accepted")


def test_times_in_the_wrong_order_are_named_as_such():
    day, now = date(2026, 11, 17), datetime(2026, 11, 18, 4, 0, tzinfo=UTC)  # 20:00 LA
    try:
        parse("13:00-12:00 walkthrough", day, now)
    except ValidationError as error:
        assert error.message == ("The end (12:00) comes before the start (13:00); check the "
                                 "order of the times.")
    else:
        raise AssertionError("times in the wrong order were accepted")
