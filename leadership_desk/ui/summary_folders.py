"""Summaries that arrive and leave on their own while the app is open: the IAS's watched
folder (QFileSystemWatcher, plus a rescan for network drives that do not report changes)
and the principal's Friday-afternoon summary. The work runs off the GUI thread.

Signals: message(str) for the status bar; imported(object list of ImportResult), when
files came in or were refused.
"""

from __future__ import annotations

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from leadership_desk.services.container import Services, run_on_own_connection
from leadership_desk.services.summary_folder_service import notice
from leadership_desk.ui.worker import Worker

SETTLE_MS = 1500  # a file being copied in sends several changes: read once it settles
RESCAN_MS = 5 * 60 * 1000  # network and synced folders do not always report changes
WEEKLY_CHECK_MS = 10 * 60 * 1000


class SummaryFolders(QObject):
    """Watches the IAS's folder and sends the weekly summary, as the settings say."""

    message = Signal(str)
    imported = Signal(object)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._worker: Worker | None = None
        self._again = False
        self._where: tuple = ()
        self.watcher = QFileSystemWatcher(self)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.rescan = QTimer(self)
        self.rescan.setInterval(RESCAN_MS)
        self.weekly = QTimer(self)
        self.weekly.setInterval(WEEKLY_CHECK_MS)
        self.watcher.directoryChanged.connect(self._on_watcher_directory_changed)
        self.watcher.fileChanged.connect(self._on_watcher_directory_changed)
        self.settle.timeout.connect(self.scan)
        self.rescan.timeout.connect(self.scan)
        self.weekly.timeout.connect(self.send_weekly_if_due)

    def start(self) -> None:
        """Reads the settings and watches the folder; what is due now (a scan, the weekly
        summary) runs just after, off the GUI thread. Called at start-up and whenever the
        settings change."""
        s = self._services
        settings = s.folders.settings()
        self._where = (s.path, s.clock, s.profiles.profile().timezone)
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        if settings.watched:
            self.watcher.addPath(settings.watched)
            self.rescan.start()
            QTimer.singleShot(0, self, self.scan)
        else:
            self.rescan.stop()
        if settings.weekly and settings.send_to:
            self.weekly.start()
            QTimer.singleShot(0, self, self.send_weekly_if_due)
        else:
            self.weekly.stop()

    def stop(self) -> None:
        """No more watching or sending (the window is closing)."""
        for timer in (self.settle, self.rescan, self.weekly):
            timer.stop()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self._where = ()

    def _on_watcher_directory_changed(self, _path: str) -> None:
        self.settle.start()

    def _run(self, job, done, *, cancellable: bool = False) -> bool:
        if not self._where:
            return True  # stopped: nothing to do, and nothing to do again
        if self._worker is not None:
            return False
        path, clock, zone = self._where
        if cancellable:  # stops between files when the app quits; each file is whole or not
            worker = Worker(lambda progress: run_on_own_connection(
                path, clock, zone, lambda own: job(own, progress)),
                with_progress=True, cancellable=True)
        else:
            worker = Worker(lambda: run_on_own_connection(path, clock, zone, job))
        worker.signals.finished.connect(done)
        worker.signals.failed.connect(self._on_worker_failed)
        self._worker = worker
        worker.start()
        return True

    def scan(self) -> None:
        """Imports the new or changed summaries in the watched folder."""
        if not self._run(lambda own, progress: own.folders.import_folder(progress=progress),
                         self._on_scan_finished, cancellable=True):
            self._again = True  # a change arrived while a scan ran: look once more after it

    def _on_scan_finished(self, results) -> None:
        self._worker = None
        shown = [r for r in results if r.status != "duplicate"]
        if shown:
            self.message.emit(notice(shown) + " See the Schools view for each file.")
            self.imported.emit(results)
        self._follow_up()

    def send_weekly_if_due(self) -> None:
        if not self._run(lambda own: own.folders.send_weekly_if_due(), self._on_weekly_finished):
            QTimer.singleShot(SETTLE_MS, self.send_weekly_if_due)

    def _on_weekly_finished(self, record) -> None:
        self._worker = None
        if record is not None:
            self.message.emit(f"Sent this week's summary (totals only) to {record.file}")
        self._follow_up()

    def _on_worker_failed(self, error: Exception) -> None:
        self._worker = None
        self.message.emit(getattr(error, "message", None) or
                          f"The shared folder could not be used: {error}")

    def _follow_up(self) -> None:
        if self._again:
            self._again = False
            self.scan()

    def busy(self) -> bool:
        return self._worker is not None
