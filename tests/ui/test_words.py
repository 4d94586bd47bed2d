"""What the window says: whole messages, dates typed in the usual ways, aligned shortcuts."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from leadership_desk.ui.go_to_date_dialog import GoToDateDialog
from leadership_desk.ui.shortcuts_dialog import SHORTCUTS, ShortcutsDialog
from tests.helpers import log


def test_a_long_status_message_never_widens_the_window_and_is_whole_in_its_tooltip(
        qtbot, window):
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.width() == 1024)
    long = "Exported the summary (JSON, PDF, CSV) to " + "/a/very/deep/folder" * 20
    window._say(long)
    window.layout().activate()
    assert window.width() == 1024
    assert window.status_label.text() == long
    assert window.status_label.toolTip() == long
    assert window.status_label.shown_text().endswith("…")
    window._say("Settings saved.")
    assert window.status_label.toolTip() == ""


def test_go_to_date_accepts_the_usual_ways_of_writing_a_date(qtbot):
    dialog = GoToDateDialog(date(2026, 11, 17))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    for text in ("2026-11-16", "20261116", "11/16/2026"):
        dialog.edit.setText(text)
        assert dialog.day == date(2026, 11, 16) and ok.isEnabled()
        assert dialog.meaning.text() == "Mon, Nov 16, 2026"
    dialog.edit.setText("16/11/2026")
    assert dialog.day is None and not ok.isEnabled()
    assert "11/23/2026" in dialog.meaning.text()


def test_ctrl_g_shows_the_typed_day(qtbot, window, services, monkeypatch):
    log(services, "feedback-coaching", "2026-11-16 08:00", "2026-11-16 09:00")
    monkeypatch.setattr(GoToDateDialog, "exec",
                        lambda self: (self.edit.setText("11/16/2026"),
                                      QDialog.DialogCode.Accepted)[1])
    window.tabs.setCurrentIndex(1)
    next(a for a in window.findChildren(type(window.stop_action))
         if a.shortcut().toString() == "Ctrl+G").trigger()
    assert window.day_page.day == date(2026, 11, 16)
    assert window.tabs.currentIndex() == 0


def test_the_shortcut_list_is_two_aligned_columns(qtbot):
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    text = dialog.label.text()
    assert text.count("<tr>") == len(SHORTCUTS) and text.count("<td") == 2 * len(SHORTCUTS)
    assert "Ctrl+G" in text and "11/16/2026" in text


def test_saving_an_activity_later_than_now_says_when_it_counts(qtbot, window, services,
                                                               monkeypatch):
    from leadership_desk.ui.activity_editor import ActivityEditor

    def save(self, form, categories):
        return log(services, "feedback-coaching", "2026-11-18 08:00", "2026-11-18 09:00")

    monkeypatch.setattr(ActivityEditor, "run", save)
    window.add_activity()
    assert "later than now, so it counts once that time has come" in \
        window.status_label.text()
    monkeypatch.setattr(ActivityEditor, "run", lambda self, form, categories: log(
        services, "feedback-coaching", "2026-11-16 08:00", "2026-11-16 09:00"))
    window.add_activity()
    assert "later than now" not in window.status_label.text()


def test_error_text_reads_on_a_dark_palette_too(qtbot):
    from PySide6.QtGui import QColor, QPalette

    from leadership_desk.ui.theme import ERROR_ON_DARK, ERROR_ON_LIGHT, stylesheet

    light = QPalette(QColor("#EFEFEF"))
    dark = QPalette(QColor("#2B2B2B"))
    assert ERROR_ON_LIGHT in stylesheet(light) and ERROR_ON_DARK not in stylesheet(light)
    assert ERROR_ON_DARK in stylesheet(dark) and ERROR_ON_LIGHT not in stylesheet(dark)
