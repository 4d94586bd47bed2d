"""Import a calendar file (menu or drag and drop) for the week on screen, off the GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from leadership_desk import APP_NAME
from leadership_desk.domain.balance import count_of
from leadership_desk.domain.periods import format_date, week_of
from leadership_desk.services.container import Services, run_on_own_connection
from leadership_desk.ui.last_folder import last_folder, remember_folder
from leadership_desk.ui.worker import Worker


class CalendarActions(QObject):
    """Signals: message(str) for the status bar, imported(object CalendarImport)."""

    message = Signal(str)
    imported = Signal(object)

    def __init__(self, window: QWidget, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._worker: Worker | None = None

    def choose_and_import(self, day: date) -> None:
        path, _ = QFileDialog.getOpenFileName(self._window, "Import a calendar",
                                              str(last_folder("calendar")),
                                              "Calendar files (*.ics)")
        if path:
            remember_folder("calendar", path)
            self.import_file(Path(path), day)

    def import_file(self, path: Path, day: date) -> None:
        """Makes drafts from `path` for the Monday-to-Sunday week holding `day`."""
        if self._worker is not None:
            return
        try:
            data = path.read_bytes()
        except OSError as exc:
            self._fail(f"{path.name} could not be read ({exc.strerror or exc}).")
            return
        week = week_of(day)
        s = self._services
        db_path, clock, zone = s.path, s.clock, s.profiles.profile().timezone
        worker = Worker(lambda: run_on_own_connection(
            db_path, clock, zone, lambda own: own.calendar.import_calendar(data, week)))
        worker.signals.finished.connect(lambda result: self._on_finished(result, week))
        worker.signals.failed.connect(self._on_failed)
        self._worker = worker
        self.message.emit(f"Reading {path.name}…")
        worker.start()

    def _on_finished(self, result, week) -> None:
        self._worker = None
        self.message.emit(
            f"Calendar, week of {format_date(week.first)}: "
            f"{count_of(result.created, 'new draft')}, {result.updated} updated, "
            f"{result.removed} removed. Accept them under the day's activities.")
        self.imported.emit(result)

    def _on_failed(self, error: Exception) -> None:
        self._worker = None
        self._fail(getattr(error, "message", None) or f"The calendar could not be read: {error}")

    def _fail(self, text: str) -> None:
        self.message.emit(text)
        QMessageBox.warning(self._window, APP_NAME, text)
