"""Logging activities: add, edit, delete, the timer, and undo/redo through the edit journal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from leadership_desk.domain.activities import LONG_ACTIVITY, Activity
from leadership_desk.domain.balance import format_duration
from leadership_desk.domain.overlaps import (
    Change,
    OverlapChoice,
    describe_choice,
    find_overlaps,
    shorten_others,
    shorten_this,
)
from leadership_desk.domain.periods import Period
from leadership_desk.errors import (
    LongActivityError,
    NotFoundError,
    NothingToUndoError,
    OverlapError,
    ValidationError,
)
from leadership_desk.services.profile_service import ProfileService
from leadership_desk.store.activity_repository import ActivityRepository
from leadership_desk.store.category_repository import CategoryRepository
from leadership_desk.store.journal_repository import JournalRepository
from leadership_desk.store.sqlite import Database
from leadership_desk.store.transaction import transaction

Clock = Callable[[], datetime]


class ActivityService:
    """Every change to activities goes through here, one transaction and one journal entry each."""

    def __init__(self, db: Database, clock: Clock, profiles: ProfileService) -> None:
        self._db = db
        self._clock = clock
        self._profiles = profiles
        self._activities = ActivityRepository(db)
        self._categories = CategoryRepository(db)
        self._journal = JournalRepository(db)

    # reading

    def get(self, activity_id: int) -> Activity:
        activity = self._activities.get(activity_id)
        if activity is None:
            raise NotFoundError(f"There is no activity {activity_id}; it may have been deleted.")
        return activity

    def running(self) -> Activity | None:
        return self._activities.running()

    def in_period(self, period: Period) -> list[Activity]:
        """Activities that touch the period's local days, in time order."""
        lo, hi = period.utc_bounds(self._profiles.profile().zone)
        return self._activities.between(lo, hi)

    def on_day(self, day: date) -> list[Activity]:
        return self.in_period(Period(day, day))

    def count(self) -> int:
        return self._activities.count()

    def recent_titles(self) -> list[str]:
        return self._activities.recent_titles()

    def title_categories(self) -> dict[str, int]:
        """The category each past title was last logged with, newest titles first."""
        found: dict[str, int] = {}
        for title, category_id, _start in self._activities.title_history():
            found.setdefault(title, category_id)
        return found

    # changing

    def add(
        self,
        activity: Activity,
        *,
        choice: OverlapChoice | None = None,
        confirm_long: bool = False,
    ) -> Activity:
        """Saves a new activity. Raises OverlapError (with the conflicts) unless `choice`
        says what to do about overlaps, and LongActivityError past 12 hours unless confirmed."""
        if activity.id is not None:
            raise ValueError("add takes a new activity")
        self._check(activity, confirm_long=confirm_long, is_new=True)
        with transaction(self._db):
            changes = self._resolve(activity, choice)
            saved = self._apply_new(changes)
            self._record(f"Add {self._label(activity)}", changes, saved)
        return saved

    def update(
        self,
        activity: Activity,
        *,
        choice: OverlapChoice | None = None,
        confirm_long: bool = False,
    ) -> Activity:
        """Saves changes to an existing activity (same rules as `add`)."""
        if activity.id is None:
            raise ValueError("update takes a saved activity")
        before = self.get(activity.id)
        if activity.end is None and not before.running and self._activities.running():
            raise ValidationError("Another activity is running; stop it first.")
        self._check(activity, confirm_long=confirm_long, is_new=False, before=before)
        with transaction(self._db):
            changes = self._resolve(activity, choice)
            saved = self._apply_new(changes, before=before)
            self._record(f"Edit {self._label(activity)}", changes, saved, before=before)
        return saved

    def delete(self, activity_id: int) -> Activity:
        before = self.get(activity_id)
        with transaction(self._db):
            self._activities.delete(activity_id)
            self._journal.record(
                f"Delete {self._label(before)}", [_change_dict(before, None)]
            )
        return before

    def start(
        self,
        category_id: int,
        title: str = "",
        *,
        at: datetime | None = None,
        choice: OverlapChoice | None = None,
        school: str | None = None,
    ) -> Activity:
        """Starts the timer on a category, now or at the earlier instant `at`; a running
        activity ends at the same instant. Activities logged between `at` and now are
        overlaps: OverlapError unless `choice` says what to do (shorten-others trims them)."""
        category = self._categories.get(category_id)
        if category is None or category.archived:
            raise ValidationError("That category is not available; choose another.")
        now = self._clock().replace(microsecond=0)
        at = now if at is None else at.replace(microsecond=0)
        if at > now:
            raise ValidationError("The timer cannot start later than now.")
        profile = self._profiles.profile()
        started = Activity(category_id=category_id, start=at, end=None, zone=profile.timezone,
                           title=title, school=school)
        with transaction(self._db):
            changes: list[dict] = []
            current = self._activities.running()
            if current is not None:
                if current.start >= now:
                    # switched within the same second: replace rather than leave an empty activity
                    self._activities.delete(current.id)
                    changes.append(_change_dict(current, None))
                elif current.start >= at:
                    raise ValidationError(
                        f"{self._label(current)} has been running since "
                        f"{current.start.astimezone(profile.zone):%H:%M}, after that "
                        "time; stop it first or give times to log both.")
                else:
                    ended = current.with_changes(end=at)
                    self._activities.put(ended)
                    changes.append(_change_dict(current, ended))
            if at < now:
                probe = started.with_changes(end=now)
                others = [a for a in self._activities.between(at, now) if a.id != (
                    current.id if current else None)]
                conflicts = find_overlaps(probe, others)
                if conflicts and choice is None:
                    raise OverlapError(_overlap_message(len(conflicts)), conflicts)
                if conflicts and choice is OverlapChoice.SHORTEN_THIS:
                    raise OverlapError("A running activity cannot be shortened to fit.",
                                       conflicts)
                if conflicts and choice is OverlapChoice.SHORTEN_OTHERS:
                    for change in shorten_others(probe, conflicts):
                        if change.after is None:
                            self._activities.delete(change.before.id)
                        elif change.after.id is None:
                            inserted = self._activities.insert(change.after)
                            change = Change(change.before, inserted)
                        else:
                            self._activities.put(change.after)
                        changes.append(_change_dict(change.before, change.after))
            started = self._activities.insert(started)
            changes.append(_change_dict(None, started))
            verb = "Switch to" if current is not None else "Start"
            self._journal.record(f"{verb} {category.name}", changes)
        return started

    def stop(self) -> Activity | None:
        """Ends the running activity now; returns it, or None if nothing was running."""
        current = self._activities.running()
        if current is None:
            return None
        return self.end_running_at(self._clock())

    def end_running_at(self, instant: datetime) -> Activity:
        """Ends the running activity at `instant` (at least one second after it began)."""
        current = self._activities.running()
        if current is None:
            raise NotFoundError("No activity is running.")
        instant = max(instant.replace(microsecond=0), current.start + timedelta(seconds=1))
        ended = current.with_changes(end=instant)
        with transaction(self._db):
            self._activities.put(ended)
            self._journal.record(f"Stop {self._label(current)}", [_change_dict(current, ended)])
        return ended

    # undo and redo

    def undo_label(self) -> str | None:
        entry = self._journal.last_done()
        return entry.label if entry else None

    def redo_label(self) -> str | None:
        entry = self._journal.first_undone()
        return entry.label if entry else None

    def undo(self) -> str:
        entry = self._journal.last_done()
        if entry is None:
            raise NothingToUndoError("There is nothing to undo.")
        with transaction(self._db):
            for change in reversed(entry.changes):
                self._restore(change["after"], change["before"])
            self._journal.mark(entry.id, undone=True)
        return entry.label

    def redo(self) -> str:
        entry = self._journal.first_undone()
        if entry is None:
            raise NothingToUndoError("There is nothing to redo.")
        with transaction(self._db):
            for change in entry.changes:
                self._restore(change["before"], change["after"])
            self._journal.mark(entry.id, undone=False)
        return entry.label

    # internals

    def _restore(self, current: dict | None, target: dict | None) -> None:
        if target is None:
            if current is not None:
                self._activities.delete(current["id"])
            return
        self._activities.put(Activity.from_dict(target))

    def _check(
        self,
        activity: Activity,
        *,
        confirm_long: bool,
        is_new: bool,
        before: Activity | None = None,
    ) -> None:
        category = self._categories.get(activity.category_id)
        if category is None:
            raise ValidationError("Choose a category for the activity.")
        keeps_archived = before is not None and before.category_id == activity.category_id
        if category.archived and not keeps_archived:
            raise ValidationError(
                f"'{category.name}' is archived; choose a current category or restore it first."
            )
        if activity.end is None and is_new:
            raise ValidationError("Give the activity an end time (or use the timer).")
        if not confirm_long and activity.end is not None:
            length = activity.end - activity.start
            if length > LONG_ACTIVITY:
                raise LongActivityError(
                    f"This activity lasts {format_duration(length.total_seconds())}. "
                    "Is that right?"
                )

    def _resolve(self, activity: Activity, choice: OverlapChoice | None) -> list[Change]:
        """The row changes that saving `activity` implies, given the user's overlap choice."""
        others = self._activities.between(activity.start, activity.end)
        conflicts = find_overlaps(activity, others)
        if not conflicts or choice is OverlapChoice.KEEP_BOTH:
            return [Change(None, activity)]
        if choice is None:
            raise OverlapError(_overlap_message(len(conflicts)), conflicts)
        problem = describe_choice(choice, activity, conflicts)
        if problem:
            raise OverlapError(problem, conflicts)
        if choice is OverlapChoice.SHORTEN_THIS:
            trimmed = shorten_this(activity, conflicts)
            assert trimmed is not None
            return [Change(None, trimmed)]
        return [*shorten_others(activity, conflicts), Change(None, activity)]

    def _apply_new(self, changes: list[Change], before: Activity | None = None) -> Activity:
        """Writes the changes; the last one is the activity being saved. Returns it saved."""
        saved: Activity | None = None
        for index, change in enumerate(changes):
            last = index == len(changes) - 1
            if change.after is None:
                assert change.before is not None and change.before.id is not None
                self._activities.delete(change.before.id)
            elif last and before is not None:
                self._activities.put(change.after)
                saved = change.after
            elif change.after.id is None:
                inserted = self._activities.insert(change.after)
                changes[index] = Change(change.before, inserted)
                if last:
                    saved = inserted
            else:
                self._activities.put(change.after)
        assert saved is not None
        return saved

    def _record(
        self,
        label: str,
        changes: list[Change],
        saved: Activity,
        before: Activity | None = None,
    ) -> None:
        entries = [_change_dict(c.before, c.after) for c in changes[:-1]]
        entries.append(_change_dict(before, saved))
        self._journal.record(label, entries)

    def _label(self, activity: Activity) -> str:
        category = self._categories.get(activity.category_id)
        name = category.name if category else "activity"
        return f"'{activity.title}'" if activity.title else name


def _change_dict(before: Activity | None, after: Activity | None) -> dict:
    return {
        "before": None if before is None else before.to_dict(),
        "after": None if after is None else after.to_dict(),
    }


def _overlap_message(count: int) -> str:
    if count == 1:
        return "This activity overlaps another one."
    return f"This activity overlaps {count} others."
