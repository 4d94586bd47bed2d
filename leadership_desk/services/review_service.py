"""Reviewing a day: the activities, the calendar's pending drafts and the untracked time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from leadership_desk.domain.periods import Period, day_start
from leadership_desk.domain.review import DayReview, review_day
from leadership_desk.services.activity_service import ActivityService
from leadership_desk.services.calendar_service import CalendarService
from leadership_desk.services.profile_service import ProfileService


class ReviewService:
    """Builds the day review from the log and the calendar drafts."""

    def __init__(self, clock: Callable[[], datetime], profiles: ProfileService,
                 activities: ActivityService, calendar: CalendarService) -> None:
        self._clock = clock
        self._profiles = profiles
        self._activities = activities
        self._calendar = calendar

    def review(self, day: date) -> DayReview:
        zone = self._profiles.profile().zone
        return review_day(self._activities.on_day(day),
                          self._calendar.drafts(Period(day, day)), self._clock(),
                          day_start(day, zone), day_start(day + timedelta(days=1), zone))
