"""Backups: automatic daily ones, on demand, listing, restoring, and checking everything."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from leadership_desk.domain.backups import backups_to_keep
from leadership_desk.errors import DamagedDatabaseError, NotOurDatabaseError, StorageError
from leadership_desk.paths import default_db_path
from leadership_desk.store.backup import (
    BackupInfo,
    adopt_shared_backups,
    backup_dir,
    copy_backup_to,
    inspect,
    integrity_problems,
    list_backups,
    new_backup_path,
    newest_good_backup,
    open_read_only,
    set_aside,
    snapshot,
)
from leadership_desk.store.database import check_file, unreadable_error
from leadership_desk.store.lock import WriterLock
from leadership_desk.store.migrations import MIGRATIONS
from leadership_desk.store.sqlite import Database
from leadership_desk.store.transaction import storage_error

log = logging.getLogger("leadership_desk")


@dataclass(frozen=True, slots=True)
class CheckReport:
    """The state of the live database and of each backup."""

    path: Path
    problems: list[str]
    backups: list[BackupInfo]
    # why the log could not be checked at all (a full disk), which is not damage
    unreadable: str | None = None

    @property
    def folder(self) -> Path:
        """The log's own backups folder, the one checked."""
        return backup_dir(self.path)

    @property
    def ok(self) -> bool:
        return (not self.problems and self.unreadable is None
                and all(info.ok for info in self.backups))


class BackupService:
    """Snapshots of the open database into the backups folder beside it."""

    def __init__(self, db: Database, path: Path, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._path = path
        self._clock = clock

    @property
    def folder(self) -> Path:
        return own_backup_dir(self._path)

    def backup(
        self,
        reason: str = "manual",
        out: Path | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> BackupInfo:
        """Checks the database fully, then writes a snapshot (to `out`, or the backups folder)."""
        problems = integrity_problems(self._db.conn, full=True)
        if problems:
            raise DamagedDatabaseError(
                "Your log did not pass its check, so no backup was made from it: "
                + "; ".join(problems[:2]),
                self._path,
            )
        if out is not None and out.exists():
            raise StorageError(f"{out} already exists; choose another name.")
        dest = out or new_backup_path(self.folder, self._clock(), reason)
        snapshot(self._db.conn, dest, progress)
        if out is None:
            self.prune()
        return inspect(dest)

    def daily_backup_if_due(self) -> BackupInfo | None:
        """The first start of each day takes a backup (when there is anything to protect)."""
        today = self._clock().date()
        if any(info.taken_at.date() == today for info in list_backups(self.folder, check=False)):
            return None
        if self._db.execute("SELECT COUNT(*) FROM activities").fetchone()[0] == 0:
            return None
        return self.backup("daily")

    def list(self) -> list[BackupInfo]:
        return list_backups(self.folder)

    def prune(self) -> list[Path]:
        """Deletes backups beyond the last 7 days' and 4 weeks' newest; returns them."""
        infos = list_backups(self.folder, check=False)
        keep = backups_to_keep((info.taken_at, info.path) for info in infos)
        removed = []
        # copies cut short by a crash or a kill (never under a backup's name), with the
        # -journal, -wal and -shm files SQLite kept beside them; this process is the log's
        # one writer, so any copy but its own is dead
        mine = f".{os.getpid()}.partial"
        for partial in self.folder.glob(".leadership-desk-*.partial*"):
            if mine not in partial.name:
                partial.unlink(missing_ok=True)
                removed.append(partial)
        for info in infos:
            if info.path not in keep:
                info.path.unlink(missing_ok=True)
                removed.append(info.path)
        return removed

    def restore(self, backup: Path) -> BackupInfo:
        """Replaces the log's contents with `backup`, after backing up the current log.

        Returns the backup of the log as it was before, so that the restore can itself be
        undone.
        """
        info = inspect(backup)
        if not info.ok:
            raise StorageError(f"{backup.name} cannot be restored: it is {info.problem}.")
        before = self.backup("before-restore")
        source = open_read_only(backup)
        try:
            source.backup(self._db.conn)
            with self._db.ensure_autocommit_on():
                self._db.execute("PRAGMA journal_mode=WAL")
            MIGRATIONS.apply(self._db)
        except sqlite3.Error as exc:
            raise storage_error(exc) from exc
        finally:
            source.close()
        return before


def check_database(path: Path) -> CheckReport:
    """Checks the log file and all its backups without changing any of them."""
    problems: list[str] = []
    if not path.exists():
        problems.append(f"{path} does not exist")
    else:
        try:
            check_file(path)
            conn = open_read_only(path)
            try:
                found = integrity_problems(conn, full=True)
            finally:
                conn.close()
            if found and (other := unreadable_error(path, found[0])) is not None:
                raise other
            problems.extend(found)
        except (DamagedDatabaseError, NotOurDatabaseError) as error:
            problems.append(error.message)
        except StorageError as error:
            return CheckReport(path, [], list_backups(own_backup_dir(path)), error.message)
    return CheckReport(path, problems, list_backups(own_backup_dir(path)))


def recover_database(path: Path, backup: Path, now: datetime) -> Path:
    """Sets a damaged log aside (kept, never overwritten) and puts `backup` in its place.

    Returns where the damaged file now is.
    """
    info = inspect(backup)
    if not info.ok:
        raise StorageError(f"{backup.name} cannot be restored: it is {info.problem}.")
    lock = WriterLock(path)
    lock.acquire()
    try:
        aside = set_aside(path, now)
        copy_backup_to(backup, path)
    finally:
        lock.release()
    return aside


def unsafe_location_message(path: Path, risk: str) -> str:
    return (
        f"{path} is in {risk}. Leadership Desk keeps your live log on this computer, because "
        "a synced or network copy can be damaged or overwritten while it is open. Keep the "
        "log in its usual place and put copies there instead (Back up to… in the app, or "
        "`leadership-desk backup --out FILE`)."
    )




def set_aside_database(path: Path, now: datetime) -> Path:
    """Moves a damaged log out of the way (kept, never deleted) so a new one can start."""
    lock = WriterLock(path)
    lock.acquire()
    try:
        return set_aside(path, now)
    finally:
        lock.release()


def newest_good_backup_of(path: Path) -> BackupInfo | None:
    """The most recent backup of the log at `path` that passes its check."""
    return newest_good_backup(own_backup_dir(path))


def own_backup_dir(path: Path) -> Path:
    """The log's own backups folder, with the backups made before each log had its own
    moved into it where they can only be this log's (see adopt_shared_backups)."""
    try:
        default = path.resolve() == default_db_path().resolve()
    except OSError:
        default = False
    try:
        adopt_shared_backups(path, default_log=default)
    except OSError as exc:  # a read-only folder: the backups stay where they are
        log.warning("Older backups could not be moved beside %s: %s", path, exc)
    return backup_dir(path)
