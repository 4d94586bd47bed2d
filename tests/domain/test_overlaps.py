"""What each overlap choice does; nothing is cut without a choice."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.overlaps import (
    OverlapChoice,
    describe_changes,
    describe_choice,
    find_overlaps,
    shorten_others,
    shorten_this,
)

LA = ZoneInfo("America/Los_Angeles")


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 17, hour, minute, tzinfo=LA)


def act(start, end, id=None, title="") -> Activity:
    return Activity(category_id=1, start=start, end=end, zone="America/Los_Angeles", id=id,
                    title=title)


def test_overlaps_exclude_the_activity_itself_and_back_to_back_ones():
    existing = [act(at(8), at(9), 1), act(at(9), at(10), 2), act(at(10), at(11), 3)]
    edited = act(at(9), at(10), 2)
    assert find_overlaps(edited, existing) == []
    assert [a.id for a in find_overlaps(act(at(8, 30), at(10, 30)), existing)] == [1, 2, 3]


def test_shorten_others_trims_splits_and_removes():
    email = act(at(8), at(12), 1, "Email")
    inside = act(at(10, 10), at(10, 20), 2, "Call")
    new = act(at(10), at(10, 30))
    changes = shorten_others(new, find_overlaps(new, [email, inside]))
    head, tail, removed = changes
    assert (head.before, head.after.end) == (email, at(10))
    assert tail.before is None and (tail.after.start, tail.after.end) == (at(10, 30), at(12))
    assert removed.before == inside and removed.after is None
    lines = describe_changes(changes, lambda a: a.title, LA)
    assert lines == [
        "Email 08:00–12:00 becomes 08:00–10:00",
        "Email continues 10:30–12:00",
        "Call 10:10–10:20 is removed (it lies entirely inside the new time)",
    ]


def test_shorten_others_keeps_a_running_tail_running():
    running = act(at(8), None, 1)
    new = act(at(9), at(9, 30))
    head, tail = shorten_others(new, [running])
    assert head.after.end == at(9)
    assert tail.after.running and tail.after.start == at(9, 30)


def test_shorten_this_fits_the_free_stretch_or_says_why_not():
    before = act(at(8), at(9), 1)
    new = act(at(8, 30), at(10))
    assert shorten_this(new, [before]).start == at(9)
    middle = act(at(9), at(9, 15), 2)
    wide = act(at(8, 30), at(10))
    assert shorten_this(wide, [middle]) is None
    assert describe_choice(OverlapChoice.SHORTEN_THIS, wide, [middle]) is not None
    assert describe_choice(OverlapChoice.SHORTEN_OTHERS, wide, [middle]) is None
