"""Connects the tray and the reminders to the main window: the tray's menu acts on the
window, reminders become notifications (or status-bar messages without a tray), and
closing the window while a timer runs keeps the app in the tray."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from leadership_desk.domain.reminders import REVIEW, Reminder
from leadership_desk.services.container import Services
from leadership_desk.ui.reminder_watcher import ReminderWatcher
from leadership_desk.ui.tray import Tray


class TrayController(QObject):
    """Owned by the main window; holds no data of its own."""

    def __init__(self, window, services: Services) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.tray = Tray(window.windowIcon(), self)
        self.watcher = ReminderWatcher(services, services.clock, self)
        self.quitting = False
        t = self.tray
        t.other_action.triggered.connect(self._from_tray(window.start_other))
        t.stop_action.triggered.connect(window.stop_timer)
        t.quick_entry_action.triggered.connect(self._from_tray(window.quick_entry))
        t.review_action.triggered.connect(self._from_tray(window.review_day))
        t.open_requested.connect(window.bring_to_front)
        t.quit_requested.connect(self.quit)
        t.message_clicked.connect(self._on_tray_message_clicked)
        self.watcher.reminder_due.connect(self._on_watcher_reminder_due)

    def start(self) -> None:
        self.tray.show()
        self.watcher.start()

    def set_favourites(self, favourites) -> None:
        self.tray.set_favourites(favourites, self.window._on_timer_bar_start_requested)

    def show_running(self, text: str | None) -> None:
        self.tray.show_running(text)

    def _from_tray(self, action):
        """Runs a window action, showing the window first (its dialogs need a parent)."""
        def run(*_args) -> None:
            self.window.bring_to_front()
            action()
        return run

    def keeps_running_on_close(self) -> bool:
        """Whether closing the window only hides it: a tray exists, the principal wants
        it, a timer runs and the close is not a quit."""
        if self.quitting or not self.tray.available:
            return False
        if not self.services.profiles.reminder_settings().keep_in_tray:
            return False
        if self.services.activities.running() is None:
            return False
        if not self.services.profiles.flag("tray_explained"):
            self.tray.notify("Leadership Desk is still running",
                             "The timer keeps running here in the tray. Quit from this "
                             "icon's menu; Settings can make closing the window quit.")
            self.services.profiles.set_flag("tray_explained")
        return True

    def quit(self) -> None:
        self.quitting = True
        self.tray.hide()
        self.window.close()
        QApplication.quit()

    def _on_watcher_reminder_due(self, reminder: Reminder) -> None:
        review = reminder.kind == REVIEW
        click = "Click to review your day." if review else "Click to log it."
        if not self.tray.notify(reminder.title, f"{reminder.text} {click}"):
            # no tray: say it in the window and ask the taskbar to flash it
            keys = "Ctrl+R reviews your day." if review else "Ctrl+L logs it in a line."
            self.window._say(f"{reminder.title}: {reminder.text} {keys}")
            QApplication.alert(self.window)

    def _on_tray_message_clicked(self) -> None:
        reminder = self.watcher.last
        self.window.bring_to_front()
        if reminder is not None and reminder.kind == REVIEW:
            self.window.review_day()
        else:
            self.window.quick_entry()
