"""Capturing a day from the keyboard: quick entry, the after-the-fact form's defaults.

The clock stands at Tuesday 2026-11-17, 10:00 in Los Angeles."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QTimeEdit

from leadership_desk.domain.timeline import default_slot
from leadership_desk.ui.activity_dialog import ActivityDialog, ActivityForm
from leadership_desk.ui.overlap_dialog import OverlapDialog
from leadership_desk.ui.quick_entry_dialog import QuickEntryDialog
from tests.helpers import LA, local, log

TODAY = date(2026, 11, 17)


def test_quick_entry_previews_saves_and_clears_for_the_next_line(qtbot, window, services):
    dialog = QuickEntryDialog(services, TODAY, window)
    qtbot.addWidget(dialog)
    dialog.saved.connect(window._on_quick_entry_saved)  # as window.quick_entry() does
    with qtbot.waitSignal(dialog.saved):
        pass_through = []
        dialog.saved.connect(pass_through.append)
        qtbot.keyClicks(dialog.line, "8:00-9:15 walkthroughs grade 3")
        assert dialog.preview.text().startswith(
            "Enter saves: 08:00–09:15 (1 h 15 min) · Classroom observation & walkthroughs "
            "(Instruction) · “walkthroughs grade 3”")
        assert "the title mentions 'walkthroughs'" in dialog.preview.text()
        qtbot.keyClick(dialog.line, Qt.Key.Key_Return)
    assert dialog.line.text() == ""
    # the next line starts where the last one ended
    qtbot.keyClicks(dialog.line, "9:15 feedback with 2nd grade team")
    assert "09:15–10:00" in dialog.preview.text()
    qtbot.keyClick(dialog.line, Qt.Key.Key_Return)
    day = services.activities.on_day(TODAY)
    assert [(a.title, a.start.astimezone(LA).strftime("%H:%M")) for a in day] == [
        ("walkthroughs grade 3", "08:00"), ("feedback with 2nd grade team", "09:15")]
    # the main window shows what was saved
    assert window.day_page.model.rowCount() == 2
    # nonsense is explained and saves nothing
    qtbot.keyClicks(dialog.line, "walkthroughs")
    assert dialog.preview.text().startswith("Not understood yet: Start with the time")
    assert not dialog.submit()
    assert len(services.activities.on_day(TODAY)) == 2
    # Ctrl+Z inside the dialog undoes the last entry
    dialog.undo_last()
    assert len(services.activities.on_day(TODAY)) == 1


def test_quick_entry_overlap_asks_with_the_real_dialog(qtbot, window, services):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00", "Email")
    dialog = QuickEntryDialog(services, TODAY, window, "8:30-9:30 walkthroughs")
    qtbot.addWidget(dialog)
    seen = []

    def choose():
        overlap = QApplication.activeModalWidget()
        seen.append(overlap)
        overlap.buttons[next(iter(overlap.buttons))].click()  # shorten the others

    QTimer.singleShot(0, choose)
    assert dialog.submit()
    assert isinstance(seen[0], OverlapDialog)
    email, walk = services.activities.on_day(TODAY)
    assert (email.end, walk.start) == (local("2026-11-17 08:30"), local("2026-11-17 08:30"))


def test_ctrl_l_opens_quick_entry_for_the_day_on_screen(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(QuickEntryDialog, "exec", lambda self: opened.append(self.day))
    window.day_page.go_previous()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert opened == [TODAY - timedelta(days=1)]


def test_default_slot():
    day_start, day_end = local("2026-11-17 00:00"), local("2026-11-18 00:00")
    now = local("2026-11-17 10:00")
    a = [log_like("2026-11-17 08:00", "2026-11-17 09:00"),
         log_like("2026-11-17 09:40", "2026-11-17 09:50")]
    # from the end of the latest finished activity up to now
    assert default_slot(a, day_start, day_end, now) == (local("2026-11-17 09:50"), now)
    # a gap before a later activity ends at it
    assert default_slot([*a[:1], log_like("2026-11-17 12:00", "2026-11-17 13:00")],
                        day_start, day_end, now) == \
        (local("2026-11-17 09:00"), local("2026-11-17 12:00"))
    assert default_slot([], day_start, day_end, now) == (local("2026-11-17 09:30"), now)
    past = (local("2026-11-16 00:00"), local("2026-11-17 00:00"))
    assert default_slot([], *past, now) == (local("2026-11-16 08:00"), local("2026-11-16 08:30"))
    assert default_slot([log_like("2026-11-16 14:00", "2026-11-16 15:00")], *past, now) == \
        (local("2026-11-16 15:00"), local("2026-11-16 15:30"))


def log_like(start: str, end: str):
    from leadership_desk.domain.activities import Activity
    return Activity(category_id=1, start=local(start), end=local(end), zone="America/Los_Angeles")


def test_add_form_opens_on_the_start_after_the_previous_activity(qtbot, window, services,
                                                                 monkeypatch):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:20")
    asked = []
    monkeypatch.setattr(ActivityDialog, "ask",
                        classmethod(lambda cls, parent, form, *a, **k: asked.append(form)))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert (asked[0].start, asked[0].end) == (time(9, 20), time(10, 0))


def test_add_form_focus_and_past_titles_bring_their_category(qtbot, services):
    walk = services.categories.by_slug("observation-walkthrough")
    form = ActivityForm(day=TODAY, start=time(9), end=time(9, 30), category_id=None)
    dialog = ActivityDialog(form, services.categories.active(), ["Learning walk"], "", None,
                            {"Learning walk": walk.id})
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.start_edit
    assert dialog.start_edit.currentSection() == QTimeEdit.Section.HourSection
    dialog.title_edit.completer().activated.emit("Learning walk")
    assert dialog.category_combo.currentData() == walk.id
    # typed in full, without the list, it brings the category as well
    dialog.category_combo.setCurrentIndex(-1)
    dialog.title_edit.setText("Learning walk")
    dialog.title_edit.editingFinished.emit()
    assert dialog.category_combo.currentData() == walk.id


def test_ctrl_0_starts_any_category_typed_in_the_real_picker(qtbot, window, services):
    def pick():
        picker = QApplication.activeModalWidget()
        qtbot.keyClicks(picker.filter, "budg")
        qtbot.keyClick(picker.filter, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    running = services.activities.running()
    assert running is not None
    assert services.categories.get(running.category_id).slug == "budget-resources"


def test_picker_filters_and_moves_with_the_arrows(qtbot, services):
    from leadership_desk.ui.category_picker import CategoryPicker

    categories = services.categories.active()
    walk = services.categories.by_slug("observation-walkthrough")
    picker = CategoryPicker("t", "p", categories, selected_id=walk.id)
    qtbot.addWidget(picker)
    assert picker.chosen_id() == walk.id  # a draft's suggestion comes preselected
    qtbot.keyClicks(picker.filter, "budg")
    names = [picker.proxy.index(r, 0).data() for r in range(picker.proxy.rowCount())]
    assert names == ["Budget & resources — Management"]
    picker.filter.clear()
    qtbot.keyClicks(picker.filter, "ing")
    assert 1 < picker.proxy.rowCount() < len(categories)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)
    assert picker.list.currentIndex().row() == 1


def test_f2_renames_the_running_activity_and_the_title_bar_shows_it(qtbot, window, services,
                                                                    clock):
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    clock.advance(minutes=5)
    window._on_tick_timer_timeout()
    assert window.windowTitle().startswith("▶ 0:05:00 Classroom observation & walkthroughs — ")
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.timer_bar.title_edit.isVisible()
    qtbot.keyClicks(window.timer_bar.title_edit, "Grade 3 rounds")
    qtbot.keyClick(window.timer_bar.title_edit, Qt.Key.Key_Return)
    assert services.activities.running().title == "Grade 3 rounds"
    assert not window.timer_bar.title_edit.isVisible()
    assert window.windowTitle().startswith("▶ 0:05:00 Grade 3 rounds")
    window.undo()
    assert services.activities.running().title == ""


def test_the_balance_follows_the_day_on_screen(qtbot, window, services):
    log(services, "feedback-coaching", "2026-11-09 08:00", "2026-11-09 09:00")
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00")
    window.refresh()
    cards = window.balance_panel.cards
    assert [c.heading.text() for c in cards] == ["Today", "This week", "This school year"]
    assert cards[0].share_label.text() == "0% instruction"
    window.day_page.go_to(date(2026, 11, 9))
    assert [c.heading.text() for c in cards] == ["Mon, Nov 9, 2026", "Week of Nov 9",
                                                 "This school year"]
    assert cards[0].share_label.text() == "100% instruction"
    assert "the week of Nov 9" in cards[1].gap_label.text()
    window.day_page.go_to(date(2025, 11, 10))
    assert cards[2].heading.text() == "School year 2025–26"


def test_the_picker_finds_categories_by_their_words_and_says_when_none_match(qtbot,
                                                                           services):
    from leadership_desk.ui.category_picker import CategoryPicker

    picker = CategoryPicker("t", "p", services.categories.active(),
                            keywords=services.quick_entry.keywords())
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.filter, "IEP")
    assert picker.chosen_id() == services.categories.by_slug("student-learning-support").id
    picker.filter.clear()
    qtbot.keyClicks(picker.filter, "zzzz")
    picker.accept()
    assert picker.result() != picker.DialogCode.Accepted
    assert picker.nothing_label.text() == "No category matches 'zzzz'; try another word."


def test_an_open_start_running_long_to_now_is_pointed_out(qtbot, window, services, clock):
    clock.advance(hours=5)  # 15:00, nothing logged since the morning
    dialog = QuickEntryDialog(services, TODAY, window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.line, "9:15 debrief with Ms Garcia")
    assert "09:15–15:00 (5 h 45 min)" in dialog.preview.text()
    assert "It runs to 15:00 because nothing later is logged" in dialog.preview.text()
    dialog.line.clear()
    qtbot.keyClicks(dialog.line, "9:15-9:45 debrief with Ms Garcia")
    assert "nothing later is logged" not in dialog.preview.text()
