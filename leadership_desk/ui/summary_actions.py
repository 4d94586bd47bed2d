"""Export a summary for the IAS: the dialog, then the files written off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from leadership_desk import APP_NAME
from leadership_desk.services.container import Services, run_on_own_connection
from leadership_desk.services.export_service import summary_file_name
from leadership_desk.ui.choice_dialog import ChoiceDialog
from leadership_desk.ui.export_dialog import ExportDialog
from leadership_desk.ui.shared_dialog import SharedDialog
from leadership_desk.ui.worker import Worker


class SummaryActions(QObject):
    """Signals: message(str) for the status bar, exported(object list of export records)."""

    message = Signal(str)
    exported = Signal(object)

    def __init__(self, window: QWidget, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._worker: Worker | None = None

    def export_summary(self) -> None:
        if self._worker is not None:
            self.message.emit("Please wait: an export is under way.")
            return
        request = ExportDialog.ask(self._window, self._services)
        if request is None:
            return
        s = self._services
        # the summary file for the IAS goes to the send-to folder when one is set, under its
        # one name per school and period (the same period again replaces it)
        send_to = s.folders.target(request.doc)
        targets = [(fmt, send_to if fmt == "json" and send_to is not None
                    else request.folder / summary_file_name(request.doc, fmt))
                   for fmt in request.formats]
        # a file of the same name there already (an earlier export of the same period) is
        # replaced only when the principal says so; the send-to folder's is meant to be
        taken = [out for _, out in targets if out != send_to and out.exists()]
        if taken and ChoiceDialog.ask(
                self._window, "Replace the files?",
                "These files are there already, from an earlier export:\n"
                + "\n".join(str(out) for out in taken)
                + "\nReplace them with this export?",
                ["Replace them", "Cancel"]) != 0:
            self.message.emit("Nothing was exported: the earlier files are as they were.")
            return
        path, clock, zone = s.path, s.clock, s.profiles.profile().timezone
        worker = Worker(lambda: run_on_own_connection(
            path, clock, zone,
            lambda own: [own.exports.write(request.doc, fmt, out) for fmt, out in targets]))
        worker.signals.finished.connect(self._on_worker_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        self._worker = worker
        self.message.emit("Exporting…")
        worker.start()

    def show_history(self) -> None:
        """What this log has shared: every summary file written, newest first."""
        SharedDialog.ask(self._window, self._services.exports.history(),
                         self._services.profiles.profile().zone)

    def _on_worker_finished(self, records) -> None:
        self._worker = None
        folders: dict[Path, list[str]] = {}
        for record in records:  # the JSON may have gone to the send-to folder
            folders.setdefault(Path(record.file).parent, []).append(record.format.upper())
        self.message.emit("Exported the summary: " + "; ".join(
            f"{', '.join(kinds)} to {folder}" for folder, kinds in folders.items()) + ".")
        self.exported.emit(records)

    def _on_worker_failed(self, error: Exception) -> None:
        self._worker = None
        text = getattr(error, "message", None) or f"The export failed: {error}"
        self.message.emit(text)
        QMessageBox.warning(self._window, APP_NAME, text)
