"""The dialogs on their own: the activity form, settings, first run, categories."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from PySide6.QtCore import QTime

from leadership_desk.domain.categories import Kind
from leadership_desk.ui.activity_dialog import ActivityDialog, ActivityForm
from leadership_desk.ui.categories_dialog import CategoriesDialog
from leadership_desk.ui.first_run_dialog import FirstRunDialog
from leadership_desk.ui.settings_dialog import SettingsDialog


def test_activity_dialog_returns_what_was_typed(qtbot, services):
    categories = services.categories.active()
    form = ActivityForm(day=date(2026, 11, 17), start=time(8), end=time(9), category_id=None)
    dialog = ActivityDialog(form, categories, ["Grade 3 PLC"], "")
    qtbot.addWidget(dialog)
    dialog.category_combo.setCurrentIndex(2)
    dialog.title_edit.setText("Grade 3 PLC")
    dialog.note_edit.setPlainText("note")
    dialog.end_edit.setTime(QTime(7, 30))
    value = dialog.value()
    assert value.category_id == categories[2].id
    assert (value.title, value.note, value.end) == ("Grade 3 PLC", "note", time(7, 30))
    assert dialog.next_day_label.text() == "ends the next day"
    assert not dialog.error_label.isVisibleTo(dialog)


def test_activity_dialog_shows_the_error(qtbot, services):
    form = ActivityForm(day=date(2026, 11, 17), start=time(8), end=time(9), category_id=None)
    dialog = ActivityDialog(form, services.categories.active(), [], "Choose a category.")
    qtbot.addWidget(dialog)
    assert dialog.error_label.text() == "Choose a category."
    assert dialog.error_label.isVisibleTo(dialog)


def test_settings_dialog_refuses_an_unknown_zone(qtbot, services):
    dialog = SettingsDialog(services.profiles.profile())
    qtbot.addWidget(dialog)
    dialog.form.zone_combo.setCurrentText("Nowhere/Else")
    dialog.accept()
    assert dialog.result_profile is None
    assert "time zone" in dialog.error_label.text()
    dialog.form.zone_combo.setCurrentText("America/Chicago")
    dialog.form.goal_spin.setValue(60)
    dialog.form.school_id_edit.setText("19-64733-6012345")
    dialog.form.stepped_check.setChecked(True)
    dialog.form.stepped_spin.setValue(70)
    dialog.accept()
    assert "below the goal" in dialog.error_label.text()  # 70% is not below 60%
    dialog.form.stepped_spin.setValue(35)
    dialog.accept()
    assert dialog.result_profile.stepped_goal_start == 0.35
    assert dialog.result_profile.timezone == "America/Chicago"
    assert dialog.result_profile.goal_share == 0.6
    assert dialog.result_profile.school_id == "19-64733-6012345"


def test_first_run_shows_the_default_categories(qtbot, services):
    dialog = FirstRunDialog(services.profiles.profile(), services.categories.all())
    qtbot.addWidget(dialog)
    assert dialog.category_list.count() == 21
    dialog.form.name_edit.setText("")
    dialog.accept()
    assert dialog.result_profile is None
    assert "name" in dialog.error_label.text()
    dialog.form.name_edit.setText("Dana Cruz")
    dialog.form.school_edit.setText("Hoover Middle")
    dialog.accept()
    assert dialog.result_profile.name == "Dana Cruz"


def test_categories_dialog_edits_kind_and_refuses_deleting_a_used_one(qtbot, services):
    from tests.helpers import log

    log(services, "instructional-talent", "2026-11-17 08:00", "2026-11-17 09:00")
    dialog = CategoriesDialog(services.categories)
    qtbot.addWidget(dialog)
    talent = services.categories.by_slug("instructional-talent")
    dialog.table.selectRow(dialog.model.row_of(talent.id))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("management"))
    with qtbot.waitSignal(dialog.categories_changed):
        dialog.save_button.click()
    assert services.categories.get(talent.id).kind is Kind.MANAGEMENT
    dialog.delete_button.click()
    assert "cannot be deleted" in dialog.message_label.text()
    dialog.archive_button.click()
    assert services.categories.get(talent.id).archived
    assert dialog.archive_button.text() == "Restore"


def test_a_rename_is_kept_when_another_row_is_clicked_or_the_dialog_closed(qtbot, services):
    dialog = CategoriesDialog(services.categories)
    qtbot.addWidget(dialog)
    first, second = dialog.model.category(0), dialog.model.category(1)
    dialog.table.selectRow(0)
    dialog.name_edit.setText("Walkthroughs")
    with qtbot.waitSignal(dialog.categories_changed):
        dialog.table.selectRow(1)
    assert services.categories.get(first.id).name == "Walkthroughs"
    assert dialog.selected().id == second.id and dialog.name_edit.text() == second.name
    assert "Saved the changes to 'Walkthroughs'" in dialog.message_label.text()
    dialog.name_edit.setText("Walkthroughs")  # taken: cannot be saved, so the row stays
    dialog.table.selectRow(2)
    assert dialog.selected().id == second.id and dialog.name_edit.text() == "Walkthroughs"
    assert "already a category called" in dialog.message_label.text()
    dialog.name_edit.setText("Coaching cycles")
    dialog.reject()  # the Close button
    assert services.categories.get(second.id).name == "Coaching cycles"


def test_the_ninth_timer_button_is_never_shown_ticked(qtbot, services):
    favourites = {c.id for c in services.categories.favourites()}
    assert len(favourites) <= 8
    for category in services.categories.active():
        if len(favourites) == 8:
            break
        if category.id not in favourites:
            services.categories.update(replace(category, favourite=True))
            favourites.add(category.id)
    dialog = CategoriesDialog(services.categories)
    qtbot.addWidget(dialog)
    ninth = next(c for c in services.categories.active() if c.id not in favourites)
    dialog.table.selectRow(dialog.model.row_of(ninth.id))
    dialog.favourite_check.setChecked(True)
    assert not dialog.favourite_check.isChecked()
    assert "The timer has room for 8 buttons" in dialog.message_label.text()
    assert not dialog.has_unsaved_changes()
