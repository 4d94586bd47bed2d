"""The one way slow work leaves the GUI thread: a QRunnable whose result comes back by signal.

Each job opens its own database connection (SQLite connections stay in their thread).
Connect to the signals before calling `start`.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("leadership_desk")


class WorkerSignals(QObject):
    """Signals: finished(object result), failed(object exception), progress(int done, int of)."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Worker(QRunnable):
    """Runs `job()` on the thread pool; emits finished(result) or failed(exception)."""

    def __init__(self, job: Callable[..., Any], with_progress: bool = False) -> None:
        super().__init__()
        self.job = job
        self.with_progress = with_progress
        self.signals = WorkerSignals()
        self.setAutoDelete(False)  # the caller keeps it until the signal arrives

    def run(self) -> None:
        try:
            args = (self.signals.progress.emit,) if self.with_progress else ()
            result = self.job(*args)
        except Exception as exc:  # every failure goes back to the GUI thread, none is lost
            log.error("Background task failed:\n%s", traceback.format_exc())
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)
