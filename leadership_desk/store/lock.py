"""One writer per database: an operating-system lock beside the file.

The lock is held through an open file handle (flock / LockFileEx), so when a copy of the
app crashes or is killed the operating system releases it and the next start proceeds.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from filelock import FileLock, Timeout

from leadership_desk.errors import DatabaseInUseError, StorageError

APP = "the Leadership Desk app (perhaps in another window)"


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def holder_path(db_path: Path) -> Path:
    # beside the lock, not in it: every attempt to take the lock empties the lock file
    return db_path.with_name(db_path.name + ".lock-holder")


class WriterLock:
    """Held while a process may write to the database; `holder` says who, in plain words
    (the app, or a command), so that whoever finds the log taken can be told."""

    def __init__(self, db_path: Path, holder: str = APP) -> None:
        self._lock = FileLock(str(lock_path(db_path)), timeout=0, is_singleton=False)
        self._db_path = db_path
        self._holder = holder

    def acquire(self, wait: float = 0) -> None:
        """Takes the lock, waiting up to `wait` seconds for another holder to finish."""
        try:
            self._lock.acquire(timeout=wait, poll_interval=0.05)
        except Timeout:
            raise DatabaseInUseError(self._in_use_message()) from None
        except OSError as exc:
            raise StorageError(
                f"The folder {self._db_path.parent} cannot be written to "
                f"({exc.strerror or exc}). Ask your IT help desk for write access."
            ) from exc
        with contextlib.suppress(OSError):  # only used to word a refusal
            holder_path(self._db_path).write_text(
                f"{self._holder}\n{os.getpid()}\n{time.strftime('%H:%M')}", encoding="utf-8")

    def _in_use_message(self) -> str:
        try:
            holder, _, since = holder_path(self._db_path).read_text(
                encoding="utf-8").splitlines()[:3]
        except (OSError, ValueError):
            holder, since = APP, ""
        if holder == APP:
            return ("Your log is already open in the Leadership Desk app (perhaps in another "
                    "window). Use that window, or close it and try again.")
        return (f"Your log is busy: {holder} has been using it since {since}. Wait for it "
                f"to finish and try again.")

    def try_acquire(self) -> bool:
        try:
            self.acquire()
        except DatabaseInUseError:
            return False
        return True

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def release(self) -> None:
        if self._lock.is_locked:
            with contextlib.suppress(OSError):
                holder_path(self._db_path).unlink(missing_ok=True)
            self._lock.release(force=True)
