"""Fills an empty database with a realistic sample of a principal's school days."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.blocks import ProtectedBlock
from leadership_desk.domain.categories import Category, Kind
from leadership_desk.domain.periods import local_date, resolve_local
from leadership_desk.domain.profile import Profile
from leadership_desk.domain.school_calendar import NonSchoolDay, expand_range
from leadership_desk.errors import ValidationError
from leadership_desk.services.category_service import CategoryService
from leadership_desk.services.profile_service import ProfileService
from leadership_desk.store.activity_repository import ActivityRepository
from leadership_desk.store.planning_repository import PlanningRepository
from leadership_desk.store.rows import activity_to_row
from leadership_desk.store.sqlite import Database
from leadership_desk.store.transaction import transaction

DEMO_PROFILE = Profile(
    name="Alex Rivera (demo)",
    school="Jefferson Elementary (demo)",
    school_id="DEMO-0001",
    timezone="America/Los_Angeles",
)

# Titles a principal might give each category's activities; no student names, by design.
# The demo's protected blocks: (weekday, start, end, category slug, title), applying from
# the demo's first day
DEMO_BLOCKS = (
    (1, time(8, 30), time(10), "observation-walkthrough", "Walkthroughs"),
    (3, time(8, 30), time(10), "observation-walkthrough", "Walkthroughs"),
    (2, time(13), time(14), "professional-learning", "PLC"),
)
# a block is logged as planned a little more often than the day's instruction share trends,
# so a school sliding away from instruction keeps fewer of its blocks too
KEEP_ABOVE_TREND = 0.1
# the share of days with feedback or coaching, rising: early observations often go without it
FEEDBACK_FROM, FEEDBACK_TO = 0.15, 0.45

_TITLES: dict[str, list[str]] = {
    "observation-walkthrough": ["Walkthrough, grade 2", "Learning walk, upper grades",
                                "Observation Room 14", "Instructional rounds"],
    "feedback-coaching": ["Debrief with 4th-grade teacher", "Coaching cycle check-in",
                          "Feedback after walkthrough", "Co-planning math lesson"],
    "teacher-evaluation": ["Post-observation conference", "Growth-plan meeting"],
    "teaching-modeling": ["Model lesson: close reading", "Small-group reading support"],
    "professional-learning": ["Grade 3 PLC", "Kinder PLC", "Staff PD: writing workshop"],
    "curriculum-assessment-data": ["i-Ready data meeting", "Common assessment review"],
    "instructional-program": ["Guiding Coalition", "MTSS intervention design", "SPSA goals"],
    "instructional-talent": ["Teacher interview", "New-teacher support"],
    "student-learning-support": ["SST meeting", "IEP meeting"],
    "safety-facilities-operations": ["Work order: heating in B wing", "Fire drill",
                                     "Chromebook distribution", "Custodial walk"],
    "discipline-supervision": ["Yard duty", "Incident follow-up", "Lunch duty", "Bus duty"],
    "compliance-reporting": ["State report", "Testing logistics"],
    "budget-resources": ["Budget review", "Purchase orders"],
    "personnel-hr": ["Sub coverage", "Staff concern"],
    "office-email": ["Email", "Phone calls", "Newsletter"],
    "family-community": ["Parent meeting", "Site council", "PTA meeting"],
    "district-meetings": ["District data call", "Principals' meeting"],
    "events-extracurricular": ["Assembly", "Awards ceremony"],
    "personal-break": ["Lunch"],
    "travel": ["Drive to district office"],
    "own-learning": ["Leadership course"],
}


def fill_demo(
    db: Database,
    profiles: ProfileService,
    categories: CategoryService,
    *,
    days: int,
    seed: int,
    now: datetime,
    progress: Callable[[int, int], None] | None = None,
    shares: tuple[float, float] = (0.25, 0.75),
    days_off: float = 0.04,
) -> int:
    """Writes `days` calendar days of school-day activities ending today; returns the count.

    The instruction share drifts from about `shares[0]` toward `shares[1]` (by default 25%
    toward the 75% goal) over the period; `days_off` is the share of school days not logged.
    Only an empty database is filled, so real data is never mixed with demo data.
    """
    if days < 1 or days > 366 * 40:
        raise ValidationError("--days must be between 1 and 14640.")
    activities = ActivityRepository(db)
    if activities.count():
        raise ValidationError(
            "This database already holds activities; demo data goes into an empty database."
        )
    rng = random.Random(seed)
    profiles.complete_setup(DEMO_PROFILE)
    zone = DEMO_PROFILE.zone
    by_kind: dict[Kind, list] = {kind: [] for kind in Kind}
    for category in categories.active():
        by_kind[category.kind].append(category)
    today = local_date(now, zone)
    first = today - timedelta(days=days - 1)
    closed = _no_school_days(first, today)
    blocks = _blocks(categories, first)
    keeping = random.Random(seed + 1)  # its own sequence: kept blocks vary on their own
    planning = PlanningRepository(db)
    feedback = {cid for cid, role in planning.roles().items() if role == "feedback"}
    rows: list[dict] = []
    for index in range(days):
        day = first + timedelta(days=index)
        if day.weekday() >= 5 or day in closed or rng.random() < days_off:
            continue  # weekends, days without school and the odd day off
        progress_share = index / max(1, days - 1)
        trend = shares[0] + (shares[1] - shares[0]) * progress_share
        target = min(0.85, trend + rng.uniform(-0.12, 0.12))
        keep = trend + KEEP_ABOVE_TREND
        kept = [b for b in blocks if b[0] == day.weekday() and keeping.random() < keep]
        with_feedback = keeping.random() < FEEDBACK_FROM + (FEEDBACK_TO - FEEDBACK_FROM) \
            * progress_share
        for activity in _school_day(rng, day, target, by_kind, DEMO_PROFILE.timezone, zone,
                                    kept, set() if with_feedback else feedback):
            if activity.end is not None and activity.end <= now:
                rows.append(activity_to_row(activity) | {"updated_utc": int(now.timestamp())})
        if progress:
            progress(index + 1, days)
    with transaction(db):
        db["activities"].insert_all(rows, batch_size=1000)
        for weekday, start, end, category, title in blocks:
            planning.insert_block(ProtectedBlock(weekday, start, end, category.id, title,
                                                 first_day=first))
        planning.put_non_school_days(sorted(closed.values(), key=lambda d: d.day))
    return len(rows)


def _no_school_days(first: date, today: date) -> dict[date, NonSchoolDay]:
    """Thanksgiving break (Wednesday to Friday) in each November from the demo's first day
    to two weeks ahead, and a teacher work day on the Friday two weeks before this week."""
    days: dict[date, NonSchoolDay] = {}
    horizon = today + timedelta(days=14)
    for year in range(first.year, horizon.year + 1):
        november = date(year, 11, 1)
        thursday = november + timedelta(days=(3 - november.weekday()) % 7 + 21)
        for day in expand_range(thursday - timedelta(days=1), thursday + timedelta(days=1),
                                "Thanksgiving break"):
            if first <= day.day <= horizon:
                days[day.day] = day
    work_day = today - timedelta(days=today.weekday()) - timedelta(days=10)  # a Friday
    if work_day >= first:
        days[work_day] = NonSchoolDay(work_day, "Teacher work day")
    return days


def _blocks(categories: CategoryService, first: date) -> list[tuple[int, time, time,
                                                                    Category, str]]:
    """DEMO_BLOCKS with their categories (a block whose category is gone is left out)."""
    by_slug = {c.slug: c for c in categories.active()}
    return [(weekday, start, end, by_slug[slug], title)
            for weekday, start, end, slug, title in DEMO_BLOCKS
            if slug in by_slug and by_slug[slug].kind is Kind.INSTRUCTION]


def _school_day(rng, day: date, target: float, by_kind, zone_name: str, zone,
                kept: list | None = None, avoid: set[int] | None = None) -> list[Activity]:
    """One day's activities; the `kept` protected blocks are logged as planned and the
    categories `avoid` are left out (a day without feedback)."""
    cursor = datetime.combine(day, time(7, 15)) + timedelta(minutes=rng.randrange(0, 30))
    day_end = datetime.combine(day, time(16, 0)) + timedelta(minutes=rng.randrange(0, 90))
    lunch_at = datetime.combine(day, time(11, 45)) + timedelta(minutes=rng.randrange(0, 45))
    reserved = sorted((datetime.combine(day, start), datetime.combine(day, end), category,
                       title) for _weekday, start, end, category, title in kept or ())
    had_lunch = False
    result = []

    def add(category, start: datetime, end: datetime, title: str) -> None:
        result.append(Activity(category_id=category.id,
                               start=resolve_local(start, zone, fold=0).instant,
                               end=resolve_local(end, zone, fold=0).instant,
                               zone=zone_name, title=title))

    while cursor < day_end:
        if reserved and cursor >= reserved[0][0]:
            _start, end, category, title = reserved.pop(0)
            add(category, cursor, end, title)
            cursor = end
            continue
        if not had_lunch and cursor >= lunch_at:
            category, minutes, had_lunch = _by_slug(by_kind, "personal-break"), 30, True
        else:
            kind = Kind.INSTRUCTION if rng.random() < target else Kind.MANAGEMENT
            if rng.random() < 0.03:
                kind = Kind.OTHER
            options = [c for c in by_kind[kind] if c.id not in (avoid or ())]
            category = _weighted(rng, options or by_kind[kind])
            minutes = rng.choice((10, 15, 15, 20, 20, 25, 30, 30, 45, 60))
        end = min(cursor + timedelta(minutes=minutes), day_end + timedelta(minutes=30))
        if reserved:  # stop at a block that is kept
            end = min(end, reserved[0][0])
        add(category, cursor, end, rng.choice(_TITLES.get(category.slug, [""])))
        gap = rng.choice((0, 0, 0, 0, 0, 5, 10))  # the untracked minutes of a real day
        cursor = end + timedelta(minutes=gap)
        if reserved:  # and be on time for it
            cursor = min(cursor, reserved[0][0])
    return result


def _weighted(rng, options):
    weights = [3 if c.favourite else 1 for c in options]
    return rng.choices(options, weights=weights)[0]


def _by_slug(by_kind, slug):
    for options in by_kind.values():
        for category in options:
            if category.slug == slug:
                return category
    return by_kind[Kind.OTHER][0]
