"""Calendar import: real-world files, suggestions, idempotent re-import, accepting a day."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from leadership_desk.domain.categories import Kind
from leadership_desk.domain.periods import Period
from leadership_desk.domain.suggestions import PastTitle, suggest
from leadership_desk.exchange.calendar import CalendarError, read_events
from tests.helpers import log

FIXTURES = Path(__file__).parent.parent / "fixtures" / "calendars"
LA = ZoneInfo("America/Los_Angeles")
NOVEMBER = Period(date(2026, 11, 1), date(2026, 11, 30))


def local(d) -> str:
    return f"{d.astimezone(LA):%Y-%m-%d %H:%M}"


def test_outlook_windows_zone_series_exceptions_dst_and_midnight():
    events = read_events((FIXTURES / "outlook-windows-zone.ics").read_bytes(),
                         NOVEMBER.first, NOVEMBER.last, LA)
    plc = [(local(e.start), e.title) for e in events if "PLC" in e.title]
    # weekly on Mondays, Nov 9 excluded, Nov 16 moved to Tuesday 17th 10:00
    assert plc == [("2026-11-02 14:00", "Grade 3 PLC"),
                   ("2026-11-17 10:00", "Grade 3 PLC (moved)"),
                   ("2026-11-23 14:00", "Grade 3 PLC"), ("2026-11-30 14:00", "Grade 3 PLC")]
    walks = [e for e in events if e.title.startswith("Walkthrough")]
    # 9:00 wall-clock time on each side of the fall-back night, one real hour each
    assert [local(e.start) for e in walks] == ["2026-11-01 09:00", "2026-11-02 09:00",
                                               "2026-11-03 09:00"]
    assert all(e.end - e.start == timedelta(hours=1) for e in walks)
    late = next(e for e in events if e.title.startswith("Basketball"))
    assert late.end - late.start == timedelta(hours=2, minutes=30)
    assert next(e for e in events if e.title == "Budget review").cancelled
    assert next(e for e in events if e.title == "Hold for email").free
    assert next(e for e in events if e.title == "Staff development day").all_day == \
        date(2026, 11, 10)


def test_google_iana_zone_rdate_and_free_time():
    events = read_events((FIXTURES / "google-iana.ics").read_bytes(), date(2026, 11, 9),
                         date(2026, 11, 15), LA)
    yard = [local(e.start) for e in events if e.title == "Yard duty"]
    assert yard == ["2026-11-09 08:00", "2026-11-11 08:00", "2026-11-13 08:00"]
    parent = next(e for e in events if e.title.startswith("Parent"))
    assert local(parent.start) == "2026-11-10 14:00"
    assert next(e for e in events if e.title == "Lunch").free


def test_files_that_are_not_calendars_are_refused():
    with pytest.raises(CalendarError, match="not a calendar"):
        read_events(b"hello", NOVEMBER.first, NOVEMBER.last, LA)
    with pytest.raises(CalendarError, match="damaged or incomplete"):
        read_events((FIXTURES / "malformed.ics").read_bytes(), NOVEMBER.first,
                    NOVEMBER.last, LA)


def test_history_beats_keywords_and_the_reason_is_given():
    history = [PastTitle("Grade 3 PLC", 7, date(2026, 3, 5)),
               PastTitle("Grade 3 PLC", 2, date(2026, 1, 5))]
    keywords = {4: ["plc"], 9: ["parent"], 10: ["attendance"]}
    assert suggest("grade 3  plc", history, keywords) == \
        suggest("Grade 3 PLC", history, keywords)
    first = suggest("Grade 3 PLC", history, keywords)
    assert (first.category_id, first.reason) == (7, "like 'Grade 3 PLC' on Mar 5")
    similar = suggest("Grade 3 PLC planning", history, keywords)
    assert similar.category_id == 7 and similar.reason.startswith("like 'Grade 3 PLC'")
    by_keyword = suggest("Parent meeting re: attendance", history, keywords)
    assert (by_keyword.category_id, by_keyword.reason) == (9, "the title mentions 'Parent'")
    assert suggest("Zzz", history, keywords).category_id is None


def test_import_accept_and_totals_match_what_was_confirmed(services):
    data = (FIXTURES / "outlook-windows-zone.ics").read_bytes()
    result = services.calendar.import_calendar(data, NOVEMBER)
    assert (result.created, result.skipped["cancelled"]) == (10, 1)
    assert services.reports.report(NOVEMBER).balance.total_seconds == 0  # drafts never count
    day = Period(date(2026, 11, 2), date(2026, 11, 2))
    drafts = services.calendar.drafts(day)
    accepted = services.calendar.accept([d.id for d in drafts])
    assert len(accepted.accepted) == 2
    balance = services.reports.report(day).balance
    assert balance.of(Kind.INSTRUCTION) == 2 * 3600  # walkthrough + PLC, as suggested
    assert services.calendar.drafts(day) == []


def test_reimport_updates_moves_removes_and_never_touches_accepted(services):
    data = (FIXTURES / "google-iana.ics").read_bytes()
    week = Period(date(2026, 11, 9), date(2026, 11, 15))
    services.calendar.import_calendar(data, week)
    again = services.calendar.import_calendar(data, week)
    assert (again.created, again.updated, again.removed) == (0, 0, 0)
    monday = next(d for d in services.calendar.drafts(week) if d.title == "Yard duty")
    services.calendar.accept([monday.id])
    activity = services.activities.on_day(date(2026, 11, 9))[0]
    moved = (data.replace(b"DTSTART:20261110T220000Z\nDTEND:20261110T230000Z",
                          b"DTSTART:20261110T230000Z\nDTEND:20261111T000000Z")
             .replace(b"UID:free1@google.com", b"UID:free2@google.com"))
    result = services.calendar.import_calendar(moved, week)
    # the parent meeting moved an hour; the lunch hold was replaced by another event
    assert (result.updated, result.removed, result.created) == (1, 1, 1)
    parent = next(d for d in services.calendar.drafts(week) if d.title.startswith("Parent"))
    assert parent.start.astimezone(LA).hour == 15
    assert services.activities.on_day(date(2026, 11, 9))[0] == activity  # accepted: unchanged


def test_overlaps_with_confirmed_activities_are_shown_and_not_forced(services):
    log(services, "office-email", "2026-11-09 07:45", "2026-11-09 08:15")
    week = Period(date(2026, 11, 9), date(2026, 11, 15))
    services.calendar.import_calendar((FIXTURES / "google-iana.ics").read_bytes(), week)
    monday = next(d for d in services.calendar.drafts(week)
                  if d.start.astimezone(LA).day == 9)
    assert services.calendar.overlaps(monday)
    result = services.calendar.accept([monday.id])
    assert result.accepted == [] and "overlaps" in result.skipped[0][1]


def test_history_feeds_the_next_import(services):
    log(services, "instructional-program", "2026-10-05 08:00", "2026-10-05 09:00", "Yard duty")
    week = Period(date(2026, 11, 9), date(2026, 11, 15))
    services.calendar.import_calendar((FIXTURES / "google-iana.ics").read_bytes(), week)
    yard = next(d for d in services.calendar.drafts(week) if d.title == "Yard duty")
    program = services.categories.by_slug("instructional-program").id
    assert (yard.suggested_category_id, yard.reason) == (program, "like 'Yard duty' on Oct 5")


def test_spring_forward_week_and_a_windows_name_without_its_zone_block():
    events = read_events((FIXTURES / "spring-forward-windows-names.ics").read_bytes(),
                         date(2026, 3, 2), date(2026, 3, 15), LA)
    walks = [e for e in events if e.title == "Walkthrough"]
    assert [local(e.start) for e in walks] == ["2026-03-06 09:00", "2026-03-07 09:00",
                                               "2026-03-08 09:00", "2026-03-09 09:00"]
    assert all(e.end - e.start == timedelta(hours=1) for e in walks)
    board = next(e for e in events if e.title == "Board meeting")
    assert local(board.start) == "2026-03-10 15:00"  # 18:00 Eastern
