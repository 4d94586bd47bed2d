"""Adding or editing one activity: the form, then any question saving raises, until it saves.

What the user typed is never lost: after an error the form opens again with it and the
message; an overlap, a long activity or a repeated DST hour is asked about in between.
"""

from __future__ import annotations

import sys
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QWidget

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.categories import Category
from leadership_desk.domain.overlaps import (
    OverlapChoice,
    describe_changes,
    describe_choice,
    shorten_others,
    shorten_this,
)
from leadership_desk.domain.timeline import wall_interval
from leadership_desk.errors import (
    AmbiguousTimeError,
    LeadershipDeskError,
    LongActivityError,
    OverlapError,
    ValidationError,
)
from leadership_desk.services.container import Services
from leadership_desk.ui.activity_dialog import ActivityDialog, ActivityForm
from leadership_desk.ui.choice_dialog import ChoiceDialog
from leadership_desk.ui.overlap_dialog import OverlapDialog


def name_of(activity: Activity, categories: dict[int, Category]) -> str:
    """'Title' (Category name), or the category name alone."""
    category = categories.get(activity.category_id)
    name = category.name if category else "Activity"
    return f"'{activity.title}' ({name})" if activity.title else name


class ActivityEditor:
    """Runs the add/edit conversation for one activity over the services."""

    def __init__(self, parent: QWidget, services: Services) -> None:
        self._parent = parent
        self._services = services
        self._zone = services.profiles.profile().zone
        self._categories: dict[int, Category] = {}

    def run(self, form: ActivityForm, categories: list[Category]) -> Activity | None:
        """Asks until the activity is saved (returned) or the user cancels (None)."""
        self._categories = {c.id: c for c in categories}
        error = ""
        choice: OverlapChoice | None = None
        confirm_long = False
        while True:
            offered = [c for c in categories if not c.archived or c.id == form.category_id]
            past = self._services.activities.title_categories()
            schools = (self._services.visits.known()
                       if self._services.profiles.profile().is_ias or form.school else None)
            asked = ActivityDialog.ask(self._parent, form, offered, list(past), error,
                                       title_categories=past, schools=schools)
            if asked is None:
                return None
            if asked != form:
                choice, confirm_long = None, False
            form = asked
            while True:
                try:
                    return self._save(form, choice, confirm_long)
                except AmbiguousTimeError as problem:
                    fold = ChoiceDialog.ask(
                        self._parent, "Clocks turned back", problem.message,
                        ["The first one (summer time)", "The second one (standard time)"])
                    if fold is None:
                        error = problem.message
                        break
                    field = "start_fold" if problem.field == "start" else "end_fold"
                    form = form.with_changes(**{field: fold})
                except LongActivityError as problem:
                    answer = ChoiceDialog.ask(self._parent, "A long activity", problem.message,
                                              ["Yes, save it", "No, let me change it"])
                    if answer != 0:
                        error = problem.message + " Change the times, or save to confirm."
                        break
                    confirm_long = True
                except OverlapError as problem:
                    choice = self._ask_overlap(form, problem)
                    if choice is None:
                        error = problem.message
                        break
                except LeadershipDeskError as problem:
                    error = problem.message
                    break
                except Exception:
                    # logged and shown by the app's exception hook; the form comes back
                    # with what was typed, so nothing is lost
                    sys.excepthook(*sys.exc_info())
                    error = ("Something went wrong while saving. What you typed is still "
                             "here; try again, or copy it somewhere safe.")
                    break

    def activity_from(self, form: ActivityForm) -> Activity:
        """The activity the form describes (raises on impossible times)."""
        if form.category_id is None:
            raise ValidationError("Choose a category for the activity.")
        zone: ZoneInfo = self._zone
        if form.activity_id is not None and form.end is None:
            start = wall_interval(form.day, form.start, form.start, zone,
                                  start_fold=form.start_fold).start
            end = None
        else:
            interval = wall_interval(form.day, form.start, form.end, zone,
                                     start_fold=form.start_fold, end_fold=form.end_fold)
            start, end = interval.start, interval.end
        return Activity(id=form.activity_id, category_id=form.category_id, start=start, end=end,
                        zone=zone.key, title=form.title, note=form.note, school=form.school)

    def _save(self, form: ActivityForm, choice: OverlapChoice | None,
              confirm_long: bool) -> Activity:
        activity = self.activity_from(form)
        visits = self._services.visits  # the activity service, with the school's name
        if activity.id is None:
            return visits.add(activity, form.school_name, choice=choice,
                              confirm_long=confirm_long)
        return visits.update(activity, form.school_name, choice=choice,
                             confirm_long=confirm_long)

    def _ask_overlap(self, form: ActivityForm, problem: OverlapError) -> OverlapChoice | None:
        return ask_overlap(self._parent, self.activity_from(form), problem, self._categories,
                           self._zone)


def ask_overlap(parent: QWidget, candidate: Activity, problem: OverlapError,
                categories: dict[int, Category], zone: ZoneInfo) -> OverlapChoice | None:
    """Asks what to do about `candidate` overlapping others, showing what each choice does;
    None when the user goes back."""
    conflicts = problem.conflicts

    def named(a: Activity) -> str:
        return name_of(a, categories)

    def span(a: Activity) -> str:
        end = "now" if a.end is None else f"{a.end.astimezone(zone):%H:%M}"
        return f"{named(a)} {a.start.astimezone(zone):%H:%M}–{end}"

    effects: dict[OverlapChoice, list[str] | str] = {
        OverlapChoice.SHORTEN_OTHERS: describe_changes(
            shorten_others(candidate, conflicts), named, zone),
        OverlapChoice.KEEP_BOTH: [],
    }
    reason = describe_choice(OverlapChoice.SHORTEN_THIS, candidate, conflicts)
    trimmed = None if reason else shorten_this(candidate, conflicts)
    if reason or trimmed is None:
        effects[OverlapChoice.SHORTEN_THIS] = reason or "This activity cannot be shortened."
    else:
        effects[OverlapChoice.SHORTEN_THIS] = [f"This one becomes {span(trimmed)}"]
    return OverlapDialog.ask(parent, problem.message, [span(a) for a in conflicts], effects)
