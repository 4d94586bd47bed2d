"""Logging, editing, deleting, the timer, overlaps, and undo/redo that survives a restart."""

from __future__ import annotations

from datetime import timedelta

import pytest

from leadership_desk.domain.overlaps import OverlapChoice
from leadership_desk.errors import (
    LongActivityError,
    NothingToUndoError,
    OverlapError,
    ValidationError,
)
from leadership_desk.services.container import open_services
from tests.conftest import ZONE
from tests.helpers import local, log


def titles(services, day="2026-11-17"):
    from datetime import date

    return [(a.title, a.start.astimezone(local(day + " 00:00").tzinfo).strftime("%H:%M"))
            for a in services.activities.on_day(date.fromisoformat(day))]


def test_add_edit_delete_round_trip(services):
    a = log(services, "feedback-coaching", "2026-11-17 08:00", "2026-11-17 08:30", "Debrief")
    assert services.activities.get(a.id) == a
    edited = services.activities.update(a.with_changes(title="Debrief, room 12", note="n"))
    assert services.activities.get(a.id).title == "Debrief, room 12"
    assert services.activities.get(a.id).note == "n"
    services.activities.delete(edited.id)
    assert services.activities.count() == 0


def test_overlap_is_refused_until_the_user_chooses(services):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 12:00", "Email")
    with pytest.raises(OverlapError) as caught:
        log(services, "discipline-supervision", "2026-11-17 10:00", "2026-11-17 10:30", "Yard")
    assert [c.title for c in caught.value.conflicts] == ["Email"]
    assert services.activities.count() == 1  # nothing was cut or saved


def test_shorten_others_splits_the_long_activity(services):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 12:00", "Email")
    log(services, "discipline-supervision", "2026-11-17 10:00", "2026-11-17 10:30", "Yard",
        choice=OverlapChoice.SHORTEN_OTHERS)
    assert titles(services) == [("Email", "08:00"), ("Yard", "10:00"), ("Email", "10:30")]
    services.activities.undo()
    assert titles(services) == [("Email", "08:00")]
    assert services.activities.get(1).end == local("2026-11-17 12:00")


def test_shorten_this_and_keep_both(services):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00", "Email")
    trimmed = log(services, "professional-learning", "2026-11-17 08:30", "2026-11-17 10:00",
                  "PLC", choice=OverlapChoice.SHORTEN_THIS)
    assert trimmed.start == local("2026-11-17 09:00")
    log(services, "travel", "2026-11-17 08:15", "2026-11-17 08:45", "Drive",
        choice=OverlapChoice.KEEP_BOTH)
    assert services.activities.count() == 3


def test_shorten_this_refuses_when_it_would_cut_the_activity_in_two(services):
    log(services, "office-email", "2026-11-17 09:00", "2026-11-17 09:15")
    with pytest.raises(OverlapError, match="pieces"):
        log(services, "professional-learning", "2026-11-17 08:30", "2026-11-17 10:00",
            choice=OverlapChoice.SHORTEN_THIS)
    assert services.activities.count() == 1


def test_back_to_back_is_not_an_overlap(services):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00")
    log(services, "office-email", "2026-11-17 09:00", "2026-11-17 10:00")
    assert services.activities.count() == 2


def test_long_activity_needs_confirmation(services):
    with pytest.raises(LongActivityError, match="13 h"):
        log(services, "office-email", "2026-11-17 07:00", "2026-11-17 20:00")
    log(services, "office-email", "2026-11-17 07:00", "2026-11-17 20:00", confirm_long=True)
    assert services.activities.count() == 1


def test_archived_category_is_refused_for_new_activities(services):
    category = services.categories.by_slug("travel")
    services.categories.archive(category.id)
    with pytest.raises(ValidationError, match="archived"):
        log(services, "travel", "2026-11-17 07:00", "2026-11-17 08:00")


def test_timer_start_switch_stop(services, clock):
    observation = services.categories.by_slug("observation-walkthrough").id
    email = services.categories.by_slug("office-email").id
    first = services.activities.start(observation, "Walkthrough")
    clock.advance(minutes=20)
    second = services.activities.start(email)
    ended = services.activities.get(first.id)
    assert ended.end == second.start == clock.now.replace(microsecond=0)
    assert services.activities.running().id == second.id
    clock.advance(minutes=5)
    stopped = services.activities.stop()
    assert stopped.end - stopped.start == timedelta(minutes=5)
    assert services.activities.running() is None
    assert services.activities.stop() is None


def test_timer_switch_is_one_undo_step(services, clock):
    observation = services.categories.by_slug("observation-walkthrough").id
    email = services.categories.by_slug("office-email").id
    first = services.activities.start(observation)
    clock.advance(minutes=20)
    services.activities.start(email)
    assert services.activities.undo().startswith("Switch to")
    assert services.activities.running().id == first.id
    assert services.activities.count() == 1
    services.activities.redo()
    assert services.activities.running().category_id == email


def test_undo_and_redo_survive_a_restart(services, db_path, clock):
    a = log(services, "feedback-coaching", "2026-11-17 08:00", "2026-11-17 08:30", "Debrief")
    services.activities.update(a.with_changes(title="Debrief B"))
    services.activities.delete(a.id)
    services.close()

    reopened = open_services(db_path, clock=clock, default_zone=ZONE)
    try:
        assert reopened.activities.undo_label() == "Delete 'Debrief B'"
        reopened.activities.undo()
        assert reopened.activities.get(a.id).title == "Debrief B"
        reopened.activities.undo()
        assert reopened.activities.get(a.id).title == "Debrief"
        reopened.activities.undo()
        assert reopened.activities.count() == 0
        with pytest.raises(NothingToUndoError):
            reopened.activities.undo()
        reopened.activities.redo()
        reopened.activities.redo()
        assert reopened.activities.get(a.id).title == "Debrief B"
        # a new change clears what could be redone
        log(reopened, "travel", "2026-11-17 13:00", "2026-11-17 13:30")
        assert reopened.activities.redo_label() is None
    finally:
        reopened.close()


def test_running_activity_survives_reopening(services, db_path, clock):
    services.activities.start(services.categories.by_slug("office-email").id, "Inbox")
    services.close()
    reopened = open_services(db_path, clock=clock, default_zone=ZONE)
    try:
        running = reopened.activities.running()
        assert running is not None and running.title == "Inbox"
        clock.advance(hours=2)
        ended = reopened.activities.end_running_at(clock.now - timedelta(hours=1))
        assert ended.end - ended.start == timedelta(hours=1)
    finally:
        reopened.close()


def test_editing_a_running_activity_keeps_it_running(services, clock):
    started = services.activities.start(services.categories.by_slug("office-email").id)
    services.activities.update(started.with_changes(title="Parent emails"))
    assert services.activities.running().title == "Parent emails"


def test_time_in_the_future_counts_once_it_has_happened(services, clock):
    from tests.helpers import log

    log(services, "feedback-coaching", "2026-11-17 09:00", "2026-11-17 09:30", "Debrief")
    log(services, "feedback-coaching", "2026-11-18 08:00", "2026-11-18 09:00", "Planned")
    week = services.reports.period("week")
    assert services.reports.report(week).balance.total_seconds == 30 * 60
    assert services.dashboard.load(week).balance.total_seconds == 30 * 60
    doc = services.exports.build(week, include_titles=True)
    assert doc["totals"]["minutes"]["instruction"] == 30
    assert [t["title"] for t in doc["titles"]] == ["Debrief"]
    clock.advance(days=1)  # Wednesday 10:00: the planned hour has happened
    assert services.reports.report(week).balance.total_seconds == 90 * 60
