"""Fills an empty database with a sample IAS's weeks: visits to their schools, travel, meetings."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.periods import local_date, resolve_local
from leadership_desk.domain.profile import Profile
from leadership_desk.domain.roles import Role
from leadership_desk.errors import ValidationError
from leadership_desk.services.profile_service import ProfileService
from leadership_desk.services.role_service import RoleService
from leadership_desk.store.activity_repository import ActivityRepository
from leadership_desk.store.category_repository import CategoryRepository
from leadership_desk.store.rows import activity_to_row
from leadership_desk.store.served_schools import ServedSchoolRepository
from leadership_desk.store.sqlite import Database
from leadership_desk.store.transaction import transaction

IAS_DEMO_PROFILE = Profile(name="Morgan Lee (demo)", network="North network (demo)",
                           timezone="America/Los_Angeles", role=Role.IAS)
_AT_SCHOOL = ("ias-co-observation", "ias-coaching", "ias-coaching", "ias-data-improvement",
              "ias-teams", "ias-principal-evaluation", "ias-operations", "ias-personnel",
              "ias-family-escalations")
_TITLES = {"ias-co-observation": "Learning walk with the principal",
           "ias-coaching": "Coaching conversation", "ias-data-improvement": "i-Ready review",
           "ias-teams": "Guiding Coalition", "ias-principal-evaluation": "Goal-setting conference",
           "ias-operations": "Facilities follow-up", "ias-personnel": "Staffing question",
           "ias-family-escalations": "Parent complaint follow-up",
           "ias-district-meetings": "Operations meeting", "ias-travel": "Drive",
           "ias-personal": "Lunch", "ias-compliance": "District data call"}


def fill_ias_demo(db: Database, profiles: ProfileService, roles: RoleService, *,
                  schools: list[tuple[str, str]], days: int, seed: int, now: datetime) -> int:
    """Writes `days` calendar days of an IAS's school days ending today, visiting `schools`
    (id, name) unevenly (some often, some rarely); returns the count of activities."""
    activities = ActivityRepository(db)
    if activities.count():
        raise ValidationError(
            "This database already holds activities; demo data goes into an empty database.")
    rng = random.Random(seed)
    roles.set_role(Role.IAS)
    profiles.complete_setup(IAS_DEMO_PROFILE)
    zone = IAS_DEMO_PROFILE.zone
    slugs = {c.slug: c.id for c in CategoryRepository(db).all()}
    weights = [1 / (1 + index * 0.6) for index in range(len(schools))]
    today = local_date(now, zone)
    rows: list[dict] = []

    def add(start: datetime, minutes: int, slug: str, school: str | None) -> datetime:
        end = start + timedelta(minutes=minutes)
        activity = Activity(category_id=slugs[slug], zone=zone.key, title=_TITLES.get(slug, ""),
                            start=resolve_local(start, zone, fold=0).instant,
                            end=resolve_local(end, zone, fold=0).instant, school=school)
        if activity.end <= now:
            rows.append(activity_to_row(activity) | {"updated_utc": int(now.timestamp())})
        return end

    for index in range(days):
        day = today - timedelta(days=days - 1 - index)
        if day.weekday() >= 5:
            continue
        cursor = datetime.combine(day, time(8, 0))
        if day.weekday() == 0:  # Monday: the assistant superintendent's team meeting
            cursor = add(cursor, 120, "ias-district-meetings", None)
        for visit in range(rng.choice((2, 3, 3))):
            school = rng.choices(schools, weights=weights)[0][0]
            cursor = add(cursor, rng.choice((15, 20, 30)), "ias-travel", None)
            for _ in range(rng.choice((2, 3))):
                cursor = add(cursor, rng.choice((30, 45, 60)), rng.choice(_AT_SCHOOL), school)
            if visit == 0:
                cursor = add(cursor, 30, "ias-personal", None)
        add(cursor, 45, "ias-compliance", None)
    with transaction(db):
        names = ServedSchoolRepository(db)
        for school_id, name in schools:
            names.put(school_id, name)
        db["activities"].insert_all(rows, batch_size=1000)
    return len(rows)
