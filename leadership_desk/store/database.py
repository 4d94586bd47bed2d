"""Opens the database with the pragmas that make saves durable, and migrates it.

Durability: WAL journal with synchronous=FULL, so a transaction reported committed
survives a power cut (WAL with NORMAL stays consistent but may lose the last commits);
fullfsync on macOS, where a plain fsync does not reach the disk platter.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from sqlite_utils import Database

from leadership_desk.errors import StorageError
from leadership_desk.store.migrations import MIGRATIONS

# Wait this long for a lock held by another connection before reporting it.
BUSY_TIMEOUT_MS = 5000


def _connect(path: Path) -> sqlite3.Connection:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=True)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(
            f"The database {path} could not be opened: {exc}. "
            "Check that the folder exists and that you may write to it."
        ) from exc
    return conn


def open_database(path: str | Path) -> Database:
    """Opens (creating if needed) and migrates the database at `path`."""
    path = Path(path)
    conn = _connect(path)
    db = Database(conn, execute_plugins=False)
    try:
        # Checked before any pragma: switching the journal mode writes to the file.
        _check_is_ours(db, path)
        with db.ensure_autocommit_on():
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            if sys.platform == "darwin":
                db.execute("PRAGMA fullfsync=ON")
            db.execute("PRAGMA foreign_keys=ON")
        MIGRATIONS.apply(db)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StorageError(
            f"{path} could not be read as a Leadership Desk database ({exc}). "
            "It may be damaged or be another kind of file."
        ) from exc
    except Exception:
        conn.close()
        raise
    return db


def _check_is_ours(db: Database, path: Path) -> None:
    names = set(db.table_names())
    if names and "_sqlite_migrations" not in names:
        raise StorageError(
            f"{path} is a database of another program, not Leadership Desk. "
            "Choose another file; this one was left untouched."
        )
