"""One user action, one transaction; SQLite's failures turned into messages a principal reads."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from collections.abc import Iterator

from leadership_desk.errors import StorageError
from leadership_desk.store.sqlite import Database


def storage_error(exc: sqlite3.Error) -> StorageError:
    """The plain-words form of a SQLite failure."""
    text = str(exc).lower()
    if "full" in text:
        message = ("Your disk is full, so this change was not saved. Free some space "
                   "(empty the recycle bin, delete large downloads) and try again.")
    elif "readonly" in text or "read-only" in text:
        message = ("Your log file is read-only, so this change was not saved. Ask your IT "
                   "help desk to let you write to the Leadership Desk folder.")
    elif "locked" in text or "busy" in text:
        message = ("Your log is busy in another program, so this change was not saved. "
                   "Wait a moment and try again.")
    elif "malformed" in text or "not a database" in text or "corrupt" in text:
        message = ("Your log file is damaged, so this change was not saved. Close "
                   "Leadership Desk and open it again to restore from a backup.")
    elif "disk i/o" in text or "unable to open" in text:
        message = ("The disk could not be written, so this change was not saved. Check that "
                   "the drive is still connected and try again.")
    else:
        message = f"This change could not be saved ({exc})."
    error = StorageError(message)
    error.__cause__ = exc
    return error


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """`db.atomic()`, with SQLite errors raised as StorageError; nothing half-done is kept.

    The outermost transaction starts IMMEDIATE: it takes the write lock first (waiting up
    to the busy timeout for another writer, such as an export recording itself) rather
    than reading first and then failing at once with SQLITE_BUSY_SNAPSHOT when another
    connection wrote in between. Inner ones are savepoints.
    """
    try:
        if db.conn.in_transaction:
            with db.atomic():
                yield db
            return
        db.conn.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.conn.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):  # the first error is the one to tell
                    db.conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        raise storage_error(exc) from exc


@contextlib.contextmanager
def durable_together(db: Database) -> Iterator[Database]:
    """Many transactions, each still all or nothing, made durable together when the block
    ends, before anyone is told they were saved: a county's import of thousands of files
    would otherwise wait for the disk once per file.

    Inside, commits go to the write-ahead log without waiting for the disk (synchronous
    NORMAL: a power cut may lose the last ones, never leaves one half-done); at the end
    the log is flushed once, as a FULL commit would have flushed it.
    """
    db.conn.execute("PRAGMA synchronous=NORMAL")
    try:
        yield db
    finally:
        db.conn.execute("PRAGMA synchronous=FULL")
        flush_log(db)


def flush_log(db: Database) -> None:
    """Flushes the database's write-ahead log to the disk, as SQLite does on a FULL commit
    (F_FULLFSYNC on macOS); where the file cannot be opened, a checkpoint does it."""
    row = db.conn.execute("PRAGMA database_list").fetchone()
    wal = f"{row[2]}-wal" if row and row[2] else ""
    try:
        fd = os.open(wal, os.O_RDWR | getattr(os, "O_BINARY", 0))
    except OSError:
        with contextlib.suppress(sqlite3.Error):
            db.conn.execute("PRAGMA wal_checkpoint(FULL)")
        return
    try:
        if sys.platform == "darwin":
            import fcntl

            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
        else:
            os.fsync(fd)
    finally:
        os.close(fd)
