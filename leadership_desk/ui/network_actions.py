"""An IAS's network summary for the assistant superintendent: where to save it, then written
off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from leadership_desk import APP_NAME
from leadership_desk.services.container import Services, run_on_own_connection
from leadership_desk.ui.last_folder import last_folder, remember_folder
from leadership_desk.ui.worker import Worker


class NetworkActions(QObject):
    """Signals: message(str) for the status bar, exported(str: the file written)."""

    message = Signal(str)
    exported = Signal(str)

    def __init__(self, window: QWidget, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._worker: Worker | None = None

    @classmethod
    def ask_path(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """Where to save the network summary, or None when cancelled."""
        path, _ = QFileDialog.getSaveFileName(parent, "Export network summary",
                                              str(suggested), "Network summary (*.json)")
        return Path(path) if path else None

    def export_network(self) -> None:
        """The school year to date, totals only (never notes or titles)."""
        if self._worker is not None:
            self.message.emit("Please wait: an export is under way.")
            return
        s = self._services
        profile = s.profiles.profile()
        today = s.reports.today()
        name = f"Network summary {profile.network or profile.name} {today:%Y-%m-%d}.json"
        name = "".join(ch if ch.isalnum() or ch in " -_." else "_" for ch in name)
        out = self.ask_path(self._window, last_folder("network") / name)
        if out is None:
            return
        remember_folder("network", str(out))
        path, clock, zone = s.path, s.clock, profile.timezone

        def job(own: Services) -> str:
            own.networks.write(own.networks.build(own.networks.default_period()), out)
            return str(out)

        worker = Worker(lambda: run_on_own_connection(path, clock, zone, job))
        worker.signals.finished.connect(self._on_worker_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        self._worker = worker
        self.message.emit("Exporting the network summary…")
        worker.start()

    def _on_worker_finished(self, file: str) -> None:
        self._worker = None
        self.message.emit(f"Exported the network summary (totals only) to {file}")
        self.exported.emit(file)

    def _on_worker_failed(self, error: Exception) -> None:
        self._worker = None
        text = getattr(error, "message", None) or f"The export failed: {error}"
        self.message.emit(text)
        QMessageBox.warning(self._window, APP_NAME, text)
