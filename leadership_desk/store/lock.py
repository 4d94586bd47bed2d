"""One writer per database: an operating-system lock beside the file.

The lock is held through an open file handle (flock / LockFileEx), so when a copy of the
app crashes or is killed the operating system releases it and the next start proceeds.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from leadership_desk.errors import DatabaseInUseError, StorageError


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class WriterLock:
    """Held while a process may write to the database."""

    def __init__(self, db_path: Path) -> None:
        self._lock = FileLock(str(lock_path(db_path)), timeout=0, is_singleton=False)
        self._db_path = db_path

    def acquire(self) -> None:
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise DatabaseInUseError(
                "Your log is already open in Leadership Desk (perhaps in another window). "
                "Use that window, or close it and try again."
            ) from None
        except OSError as exc:
            raise StorageError(
                f"The folder {self._db_path.parent} cannot be written to "
                f"({exc.strerror or exc}). Ask your IT help desk for write access."
            ) from exc

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
            self._lock.release(force=True)
