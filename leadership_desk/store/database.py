"""Opens the database: checks it, sets the pragmas that make saves durable, migrates it.

Durability: WAL journal with synchronous=FULL, so a transaction reported committed has
been flushed to the disk and survives a power cut (WAL with NORMAL stays consistent but
may lose the last commits). macOS gets fullfsync, since its plain fsync leaves data in the
drive's cache. A file that fails the quick check, or that is not ours, is never written to.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from leadership_desk.errors import DamagedDatabaseError, NotOurDatabaseError, StorageError
from leadership_desk.store.backup import (
    backup_dir,
    integrity_problems,
    new_backup_path,
    open_read_only,
    snapshot,
)
from leadership_desk.store.migrations import MIGRATIONS
from leadership_desk.store.sqlite import Database
from leadership_desk.store.transaction import storage_error

# Wait this long for a lock held by another connection before reporting it.
BUSY_TIMEOUT_MS = 5000


# SQLite's words for a file it could not read or lock, as against one it read and found bad
_NOT_DAMAGE = ("disk i/o", "unable to open", "full", "locked", "busy", "readonly", "read-only")
LOW_SPACE_BYTES = 2_000_000


def unreadable_error(path: Path, problem: str) -> StorageError | None:
    """When `problem` means the file could not be read (a full disk, a lost drive), not that
    it is damaged: the error to give instead; None for real damage."""
    if not any(words in problem.lower() for words in _NOT_DAMAGE):
        return None
    try:
        full = shutil.disk_usage(path.parent).free < LOW_SPACE_BYTES
    except OSError:
        full = False
    if full or "full" in problem.lower():
        return StorageError(
            f"Your disk is full, so Leadership Desk cannot open your log {path.name}; the log "
            f"itself is not damaged. Free some space (empty the recycle bin, delete large "
            f"downloads) and try again.")
    return StorageError(
        f"Your log {path.name} could not be read ({problem}); it does not look damaged. "
        f"Check that the drive is still connected and that no other program holds the file, "
        f"then try again.")


def check_file(path: Path, *, thorough: bool = True) -> None:
    """Raises DamagedDatabaseError or NotOurDatabaseError without changing the file; a file
    that cannot be read for another reason (a full disk) raises a plain StorageError.

    `thorough` runs SQLite's quick check of every page (the app's start, every writer);
    without it only the file's header and table list are read (a read command: a damaged
    page there still fails the command, in words, when it reaches it)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = open_read_only(path)
    except sqlite3.Error as exc:
        raise StorageError(f"{path} could not be opened ({exc}).") from exc
    try:
        problems = integrity_problems(conn, full=False) if thorough else []
        if problems and (other := unreadable_error(path, problems[0])) is not None:
            raise other
        if problems:
            raise DamagedDatabaseError(
                f"Your log file {path.name} is damaged or is not a database "
                f"({problems[0]}). It has not been changed.",
                path,
            )
        tables = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "_sqlite_migrations" not in tables:
            raise NotOurDatabaseError(
                f"{path} is a database of another program, not Leadership Desk. "
                "Choose another file; this one was left untouched."
            )
    except sqlite3.DatabaseError as exc:
        other = unreadable_error(path, str(exc))
        if other is not None:
            raise other from exc
        raise DamagedDatabaseError(
            f"Your log file {path.name} is damaged or is not a database ({exc}). "
            "It has not been changed.",
            path,
        ) from exc
    finally:
        conn.close()


def open_database(
    path: str | Path,
    *,
    migrate: bool = True,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    thorough: bool = True,
) -> Database:
    """Opens (creating if needed), checks and migrates the database at `path`.

    Before a migration changes an existing database, a backup is taken.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            f"The folder {path.parent} could not be created ({exc.strerror or exc})."
        ) from exc
    check_file(path, thorough=thorough)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StorageError(
            f"The database {path} could not be opened ({exc}). "
            "Check that the folder exists and that you may write to it."
        ) from exc
    db = Database(conn)
    try:
        with db.ensure_autocommit_on():
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            if sys.platform == "darwin":
                db.execute("PRAGMA fullfsync=ON")
            db.execute("PRAGMA foreign_keys=ON")
        if migrate and MIGRATIONS.pending(db):
            if MIGRATIONS.applied(db):
                snapshot(conn, new_backup_path(backup_dir(path), clock(), "before-update"))
            MIGRATIONS.apply(db)
    except sqlite3.Error as exc:
        conn.close()
        raise storage_error(exc) from exc
    except Exception:
        conn.close()
        raise
    return db
