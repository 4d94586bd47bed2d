"""User text stays text: control characters are removed where it enters and leaves."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.profile import Profile
from leadership_desk.domain.text import lines, one_line


def test_names_and_titles_lose_control_characters_and_keep_the_rest():
    assert one_line("Lincoln\x1b[2J  Elementary\x00") == "Lincoln[2J Elementary"
    assert one_line("Pat\tLee\u2028Jr.\u202e") == "Pat Lee Jr."
    assert one_line("École Élémentaire Nº 5 — 北京") == "École Élémentaire Nº 5 — 北京"
    assert lines("Wins:\n\t- PLCs\x1b[31m\x07") == "Wins:\n\t- PLCs[31m"


def test_a_profile_and_an_activity_keep_no_control_characters():
    profile = Profile(name="Pat\x1b Lee", school="Lincoln\x00 Elementary", school_id="CA\x07-1")
    assert (profile.name, profile.school, profile.school_id) == (
        "Pat Lee", "Lincoln Elementary", "CA-1")
    start = datetime(2026, 11, 17, 16, tzinfo=UTC)
    activity = Activity(1, start, start + timedelta(hours=1), "UTC", title="Email\x1b[31m red")
    assert activity.title == "Email[31m red"
