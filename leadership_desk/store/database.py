"""Opens the database: checks it, sets the pragmas that make saves durable, migrates it.

Durability: WAL journal with synchronous=FULL, so a transaction reported committed has
been flushed to the disk and survives a power cut (WAL with NORMAL stays consistent but
may lose the last commits). macOS gets fullfsync, since its plain fsync leaves data in the
drive's cache. A file that fails the quick check, or that is not ours, is never written to.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from leadership_desk.errors import DamagedDatabaseError, NotOurDatabaseError, StorageError
from leadership_desk.store.backup import (
    backup_dir,
    integrity_problems,
    new_backup_path,
    open_read_only,
    snapshot,
)
from leadership_desk.store.migrations import MIGRATIONS
from leadership_desk.store.transaction import storage_error

# Wait this long for a lock held by another connection before reporting it.
BUSY_TIMEOUT_MS = 5000


def check_file(path: Path) -> None:
    """Raises DamagedDatabaseError or NotOurDatabaseError without changing the file."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = open_read_only(path)
    except sqlite3.Error as exc:
        raise StorageError(f"{path} could not be opened ({exc}).") from exc
    try:
        problems = integrity_problems(conn, full=False)
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
    check_file(path)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise StorageError(
            f"The database {path} could not be opened ({exc}). "
            "Check that the folder exists and that you may write to it."
        ) from exc
    db = Database(conn, execute_plugins=False)
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
