"""Quick entry: one typed line becomes an activity (or starts the timer), with the same
overlap choices, confirmation and undo as every other way of logging."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.overlaps import OverlapChoice
from leadership_desk.domain.periods import local_date
from leadership_desk.domain.quick_entry import QuickEntry, parse_quick_entry
from leadership_desk.services.activity_service import ActivityService
from leadership_desk.services.profile_service import ProfileService
from leadership_desk.services.suggester import keywords_by_category, make_suggester
from leadership_desk.store.category_repository import CategoryRepository
from leadership_desk.store.sqlite import Database


class QuickEntryService:
    """Parses quick-entry lines against the log as it is, and saves them."""

    def __init__(self, db: Database, clock: Callable[[], datetime], profiles: ProfileService,
                 activities: ActivityService) -> None:
        self._db = db
        self._clock = clock
        self._profiles = profiles
        self._activities = activities

    def parse(self, text: str, day: date | None = None) -> QuickEntry:
        """What `text` would save for local `day` (default today); ValidationError if it
        cannot be understood."""
        return self.parser(day)(text)

    def parser(self, day: date | None = None) -> Callable[[str], QuickEntry]:
        """A parser over the log as it is now, for parsing as the user types (the log is
        read once; the clock on every call)."""
        zone = self._profiles.profile().zone
        if day is None:
            day = local_date(self._clock(), zone)
        categories = [c for c in CategoryRepository(self._db).all() if not c.archived]
        day_activities = self._activities.on_day(day)
        suggest = make_suggester(self._db, zone)
        return lambda text: parse_quick_entry(
            text, day=day, now=self._clock(), zone=zone, categories=categories,
            day_activities=day_activities, suggest=suggest)

    def keywords(self) -> dict[int, list[str]]:
        """The words that suggest each category (for finding a category by typing)."""
        return keywords_by_category(self._db)

    def save(self, entry: QuickEntry, choice: OverlapChoice | None = None,
             school: str | None = None) -> Activity:
        """Saves what `parse` returned: an activity, or the timer started at its start;
        `school` is the id of a known school an IAS's entry served."""
        if entry.running:
            return self._activities.start(entry.category_id, entry.title, at=entry.start,
                                          choice=choice, school=school)
        activity = entry.activity(self._profiles.profile().timezone)
        return self._activities.add(activity.with_changes(school=school), choice=choice)
