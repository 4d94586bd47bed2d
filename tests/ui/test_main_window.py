"""The principal's day in the main window: timer, add, edit, overlap, delete, undo, days."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import Qt

from leadership_desk.domain.overlaps import OverlapChoice
from leadership_desk.ui.activity_dialog import ActivityDialog, ActivityForm
from leadership_desk.ui.overlap_dialog import OverlapDialog
from tests.helpers import log

TODAY = date(2026, 11, 17)


def card_text(window, index):
    card = window.balance_panel.cards[index]
    return card.share_label.text(), card.gap_label.text()


def test_timer_start_switch_stop_updates_everything(qtbot, window, services, clock):
    observation = services.categories.by_slug("observation-walkthrough")
    email = services.categories.by_slug("office-email")
    qtbot.mouseClick(window.timer_bar.buttons[observation.id], Qt.MouseButton.LeftButton)
    assert "Classroom observation" in window.timer_bar.running_label.text()
    assert window.timer_bar.buttons[observation.id].isChecked()
    clock.advance(minutes=30)
    with qtbot.waitSignal(window.data_changed):
        window.timer_bar.buttons[email.id].click()
    assert window.timer_bar.buttons[email.id].isChecked()
    assert not window.timer_bar.buttons[observation.id].isChecked()
    clock.advance(minutes=10)
    window.timer_bar.stop_button.click()
    assert services.activities.running() is None
    assert window.day_page.model.rowCount() == 2
    # 30 min instruction, 10 min management
    assert card_text(window, 0)[0] == "75% instruction"
    assert not window.timer_bar.stop_button.isEnabled()


def test_keyboard_starts_and_stops_the_timer(qtbot, window, services, clock):
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    running = services.activities.running()
    assert running is not None
    assert running.category_id == services.categories.favourites()[0].id
    clock.advance(minutes=5)
    qtbot.keyClick(window, Qt.Key.Key_Period, Qt.KeyboardModifier.ControlModifier)
    assert services.activities.running() is None


def test_add_after_the_fact_updates_the_balance_live(qtbot, window, services, monkeypatch):
    category = services.categories.by_slug("feedback-coaching")
    form = ActivityForm(day=TODAY, start=time(8, 0), end=time(9, 0), category_id=category.id,
                        title="Debrief", note="private")
    monkeypatch.setattr(ActivityDialog, "ask", classmethod(lambda cls, *a, **k: form))
    assert card_text(window, 0)[0] == "no data yet"
    with qtbot.waitSignal(window.data_changed):
        window.add_action.trigger()
    assert services.activities.count() == 1
    assert card_text(window, 0)[0] == "100% instruction"
    assert card_text(window, 1)[0] == "100% instruction"
    assert window.day_page.model.index(0, 5).data().startswith("Debrief")


def test_form_text_is_kept_when_saving_fails(qtbot, window, services, monkeypatch):
    category = services.categories.by_slug("office-email")
    asked = []
    no_category = ActivityForm(day=TODAY, start=time(8), end=time(9), category_id=None,
                               title="Typed title", note="typed note")
    fixed = no_category.with_changes(category_id=category.id)

    def ask(cls, parent, form, categories, titles, error="", **_options):
        asked.append((form, error))
        return no_category if len(asked) == 1 else (fixed if len(asked) == 2 else None)

    monkeypatch.setattr(ActivityDialog, "ask", classmethod(ask))
    window.add_activity()
    assert asked[1] == (no_category, "Choose a category for the activity.")
    assert services.activities.get(1).title == "Typed title"
    assert services.activities.get(1).note == "typed note"


def test_overlap_choice_shortens_the_other(qtbot, window, services, monkeypatch):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 12:00", "Email")
    yard = services.categories.by_slug("discipline-supervision")
    form = ActivityForm(day=TODAY, start=time(10), end=time(10, 30), category_id=yard.id,
                        title="Yard")
    offered = {}

    def choose(cls, parent, message, conflicts, effects):
        offered.update(effects)
        offered["conflicts"] = conflicts
        return OverlapChoice.SHORTEN_OTHERS

    monkeypatch.setattr(ActivityDialog, "ask", classmethod(lambda cls, *a, **k: form))
    monkeypatch.setattr(OverlapDialog, "ask", classmethod(choose))
    window.add_activity()
    assert offered["conflicts"] == ["'Email' (Office work, email & communications) 08:00–12:00"]
    assert any("becomes 08:00–10:00" in line for line in offered[OverlapChoice.SHORTEN_OTHERS])
    titles = [window.day_page.model.index(r, 5).data() for r in range(3)]
    assert titles == ["Email", "Yard", "Email"]


def test_cancelling_the_overlap_goes_back_to_the_form(qtbot, window, services, monkeypatch):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 12:00", "Email")
    yard = services.categories.by_slug("discipline-supervision")
    form = ActivityForm(day=TODAY, start=time(10), end=time(10, 30), category_id=yard.id)
    answers = iter([form, None])
    errors = []

    def ask(cls, parent, f, categories, titles, error="", **_options):
        errors.append(error)
        return next(answers)

    monkeypatch.setattr(ActivityDialog, "ask", classmethod(ask))
    monkeypatch.setattr(OverlapDialog, "ask", classmethod(lambda cls, *a: None))
    window.add_activity()
    assert errors[1] == "This activity overlaps another one."
    assert services.activities.count() == 1


def test_edit_delete_undo_redo(qtbot, window, services, monkeypatch):
    a = log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00", "Email")
    window.refresh()
    window.day_page.select_activity(a.id)

    def rename(cls, parent, form, *args, **kwargs):
        return form.with_changes(title="Parent emails", end=time(9, 30))

    monkeypatch.setattr(ActivityDialog, "ask", classmethod(rename))
    window.edit_action.trigger()
    assert services.activities.get(a.id).title == "Parent emails"
    window.day_page.select_activity(a.id)
    qtbot.keyClick(window.day_page.table, Qt.Key.Key_Delete)
    assert services.activities.count() == 0
    assert window.day_page.model.rowCount() == 0
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.activities.get(a.id).title == "Parent emails"
    assert window.day_page.model.rowCount() == 1
    window.undo_action.trigger()
    assert services.activities.get(a.id).title == "Email"
    qtbot.keyClick(window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert services.activities.get(a.id).title == "Parent emails"
    assert window.redo_action.text() == "&Redo Delete 'Parent emails'"


def test_day_navigation(qtbot, window, services):
    log(services, "office-email", "2026-11-16 08:00", "2026-11-16 09:00", "Monday email")
    assert window.day_page.model.rowCount() == 0
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.day_page.day == date(2026, 11, 16)
    assert window.day_page.model.index(0, 5).data() == "Monday email"
    window.day_page.next_button.click()
    window.day_page.next_button.click()
    assert window.day_page.day == date(2026, 11, 18)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.day_page.day == TODAY
    window.day_page.date_edit.setDate(window.day_page.date_edit.date().addDays(-1))
    assert window.day_page.day == date(2026, 11, 16)
    assert "(today)" not in window.day_page.day_label.text()


def test_double_click_on_a_gap_offers_its_times(qtbot, window, services, monkeypatch):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00")
    log(services, "office-email", "2026-11-17 10:00", "2026-11-17 11:00")
    window.refresh()
    offered = []
    monkeypatch.setattr(ActivityDialog, "ask",
                        classmethod(lambda cls, p, form, *a, **k: offered.append(form)))
    index = window.day_page.model.index(1, 0)
    window.day_page.table.doubleClicked.emit(index)
    assert (offered[0].start, offered[0].end) == (time(9), time(10))


def test_repeated_dst_hour_is_asked_about(qtbot, window, services, monkeypatch):
    from leadership_desk.ui.choice_dialog import ChoiceDialog

    email = services.categories.by_slug("office-email")
    form = ActivityForm(day=date(2026, 11, 1), start=time(1, 30), end=time(2, 30),
                        category_id=email.id)
    monkeypatch.setattr(ActivityDialog, "ask", classmethod(lambda cls, *a, **k: form))
    questions = []

    def choose(cls, parent, title, message, options):
        questions.append(message)
        return 1  # the second 1:30, in standard time

    monkeypatch.setattr(ChoiceDialog, "ask", classmethod(choose))
    window.add_activity()
    saved = services.activities.get(1)
    assert "happened twice" in questions[0]
    assert saved.start.isoformat() == "2026-11-01T09:30:00+00:00"  # 01:30 PST
    assert saved.end - saved.start == timedelta(hours=1)


def test_long_activity_is_confirmed_in_the_window(qtbot, window, services, monkeypatch):
    from leadership_desk.ui.choice_dialog import ChoiceDialog

    email = services.categories.by_slug("office-email")
    form = ActivityForm(day=TODAY, start=time(7), end=time(20, 30), category_id=email.id)
    monkeypatch.setattr(ActivityDialog, "ask", classmethod(lambda cls, *a, **k: form))
    monkeypatch.setattr(ChoiceDialog, "ask", classmethod(lambda cls, *a: 0))
    window.add_activity()
    assert services.activities.get(1).duration(services.clock()) == timedelta(hours=13.5)


def test_timer_buttons_are_kept_across_refreshes(qtbot, window, services):
    from dataclasses import replace

    before = dict(window.timer_bar.buttons)
    window.timer_bar.buttons[services.categories.favourites()[0].id].click()
    assert window.timer_bar.buttons == before  # the same button objects, not rebuilt
    email = services.categories.by_slug("office-email")
    services.categories.update(replace(email, name="Email & phone"))
    window.refresh()
    assert window.timer_bar.buttons[email.id].text().startswith("Email && phone")
