"""An IAS's activities carry the school they served; totals per school."""

from __future__ import annotations

import pytest

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.periods import Period
from leadership_desk.domain.roles import Role
from leadership_desk.errors import NewSchoolError, ValidationError
from tests.helpers import local


@pytest.fixture
def ias(services):
    services.roles.set_role(Role.IAS)
    return services


def visit(s, slug, start, end, school=None, name=None, title=""):
    activity = Activity(category_id=s.categories.by_slug(slug).id, start=local(start),
                        end=local(end), zone="America/Los_Angeles", title=title, school=school)
    return s.visits.add(activity, name)


def test_a_new_school_id_needs_a_name_once(ias):
    with pytest.raises(NewSchoolError):
        visit(ias, "ias-coaching", "2026-11-16 08:00", "2026-11-16 09:00", "0611111")
    assert ias.activities.count() == 0  # refused whole
    first = visit(ias, "ias-coaching", "2026-11-16 08:00", "2026-11-16 09:00", "0611111",
                  "Hoover Middle")
    again = visit(ias, "ias-teams", "2026-11-16 09:00", "2026-11-16 09:30", "0611111")
    assert ias.activities.get(first.id).school == ias.activities.get(again.id).school == "0611111"
    assert ias.visits.known() == [("0611111", "Hoover Middle")]
    assert ias.visits.name_of("0611111") == "Hoover Middle"
    with pytest.raises(ValidationError):
        visit(ias, "ias-teams", "2026-11-16 10:00", "2026-11-16 10:30", "none", "Nowhere")


def test_minutes_by_school_count_time_without_a_school_under_none(ias, clock):
    clock.now = local("2026-11-18 12:00")  # all of it has happened (later time never counts)
    visit(ias, "ias-coaching", "2026-11-16 08:00", "2026-11-16 09:30", "A1", "Adams")
    visit(ias, "ias-personnel", "2026-11-16 10:00", "2026-11-16 10:45", "A1")
    visit(ias, "ias-teams", "2026-11-17 08:00", "2026-11-17 08:20", "B2", "Burbank")
    visit(ias, "ias-travel", "2026-11-16 09:30", "2026-11-16 10:00")
    visit(ias, "ias-district-meetings", "2026-11-17 13:00", "2026-11-17 14:00")
    # 23:00 on the 17th to 01:00 on the 18th: one hour in a period ending on the 17th
    visit(ias, "ias-crisis", "2026-11-17 23:00", "2026-11-18 01:00", "B2")
    week = Period(local("2026-11-16 00:00").date(), local("2026-11-17 00:00").date())
    totals = ias.visits.minutes_by_school(week)
    assert totals == {
        "A1": {"instruction": 90, "management": 45, "other": 0},
        "B2": {"instruction": 20, "management": 60, "other": 0},
        "none": {"instruction": 0, "management": 60, "other": 30},
    }
    assert ias.visits.support_hours(week) == {"A1": 2.25, "B2": 80 / 60}


def test_the_timer_edit_and_undo_keep_the_school(ias, clock):
    started = ias.visits.start(ias.categories.by_slug("ias-coaching").id, "Cycle planning",
                               school="C3", school_name="Cleveland High")
    assert ias.activities.running().school == "C3"
    clock.advance(minutes=30)
    ias.activities.stop()
    ias.activities.update(ias.activities.get(started.id).with_changes(school=None))
    assert ias.activities.get(started.id).school is None
    ias.activities.undo()
    assert ias.activities.get(started.id).school == "C3"
    ias.activities.redo()
    assert ias.activities.get(started.id).school is None


def test_a_principals_summary_never_carries_the_school_of_an_activity(services, tmp_path):
    activity = Activity(category_id=services.categories.by_slug("feedback-coaching").id,
                        start=local("2026-11-16 08:00"), end=local("2026-11-16 09:00"),
                        zone="America/Los_Angeles", title="Debrief", school="SECRET-42")
    services.visits.add(activity, "Secret School")
    period = Period(local("2026-11-16 00:00").date(), local("2026-11-16 00:00").date())
    import pypdf

    for fmt in ("json", "csv", "pdf"):
        doc = services.exports.build(period, include_titles=True, reflection="")
        out = tmp_path / f"summary.{fmt}"
        services.exports.write(doc, fmt, out)
        text = ("".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
                if fmt == "pdf" else out.read_text(encoding="utf-8"))
        assert "Lincoln Elementary" in text  # the principal's own school heads it
        assert "SECRET-42" not in text and "Secret School" not in text, fmt


def test_an_ias_quick_entry_finds_the_ias_categories_by_their_words(ias):
    from datetime import date

    entry = ias.quick_entry.parse("8:00-9:00 learning walk with the principal",
                                  date(2026, 11, 16))
    assert ias.categories.get(entry.category_id).slug == "ias-co-observation"
    entry = ias.quick_entry.parse("9:00-9:30 drive to Adams", date(2026, 11, 16))
    assert ias.categories.get(entry.category_id).slug == "ias-travel"
