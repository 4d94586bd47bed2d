"""The one way slow work leaves the GUI thread: a QRunnable whose result comes back by signal.

Each job opens its own database connection (SQLite connections stay in their thread).
Connect to the signals before calling `start`. Quitting calls `Worker.finish_all()`: jobs
that can stop between steps (an import, between files) are asked to; the others (a backup,
an export, a restore) are waited for, so nothing is left half-done and no job reports to a
window that is gone.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("leadership_desk")


class Cancelled(Exception):
    """Raised inside a cancellable job, at its next progress step, after a cancel."""


class WorkerSignals(QObject):
    """Signals: finished(object result), failed(object exception), progress(int done, int of)."""

    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Worker(QRunnable):
    """Runs `job()` on the thread pool; emits finished(result) or failed(exception).

    With `with_progress`, the job gets a `progress(done, of)` function; with `cancellable`
    too, that function raises `Cancelled` once `cancel()` was called (so the job must be safe
    to stop at any progress step).
    """

    _running: ClassVar[set[Worker]] = set()
    _lock = threading.Lock()

    def __init__(self, job: Callable[..., Any], with_progress: bool = False,
                 cancellable: bool = False) -> None:
        super().__init__()
        self.job = job
        self.with_progress = with_progress
        self.cancellable = cancellable
        self.cancelled = False
        self.signals = WorkerSignals()
        self.setAutoDelete(False)  # kept in _running until the job is over

    def _progress(self, done: int, of: int) -> None:
        if self.cancelled and self.cancellable:
            raise Cancelled
        self._emit(self.signals.progress, done, of)

    def run(self) -> None:
        try:
            args = (self._progress,) if self.with_progress else ()
            result = self.job(*args)
        except Cancelled:
            log.info("A background task stopped because the app is closing")
        except Exception as exc:  # every failure goes back to the GUI thread, none is lost
            log.error("Background task failed:\n%s", traceback.format_exc())
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.finished, result)
        finally:
            with Worker._lock:
                Worker._running.discard(self)

    def _emit(self, signal, *values) -> None:
        if self.cancelled:
            return  # the app is closing: nobody is waiting for the answer
        try:
            signal.emit(*values)
        except RuntimeError:  # the receiving window was already deleted
            log.info("A background task finished after its window closed")

    def cancel(self) -> None:
        self.cancelled = True

    def start(self) -> None:
        with Worker._lock:
            Worker._running.add(self)
        QThreadPool.globalInstance().start(self)

    @classmethod
    def running(cls) -> list[Worker]:
        with cls._lock:
            return list(cls._running)

    @classmethod
    def finish_all(cls) -> None:
        """Asks every running job to stop (the cancellable ones stop at their next step) and
        waits until all are over."""
        for worker in cls.running():
            worker.cancel()
        QThreadPool.globalInstance().waitForDone()
