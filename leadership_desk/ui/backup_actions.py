"""Back up now, back up to a chosen place, and restore: each runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from leadership_desk import APP_NAME
from leadership_desk.domain.periods import format_moment
from leadership_desk.errors import LeadershipDeskError
from leadership_desk.services.container import Services, run_on_own_connection
from leadership_desk.ui.last_folder import last_folder, remember_folder
from leadership_desk.ui.restore_dialog import RestoreDialog
from leadership_desk.ui.worker import Worker


class BackupActions(QObject):
    """The backup commands of the File menu.

    Signals: message(str) for the status bar, busy_changed(bool) while a restore rewrites
    the log (saving must wait), restored(), backed_up(object BackupInfo).
    """

    message = Signal(str)
    busy_changed = Signal(bool)
    restored = Signal()
    backed_up = Signal(object)

    def __init__(self, window: QWidget, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._worker: Worker | None = None
        self._blocking = False

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def back_up_now(self) -> None:
        self._run(lambda s: s.backups.backup("manual"), self._on_backup_finished,
                  "Backing up…", read_only=True)

    def back_up_to(self) -> None:
        suggested = str(last_folder("backup") / f"Leadership Desk backup "
                        f"{self._services.clock():%Y-%m-%d}.sqlite3")
        out, _ = QFileDialog.getSaveFileName(
            self._window, "Back up to", suggested, "Leadership Desk log (*.sqlite3)")
        if not out:
            return
        remember_folder("backup", out)
        target = Path(out)
        if target.exists():
            # the file dialog already asked to replace it; keep the old copy aside, not lost
            target.rename(target.with_name(target.name + ".old"))
        self._run(lambda s: s.backups.backup("manual", target), self._on_backup_finished,
                  "Backing up…", read_only=True)

    def restore(self) -> None:
        chosen = RestoreDialog.ask(self._window, self._services.backups.list())
        if chosen is None:
            return
        self._run(lambda s: s.backups.restore(chosen.path),
                  lambda before: self._on_restore_finished(chosen, before), "Restoring…",
                  blocks_saving=True)

    def daily_backup(self) -> None:
        """The first start of each day's backup, taken after the window is up."""
        self._run(lambda s: s.backups.daily_backup_if_due(), self._on_daily_finished, "",
                  read_only=True)

    def _run(self, job, on_finished, text: str, read_only: bool = False,
             blocks_saving: bool = False) -> None:
        """Runs `job(services)` on a worker over its own connection."""
        if self._worker is not None:
            self.message.emit("Please wait: a backup or restore is already under way.")
            return
        s = self._services
        path, clock, zone = s.path, s.clock, s.profiles.profile().timezone
        worker = Worker(lambda: run_on_own_connection(path, clock, zone, job,
                                                      read_only=read_only))
        worker.signals.finished.connect(on_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        self._worker = worker
        self._blocking = blocks_saving
        if blocks_saving:
            self.busy_changed.emit(True)
        if text:
            self.message.emit(text)
        worker.start()

    def _done(self) -> None:
        self._worker = None
        if self._blocking:
            self._blocking = False
            self.busy_changed.emit(False)

    def _on_daily_finished(self, info) -> None:
        self._done()
        if info is not None:
            self.backed_up.emit(info)

    def _on_backup_finished(self, info) -> None:
        self._done()
        self.message.emit(f"Backed up {info.activities} activities to {info.path}.")
        self.backed_up.emit(info)

    def _on_restore_finished(self, chosen, before) -> None:
        self._done()
        self.message.emit(
            f"Restored the backup of {format_moment(chosen.taken_at.astimezone())}. Your log as "
            f"it was is kept as a backup taken {before.taken_at.astimezone():%H:%M}."
        )
        self.restored.emit()

    def _on_worker_failed(self, error: Exception) -> None:
        self._done()
        if isinstance(error, LeadershipDeskError):
            text = error.message
        else:
            text = ("Something went wrong during the backup or restore; your log was not "
                    f"changed. Details are in the log file. ({error})")
        self.message.emit(text)
        QMessageBox.warning(self._window, APP_NAME, text)
