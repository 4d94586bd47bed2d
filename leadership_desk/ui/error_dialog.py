"""Shows an unexpected error with its details, and logs it; the app keeps running."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger("leadership_desk")


class ErrorDialog(QDialog):
    """'Something went wrong' with the technical details and a button to copy them."""

    def __init__(self, details: str, log_file: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Something went wrong")
        self.details = details
        message = QLabel(
            "Leadership Desk ran into a problem it did not expect. What you saved before is "
            "safe. If this happens again, send the details below to your IT help desk.\n\n"
            f"The details are also written to {log_file}."
        )
        message.setWordWrap(True)
        text = QPlainTextEdit(details)
        text.setReadOnly(True)
        text.setAccessibleName("Details of the error")
        copy = QPushButton("Copy details")
        copy.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)


def install_excepthook(log_file: str, interactive: bool = True) -> None:
    """Logs every unexpected exception and shows it, instead of dying silently.

    Non-interactive runs (the smoke test) write the details to stderr instead of a dialog.
    """
    showing = False

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("Unexpected error:\n%s", details)
        if not interactive:
            if sys.stderr is not None:
                sys.stderr.write(details)
            return
        if showing or QApplication.instance() is None:
            return
        showing = True
        try:
            ErrorDialog(details, log_file, QApplication.activeWindow()).exec()
        finally:
            showing = False

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        # worker threads: log here; the dialog needs the GUI thread, so only log
        details = "".join(traceback.format_exception(args.exc_type, args.exc_value,
                                                     args.exc_traceback))
        log.error("Unexpected error in a background task:\n%s", details)

    sys.excepthook = hook
    threading.excepthook = thread_hook
