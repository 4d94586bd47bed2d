"""Notices when a window has first been painted: the moment start-up is over for the user.

The rule (the same one benchmarks/run.py applies to a bare Qt window): the first paint
event delivered to the window or one of its widgets, then the rest of that paint pass."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QObject):
    """Calls `then()` once, right after `window` was first painted."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then = then
        self._seen = False
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # Qt's name
        if not self._seen and event.type() == QEvent.Type.Paint and \
                isinstance(watched, QWidget) and \
                (watched is self._window or self._window.isAncestorOf(watched)):
            self._seen = True
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after the rest of this paint pass
        return False
