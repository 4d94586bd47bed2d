"""Calendar import: events become drafts with a suggested category; the principal accepts,
changes or rejects them. Drafts never count until accepted; an accepted activity is never
changed by a later import."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from leadership_desk.domain.activities import LONG_ACTIVITY, Activity
from leadership_desk.domain.drafts import ACCEPTED, PENDING, REJECTED, Draft
from leadership_desk.domain.overlaps import OverlapChoice, find_overlaps
from leadership_desk.domain.periods import Period
from leadership_desk.errors import (
    LeadershipDeskError,
    NotFoundError,
    OverlapError,
    ValidationError,
)
from leadership_desk.exchange.calendar import calendar_name, read_events
from leadership_desk.services.activity_service import ActivityService
from leadership_desk.services.profile_service import ProfileService
from leadership_desk.services.suggester import make_suggester
from leadership_desk.store.activity_repository import ActivityRepository
from leadership_desk.store.draft_repository import DraftRepository
from leadership_desk.store.sqlite import Database
from leadership_desk.store.transaction import transaction


@dataclass
class CalendarImport:
    """What an import did."""

    created: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: Counter = field(default_factory=Counter)

    def to_json(self) -> dict:
        return {"created": self.created, "updated": self.updated, "removed": self.removed,
                "unchanged": self.unchanged, "skipped": dict(self.skipped)}


@dataclass
class AcceptResult:
    """Which drafts became activities, which not and why; `overlaps` holds, for a draft
    that overlaps logged time, the question to put to the user (accept it again with
    their choice)."""

    accepted: list[int] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)
    overlaps: dict[int, OverlapError] = field(default_factory=dict)


class CalendarService:
    """Drafts from calendar files, and turning them into activities."""

    def __init__(self, db: Database, clock: Callable[[], datetime], profiles: ProfileService,
                 activities: ActivityService) -> None:
        self._db = db
        self._clock = clock
        self._profiles = profiles
        self._activities = activities
        self._drafts = DraftRepository(db)
        self._history = ActivityRepository(db)

    def import_calendar(self, data: bytes, period: Period) -> CalendarImport:
        """Creates, updates and removes pending drafts for the events in `period`."""
        zone = self._profiles.profile().zone
        events = read_events(data, period.first, period.last, zone)
        source = calendar_name(data)
        result = CalendarImport()
        suggester = make_suggester(self._db, zone)
        lo, hi = period.utc_bounds(zone)
        with transaction(self._db):
            seen: set[tuple[str, str]] = set()
            for event in events:
                if event.cancelled:
                    result.skipped["cancelled"] += 1
                    continue
                if event.start is not None and not (lo <= event.start < hi):
                    result.skipped["starts outside the dates imported"] += 1
                    continue
                if event.start is not None and event.end is not None and \
                        event.end <= event.start:
                    result.skipped["no length"] += 1
                    continue
                if event.start is not None and event.end - event.start > LONG_ACTIVITY:
                    result.skipped["longer than 12 hours"] += 1
                    continue
                if event.all_day is not None:
                    result.skipped["all-day (listed, never counted)"] += 1
                seen.add(event.key)
                hint = suggester(event.title)
                fresh = Draft(uid=event.uid, occurrence=event.occurrence, title=event.title,
                              start=event.start, end=event.end, all_day=event.all_day,
                              free=event.free, suggested_category_id=hint.category_id,
                              reason=hint.reason, source=source)
                current = self._drafts.by_key(event.uid, event.occurrence)
                if current is None:
                    self._drafts.put(fresh)
                    result.created += 1
                elif current.status != PENDING:
                    result.unchanged += 1  # accepted or rejected: the principal decided
                elif (current.start, current.end, current.title, current.all_day,
                      current.free) != (fresh.start, fresh.end, fresh.title, fresh.all_day,
                                        fresh.free):
                    self._drafts.put(fresh.with_changes(id=current.id))
                    result.updated += 1
                else:
                    result.unchanged += 1
            for draft in self._drafts.between(lo, hi, period.first, period.last):
                same_calendar = draft.source == source
                if draft.status == PENDING and same_calendar and \
                        (draft.uid, draft.occurrence) not in seen:
                    self._drafts.delete(draft.id)
                    result.removed += 1
        return result

    def drafts(self, period: Period, *, pending_only: bool = True) -> list[Draft]:
        zone = self._profiles.profile().zone
        lo, hi = period.utc_bounds(zone)
        found = self._drafts.between(lo, hi, period.first, period.last)
        return [d for d in found if d.status == PENDING or not pending_only]

    def get(self, draft_id: int) -> Draft:
        draft = self._drafts.get(draft_id)
        if draft is None:
            raise NotFoundError(f"There is no draft {draft_id}.")
        return draft

    def overlaps(self, draft: Draft) -> bool:
        """Whether a timed draft overlaps a confirmed activity."""
        if not draft.timed:
            return False
        probe = Activity(category_id=0, start=draft.start, end=draft.end,
                         zone=self._profiles.profile().timezone)
        return bool(find_overlaps(probe, self._history.between(draft.start, draft.end)))

    def candidate(self, draft: Draft, category_id: int | None = None) -> Activity:
        """The activity accepting `draft` would save (for showing an overlap)."""
        return Activity(category_id=category_id or draft.suggested_category_id or 0,
                        start=draft.start, end=draft.end,
                        zone=self._profiles.profile().timezone, title=draft.title)

    def accept(self, draft_ids: list[int], category_id: int | None = None,
               choice: OverlapChoice | None = None) -> AcceptResult:
        """Turns drafts into activities (each its own undoable action)."""
        result = AcceptResult()
        zone = self._profiles.profile().timezone
        for draft_id in draft_ids:
            draft = self.get(draft_id)
            chosen = category_id or draft.suggested_category_id
            if draft.status != PENDING:
                result.skipped.append((draft_id, f"already {draft.status}"))
                continue
            if not draft.timed:
                result.skipped.append((draft_id, "an all-day event is never counted as time"))
                continue
            if chosen is None:
                result.skipped.append((draft_id, "no category: choose one"))
                continue
            try:
                saved = self._activities.add(
                    Activity(category_id=chosen, start=draft.start, end=draft.end, zone=zone,
                             title=draft.title), choice=choice)
            except OverlapError as error:
                result.overlaps[draft_id] = error
                result.skipped.append((draft_id, error.message))
                continue
            except LeadershipDeskError as error:
                result.skipped.append((draft_id, error.message))
                continue
            with transaction(self._db):
                self._drafts.put(draft.with_changes(status=ACCEPTED, activity_id=saved.id,
                                                    suggested_category_id=chosen))
            result.accepted.append(draft_id)
        return result

    def reject(self, draft_ids: list[int]) -> int:
        if not draft_ids:
            raise ValidationError("No drafts to reject.")
        count = 0
        with transaction(self._db):
            for draft_id in draft_ids:
                draft = self.get(draft_id)
                if draft.status == PENDING:
                    self._drafts.put(draft.with_changes(status=REJECTED))
                    count += 1
        return count
