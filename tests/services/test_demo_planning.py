"""The principal's demo: protected blocks, Thanksgiving and a teacher work day without
school, and a log that keeps some blocks and misses others, so planning shows numbers."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from leadership_desk.domain.periods import Period
from leadership_desk.services.container import open_services
from leadership_desk.services.demo_service import fill_demo
from tests.conftest import FakeClock

NOW = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)  # Monday, noon in Los Angeles
FIRST = date(2026, 9, 25)  # 60 days ending today: a Friday
SPAN = Period(FIRST, date(2026, 11, 29))


@pytest.fixture
def demo(tmp_path):
    def make(**options):
        s = open_services(tmp_path / f"demo-{len(options)}.sqlite3", clock=FakeClock(NOW))
        fill_demo(s.db, s.profiles, s.categories, days=60, seed=3, now=NOW, **options)
        return s
    return make


def test_the_demo_has_blocks_and_days_without_school(demo):
    s = demo()
    slugs = {c.id: c.slug for c in s.categories.all()}
    assert sorted((b.weekday, b.start, b.end, slugs[b.category_id], b.first_day)
                  for b in s.planning.blocks()) == [
        (1, time(8, 30), time(10), "observation-walkthrough", FIRST),
        (2, time(13), time(14), "professional-learning", FIRST),
        (3, time(8, 30), time(10), "observation-walkthrough", FIRST)]
    # Thanksgiving 2026 is Thursday Nov 26; the Friday two weeks before this week, Nov 13
    assert {(d.day, d.label) for d in s.planning.non_school_days()} == {
        (date(2026, 11, 13), "Teacher work day"), (date(2026, 11, 25), "Thanksgiving break"),
        (date(2026, 11, 26), "Thanksgiving break"), (date(2026, 11, 27), "Thanksgiving break")}
    # nothing is logged on a day without school
    assert s.reports.report(Period(date(2026, 11, 13), date(2026, 11, 13))).balance.days_logged == 0
    s.close()


def test_the_demo_keeps_some_blocks_and_misses_others(demo):
    s = demo()
    weeks = s.plans.planned_weeks(SPAN)
    # Tue, Wed and Thu of the 8 weeks from Sep 28: 24 blocks (this Tuesday's is still to
    # come, and Wednesday and Thursday are Thanksgiving)
    assert sum(w.blocks for w in weeks) == 24
    kept = sum(w.blocks_kept for w in weeks)
    # on days the principal logged, some blocks were kept and some were not
    logged = [d for d in SPAN.days()
              if s.reports.report(Period(d, d)).balance.days_logged and d < NOW.date()]
    outcomes = [was_kept for d in logged for _block, was_kept in s.plans.day_blocks(d)]
    assert outcomes.count(True) == kept > 0 and outcomes.count(False) > 0
    follow = s.plans.follow_through(SPAN)
    assert 0 < follow.followed < follow.observations
    # the week ahead (this week): only Tuesday's walkthrough, 90 minutes
    ahead = s.plans.week_ahead()
    assert ahead.planned == 90 * 60 and ahead.school_days == [date(2026, 11, 23),
                                                              date(2026, 11, 24)]
    s.close()


def test_the_demo_options_still_shape_the_log(demo):
    s = demo(days_off=0.0, shares=(0.9, 0.9))
    # every school day so far is logged: Sep 25, the 8 weeks from Sep 28 less Nov 13, today
    report = s.reports.report(Period(FIRST, date(2026, 11, 23)))
    assert report.balance.days_logged == 1 + 8 * 5 - 1 + 1
    assert report.balance.share > 0.8
    s.close()
