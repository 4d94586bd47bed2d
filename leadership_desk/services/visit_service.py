"""The schools an IAS's activities served: naming them, logging with them, totals per school."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from leadership_desk.domain.activities import Activity, check_school_id
from leadership_desk.domain.categories import Kind
from leadership_desk.domain.periods import Period
from leadership_desk.domain.text import one_line
from leadership_desk.errors import NewSchoolError, ValidationError
from leadership_desk.services.activity_service import ActivityService
from leadership_desk.services.profile_service import ProfileService
from leadership_desk.store.category_repository import CategoryRepository
from leadership_desk.store.rows import from_epoch, to_epoch
from leadership_desk.store.served_schools import ServedSchoolRepository
from leadership_desk.store.sqlite import Database
from leadership_desk.store.transaction import transaction

# The key under which `by_school` totals put time logged without a school (JSON keys are
# text, so None cannot be one).
NO_SCHOOL = "none"
SCHOOL_NAME_MAX = 120


class SchoolVisitService:
    """Activities with the school they served, and the time each school received."""

    def __init__(self, db: Database, clock: Callable[[], datetime], profiles: ProfileService,
                 activities: ActivityService) -> None:
        self._db = db
        self._clock = clock
        self._profiles = profiles
        self._activities = activities
        self._schools = ServedSchoolRepository(db)
        self._categories = CategoryRepository(db)

    def known(self) -> list[tuple[str, str]]:
        """(id, name) of every school known here (imported or typed), by name."""
        names = self._schools.names()
        return sorted(names.items(), key=lambda item: (item[1].casefold(), item[0]))

    def name_of(self, school_id: str | None) -> str:
        if school_id is None:
            return ""
        return self._schools.names().get(school_id, school_id)

    def _name(self, school_id: str | None, name: str | None) -> str | None:
        """Checks the school id (and records the name given with it); returns the id."""
        school_id = check_school_id(school_id)
        name = one_line(name or "").strip()
        if school_id is None:
            if name:
                raise ValidationError("Give the school's id as well as its name.")
            return None
        if school_id.casefold() == NO_SCHOOL:
            raise ValidationError(f"'{school_id}' cannot be a school id: it stands for "
                                  "time without a school in the totals.")
        if len(name) > SCHOOL_NAME_MAX:
            raise ValidationError(f"A school name can be at most {SCHOOL_NAME_MAX} characters.")
        if name:
            self._schools.put(school_id, name)
        elif school_id not in self._schools.names():
            raise NewSchoolError(
                f"'{school_id}' is a school id used here for the first time: give the "
                "school's name with it.")
        return school_id

    def name_school(self, school_id: str, name: str) -> str:
        """Records a school typed by id and name (before logging for it); returns the id."""
        if not one_line(name or "").strip():
            raise ValidationError("Give the new school's name as well as its id.")
        with transaction(self._db):
            checked = self._name(school_id, name)
        if checked is None:
            raise ValidationError("Give the new school's id as well as its name.")
        return checked

    def add(self, activity: Activity, school_name: str | None = None, **options) -> Activity:
        """ActivityService.add, with the school's name recorded the first time its id is used."""
        with transaction(self._db):
            self._name(activity.school, school_name)
            return self._activities.add(activity, **options)

    def update(self, activity: Activity, school_name: str | None = None,
               **options) -> Activity:
        with transaction(self._db):
            self._name(activity.school, school_name)
            return self._activities.update(activity, **options)

    def start(self, category_id: int, title: str = "", *, school: str | None = None,
              school_name: str | None = None, **options) -> Activity:
        with transaction(self._db):
            school = self._name(school, school_name)
            return self._activities.start(category_id, title, school=school, **options)

    def minutes_by_school(self, period: Period) -> dict[str, dict[str, float]]:
        """{school id, or NO_SCHOOL: {instruction, management, other: minutes}} in the period."""
        kinds = {c.id: c.kind for c in self._categories.all()}
        lo, hi = period.utc_bounds(self._profiles.profile().zone)
        now = int(self._clock().timestamp())
        result: dict[str, dict[str, float]] = {}
        for school_id, categories in self._schools.seconds_by_school(
                to_epoch(lo), to_epoch(hi), now).items():
            totals = {kind.value: 0.0 for kind in Kind}
            for category_id, seconds in categories.items():
                totals[kinds[category_id].value] += seconds / 60
            result[NO_SCHOOL if school_id is None else school_id] = {
                kind: round(minutes, 2) for kind, minutes in totals.items()}
        return result

    def support_hours(self, period: Period) -> dict[str, float]:
        """{school id: hours logged for it, of any kind} in the period."""
        return {school_id: sum(minutes.values()) / 60
                for school_id, minutes in self.minutes_by_school(period).items()
                if school_id != NO_SCHOOL}

    def last_visits(self) -> dict[str, datetime]:
        """{school id: when the latest activity for it started}."""
        now = int(self._clock().timestamp())
        return {school_id: from_epoch(start)
                for school_id, start in self._schools.last_visits(now).items()}
