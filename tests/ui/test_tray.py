"""The tray's menu, closing into the tray, reminders with an injected clock, and their
settings. The offscreen platform has no system tray, so the icon itself is not shown
here (Tray.available is False); the menu and every rule around it are tested all the same,
and the close-into-tray path with the tray's presence stood in for."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from leadership_desk.domain.reminders import IDLE, REVIEW, ReminderSettings
from leadership_desk.ui.quick_entry_dialog import QuickEntryDialog
from leadership_desk.ui.review_dialog import ReviewDialog
from leadership_desk.ui.settings_dialog import SettingsDialog
from leadership_desk.ui.tray import Tray
from tests.helpers import log


def test_the_tray_menu_starts_favourites_stops_and_opens(qtbot, window, services, clock):
    tray = window.tray_controller.tray
    names = [a.text() for a in tray.menu.actions() if a.text()]
    favourites = services.categories.favourites()
    assert names[0] == "Nothing running"
    assert names[1:9] == [f"Start {c.name}".replace("&", "&&") for c in favourites]
    assert names[9:] == ["Other…", "Stop", "Quick entry…", "Review my day…",
                         "Open Leadership Desk", "Quit"]
    assert not tray.stop_action.isEnabled()
    tray.favourite_actions[2].trigger()
    assert services.activities.running().category_id == favourites[2].id
    clock.advance(minutes=3)
    window._on_tick_timer_timeout()
    assert tray.status_action.text() == "0:03:00 Professional learning && PLCs"
    assert tray.stop_action.isEnabled()
    tray.stop_action.trigger()
    assert services.activities.running() is None
    assert tray.status_action.text() == "Nothing running"


def test_tray_entries_open_quick_entry_and_the_review(qtbot, window, monkeypatch):
    opened = []
    monkeypatch.setattr(QuickEntryDialog, "exec", lambda self: opened.append("quick"))
    monkeypatch.setattr(ReviewDialog, "exec", lambda self: opened.append("review"))
    window.tray_controller.tray.quick_entry_action.trigger()
    window.tray_controller.tray.review_action.trigger()
    assert opened == ["quick", "review"]


def test_the_tray_exists_only_where_the_platform_has_one(qtbot):
    from PySide6.QtGui import QIcon

    tray = Tray(QIcon())
    assert tray.available == QSystemTrayIcon.isSystemTrayAvailable()
    if not tray.available:
        assert not tray.notify("t", "x")  # no tray: the window says it instead


@pytest.fixture
def with_tray(window, monkeypatch):
    """Stands in for a desktop with a system tray (the offscreen platform has none)."""
    told = []
    tray = window.tray_controller.tray
    monkeypatch.setattr(Tray, "available", property(lambda self: True))
    monkeypatch.setattr(tray, "notify", lambda title, text: told.append(title) or True)
    return told


def test_closing_with_a_timer_running_keeps_the_app_in_the_tray(qtbot, window, services,
                                                               with_tray):
    window._start_favourite(1)
    window.close()
    assert not window.isVisible() and window._tick_timer.isActive()
    assert with_tray == ["Leadership Desk is still running"]
    window.show()
    window.close()
    assert with_tray == ["Leadership Desk is still running"]  # said once
    window.show()
    window.stop_timer()
    window.close()
    assert not window._tick_timer.isActive()  # nothing running: closing closes


def test_closing_quits_when_the_principal_chose_so(qtbot, window, services, with_tray):
    services.profiles.save_reminder_settings(ReminderSettings(keep_in_tray=False))
    window._start_favourite(1)
    window.close()
    assert not window._tick_timer.isActive()
    assert services.activities.running() is not None  # the timer itself is saved


def test_quit_from_the_tray_closes_even_with_a_timer(qtbot, window, with_tray, monkeypatch):
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: None))
    window._start_favourite(1)
    window.tray_controller.tray.quit_action.trigger()
    assert not window._tick_timer.isActive()


def test_reminders_are_checked_on_the_injected_clock(qtbot, window, services, clock):
    watcher = window.tray_controller.watcher
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:30")
    clock.advance(minutes=5)  # 10:05; the app opened at 10:00
    assert watcher.check() is None
    clock.advance(minutes=15)  # 20 minutes since the app opened, nothing running
    with qtbot.waitSignal(watcher.reminder_due) as caught:
        watcher.check()
    assert caught.args[0].kind == IDLE
    # no tray here: the window says it, with the key to press
    assert window.status_label.text().startswith("Nothing is running: Nothing has been "
                                                 "logged since 10:00. Ctrl+L")
    clock.advance(minutes=10)
    assert watcher.check() is None  # not again within 20 minutes
    clock.advance(hours=6, minutes=30)  # 16:50, the end of the work day
    assert watcher.check().kind == REVIEW


def test_a_clicked_reminder_opens_what_it_is_about(qtbot, window, monkeypatch, clock,
                                                   services):
    opened = []
    monkeypatch.setattr(QuickEntryDialog, "exec", lambda self: opened.append("quick"))
    monkeypatch.setattr(ReviewDialog, "exec", lambda self: opened.append("review"))
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:30")
    clock.advance(hours=7)  # 17:00
    window.tray_controller.watcher.check()
    window.tray_controller.tray.message_clicked.emit()
    assert opened == ["review"]


def test_reminder_settings_in_the_settings_dialog(qtbot, window, services, monkeypatch):
    dialog = SettingsDialog(services.profiles.profile(), None,
                            services.profiles.reminder_settings())
    qtbot.addWidget(dialog)
    form = dialog.reminder_form
    assert form.idle_box.isChecked() and form.day_boxes[4].isChecked()
    form.idle_box.setChecked(False)
    form.day_boxes[4].setChecked(False)  # no Fridays
    form.end_edit.setTime(form.end_edit.time().addSecs(3600))
    dialog.accept()
    chosen = dialog.result_reminders
    assert (chosen.idle, chosen.work_days, chosen.work_end) == (False, (0, 1, 2, 3),
                                                                time(17, 30))
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(
        lambda cls, *a, **k: (services.profiles.profile(), chosen)))
    window.open_settings()
    assert services.profiles.reminder_settings() == chosen
