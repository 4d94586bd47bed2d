"""The system-tray icon: whether something runs, the favourites, Other…, Stop, quick entry,
the day's review, and reminders as notifications. Where the platform has no tray, the menu
still exists (the window's reminders fall back to the status bar) but no icon is shown.

Signals: open_requested(), quit_requested(), message_clicked().
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from leadership_desk.domain.categories import Category


def running_icon(base: QIcon) -> QIcon:
    """The app's icon with a green dot: a timer is running."""
    pixmap = base.pixmap(64, 64)
    if pixmap.isNull():
        pixmap = QPixmap(64, 64)
        pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#ffffff"))
    painter.setBrush(QColor("#009E73"))
    painter.drawEllipse(34, 34, 28, 28)
    painter.end()
    return QIcon(pixmap)


class Tray(QObject):
    """Owns the tray icon and its menu; the window connects the actions it offers."""

    open_requested = Signal()
    quit_requested = Signal()
    message_clicked = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle_icon = icon
        self._running_icon = running_icon(icon)
        self.menu = QMenu()
        # the fixed entries belong to the tray, not the menu: rebuilding the menu's
        # favourites (menu.clear()) deletes only what the menu owns
        self.status_action = QAction("Nothing running", self)
        self.status_action.setEnabled(False)
        self.favourite_actions: list[QAction] = []
        self.other_action = QAction("Other…", self)
        self.stop_action = QAction("Stop", self)
        self.quick_entry_action = QAction("Quick entry…", self)
        self.review_action = QAction("Review my day…", self)
        self.open_action = QAction("Open Leadership Desk", self)
        self.quit_action = QAction("Quit", self)
        self.open_action.triggered.connect(self.open_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self._start = lambda _category_id: None
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(icon, self)
            self.icon.setContextMenu(self.menu)
            self.icon.messageClicked.connect(self.message_clicked)
            self.icon.activated.connect(self._on_icon_activated)
        self._build([])

    @property
    def available(self) -> bool:
        return self.icon is not None

    def show(self) -> None:
        if self.icon is not None:
            self.icon.show()

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()

    def set_favourites(self, favourites: list[Category], start) -> None:
        """One menu entry per favourite; `start(category_id)` is called when chosen."""
        self._start = start
        self._build(favourites)

    def _build(self, favourites: list[Category]) -> None:
        self.menu.clear()
        self.menu.addAction(self.status_action)
        self.menu.addSeparator()
        self.favourite_actions = []
        for category in favourites:
            action = QAction(f"Start {category.name}".replace("&", "&&"), self.menu)
            action.triggered.connect(lambda _=False, cid=category.id: self._start(cid))
            self.menu.addAction(action)
            self.favourite_actions.append(action)
        for action in (self.other_action, self.stop_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        for action in (self.quick_entry_action, self.review_action, self.open_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)

    def show_running(self, text: str | None) -> None:
        """`text` names what runs and for how long; None when nothing runs."""
        status = text or "Nothing running"
        self.status_action.setText(status.replace("&", "&&"))
        self.stop_action.setEnabled(text is not None)
        if self.icon is not None:
            self.icon.setToolTip(f"Leadership Desk — {status}")
            self.icon.setIcon(self._running_icon if text else self._idle_icon)

    def notify(self, title: str, text: str) -> bool:
        """Shows a notification; False where there is no tray to show it."""
        if self.icon is None or not self.icon.supportsMessages():
            return False
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        return True

    def _on_icon_activated(self, reason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.open_requested.emit()
