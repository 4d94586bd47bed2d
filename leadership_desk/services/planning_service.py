"""The school calendar, protected blocks and follow-up roles: what a principal sets in
Settings (or from the district's calendar) and every count of school days reads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from leadership_desk.domain.blocks import ProtectedBlock
from leadership_desk.domain.categories import Kind
from leadership_desk.domain.periods import Period, local_date
from leadership_desk.domain.school_calendar import (
    NonSchoolDay,
    SchoolCalendar,
    expand_range,
    looks_like_no_school,
)
from leadership_desk.errors import NotFoundError, ValidationError
from leadership_desk.services.profile_service import ProfileService
from leadership_desk.store.category_repository import CategoryRepository
from leadership_desk.store.planning_repository import ROLES, PlanningRepository
from leadership_desk.store.sqlite import Database
from leadership_desk.store.transaction import transaction


@dataclass(frozen=True, slots=True)
class AllDayEvent:
    """An all-day event of a calendar file, offered to be marked "no school"."""

    first: date
    last: date
    title: str
    suggested: bool  # its title sounds like a day without school

    def to_json(self) -> dict:
        return {"from": self.first.isoformat(), "to": self.last.isoformat(),
                "title": self.title, "suggested": self.suggested}


class PlanningService:
    """Non-school days, protected blocks and which categories count as observation or
    feedback."""

    def __init__(self, db: Database, clock: Callable[[], datetime],
                 profiles: ProfileService) -> None:
        self._db = db
        self._clock = clock
        self._profiles = profiles
        self._store = PlanningRepository(db)
        self._categories = CategoryRepository(db)

    def today(self) -> date:
        return local_date(self._clock(), self._profiles.profile().zone)

    # the school calendar

    def calendar(self) -> SchoolCalendar:
        return self._store.calendar()

    def non_school_days(self, period: Period | None = None) -> list[NonSchoolDay]:
        if period is None:
            return self._store.non_school_days()
        return self._store.non_school_days(period.first, period.last)

    def add_non_school_days(self, first: date, last: date, label: str = "") -> int:
        """Marks the weekdays `first`..`last` as no school; returns how many."""
        days = expand_range(first, last, label)
        if not days:
            raise ValidationError("Those dates fall on a weekend, which is never a school day.")
        with transaction(self._db):
            self._store.put_non_school_days(days)
        return len(days)

    def remove_non_school_days(self, first: date, last: date) -> int:
        days = list(Period(first, last).days())
        with transaction(self._db):
            return self._store.delete_non_school_days(days)

    def all_day_events(self, data: bytes, period: Period) -> list[AllDayEvent]:
        """The all-day events of a calendar file in `period`, those that sound like no
        school marked as suggested. Nothing is saved."""
        from leadership_desk.exchange.school_calendar_ics import all_day_events

        zone = self._profiles.profile().zone
        return [AllDayEvent(first, last, title, looks_like_no_school(title))
                for first, last, title in all_day_events(data, period.first, period.last, zone)]

    def mark_no_school(self, events: list[AllDayEvent]) -> int:
        """Marks the weekdays of the chosen events as no school; returns how many days."""
        days = [d for e in events for d in expand_range(e.first, e.last, e.title)]
        with transaction(self._db):
            self._store.put_non_school_days(days)
        return len({d.day for d in days})

    # protected blocks

    def blocks(self) -> list[ProtectedBlock]:
        """The blocks in force (removed ones stay on record for the weeks they planned)."""
        return [b for b in self._store.blocks() if b.last_day is None]

    def add_block(self, block: ProtectedBlock) -> ProtectedBlock:
        category = self._categories.get(block.category_id)
        if category is None or category.archived:
            raise NotFoundError("That category does not exist (or is archived).")
        if category.kind is not Kind.INSTRUCTION:
            raise ValidationError(f"A protected block is instructional time; "
                                  f"'{category.name}' counts as {category.kind.value}.")
        block = replace(block, first_day=block.first_day or self.today(), last_day=None)
        with transaction(self._db):
            block_id = self._store.insert_block(block)
        return replace(block, id=block_id)

    def remove_block(self, block_id: int) -> None:
        """Ends the block: from today it plans nothing; the weeks before keep it."""
        with transaction(self._db):
            if not self._store.end_block(block_id, self.today() - timedelta(days=1)):
                raise NotFoundError(f"There is no protected block #{block_id}.")

    # follow-up roles

    def roles(self) -> dict[int, str]:
        return self._store.roles()

    def set_role(self, slug: str, role: str | None) -> None:
        """Makes the category `slug` count as observation, feedback, or neither (None)."""
        if role is not None and role not in ROLES:
            raise ValidationError(f"'{role}' is not a follow-up role: use observation, "
                                  "feedback or none.")
        category = self._categories.by_slug(slug)
        if category is None:
            raise NotFoundError(f"There is no category '{slug}'.")
        with transaction(self._db):
            self._store.set_role(category.id, role)
