"""Consistent snapshots of the database, checking files for damage, and setting damage aside.

A snapshot is taken with SQLite's online backup API into a temporary file beside the
target, checked with `PRAGMA integrity_check`, flushed to disk, and only then renamed to
its final name: a crash at any point leaves either no backup or a whole one.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from leadership_desk.domain.backups import BackupInfo
from leadership_desk.errors import StorageError
from leadership_desk.store.transaction import storage_error

BACKUP_PREFIX = "leadership-desk-"
_NAME = re.compile(r"^leadership-desk-(\d{8})-(\d{6})-([a-z-]+?)(?:-\d+)?\.sqlite3$")
# The backup API copies in one step: in WAL mode a reader never blocks saves, while a copy
# made in several steps starts over whenever another connection commits between two of
# them, and under steady saves never finishes.
PAGES_PER_STEP = -1


def backup_dir(db_path: Path) -> Path:
    """Each log's backups live in a folder of its own, named after the log file, in the
    `backups` folder beside it: two logs in one folder never share (or restore) backups."""
    return shared_backup_dir(db_path) / db_path.name


def shared_backup_dir(db_path: Path) -> Path:
    """The `backups` folder beside the log, which held the backups of every log in its
    folder before each log had its own."""
    return db_path.parent / "backups"


def adopt_shared_backups(db_path: Path, *, default_log: bool) -> list[Path]:
    """Moves the backups made before each log had its own folder into this log's folder,
    when they can only be this log's: it is the default log, or the only log in its folder.
    Never overwrites: a name already taken gets a number. Returns where they went."""
    shared = shared_backup_dir(db_path)
    # files only: the logs' own folders are named after them, and may match the pattern
    found = sorted(p for p in shared.glob(f"{BACKUP_PREFIX}*.sqlite3")
                   if p.is_file()) if shared.is_dir() else []
    if not found:
        return []
    others = [p for p in db_path.parent.glob("*.sqlite3")
              if p.name != db_path.name and p.is_file()]
    if not default_log and others:
        return []  # whose they are cannot be told: left where they are
    own = backup_dir(db_path)
    own.mkdir(parents=True, exist_ok=True)
    moved = []
    for path in found:
        dest = own / path.name
        n = 2
        while dest.exists():
            dest = own / f"{path.stem}-{n}{path.suffix}"
            n += 1
        with contextlib.suppress(FileNotFoundError):  # another process moved it first
            os.replace(path, dest)
            moved.append(dest)
    if moved:
        _fsync_dir(own)
    return moved


def new_backup_path(folder: Path, taken_at: datetime, reason: str) -> Path:
    stamp = taken_at.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    path = folder / f"{BACKUP_PREFIX}{stamp}-{reason}.sqlite3"
    n = 2
    while path.exists():
        path = folder / f"{BACKUP_PREFIX}{stamp}-{reason}-{n}.sqlite3"
        n += 1
    return path


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder to flush it; NTFS journals renames
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# A copy in progress is written under a hidden temporary name; SQLite adds -journal, -wal
# and -shm beside it while it copies. A copy that was killed leaves them behind.
STALE_AFTER_S = 3600


def _temp_name(dest: Path) -> Path:
    return dest.with_name(f".{dest.name}.{os.getpid()}.partial")


def remove_temp(temp: Path) -> None:
    """A temporary copy and SQLite's files beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            temp.with_name(temp.name + suffix).unlink(missing_ok=True)


def remove_stale_temps(dest: Path, now: float) -> list[Path]:
    """Leftovers of earlier copies to `dest` killed mid-way (older than an hour, so a copy
    another program is making right now is never touched)."""
    removed = []
    for leftover in dest.parent.glob(f".{glob.escape(dest.name)}.*.partial*"):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > STALE_AFTER_S:
                leftover.unlink()
                removed.append(leftover)
    return removed


def write_file(path: Path, content: bytes) -> None:
    """Writes a whole file or nothing: a temporary name, flushed, renamed, folder flushed."""
    temp = _temp_name(path)
    remove_stale_temps(path, time.time())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temp, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
        _fsync_dir(path.parent)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise StorageError(f"The file {path} could not be written ({exc.strerror or exc}). "
                           "Check the folder and the free space, then try again.") from exc


def integrity_problems(conn: sqlite3.Connection, *, full: bool = True) -> list[str]:
    """What SQLite's integrity check finds wrong; empty when the file is sound."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    if rows == ["ok"]:
        return []
    lines = [line.strip() for row in rows for line in str(row).splitlines()]
    return [line for line in lines if line and not line.startswith("***")] or rows


def snapshot(
    source: sqlite3.Connection,
    dest: Path,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Writes a checked, flushed copy of `source` to `dest` (never a partial file there)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    temp = _temp_name(dest)
    remove_stale_temps(dest, time.time())
    try:
        target = sqlite3.connect(temp)
        try:
            source.backup(
                target,
                pages=PAGES_PER_STEP,
                progress=(lambda status, remaining, total: progress(total - remaining, total))
                if progress else None,
            )
            # the copy keeps the source's WAL mode; a backup file stands alone
            target.execute("PRAGMA journal_mode=DELETE")
            problems = integrity_problems(target, full=True)
        finally:
            target.close()
        if problems:
            raise StorageError(
                "The backup copy did not pass its check, so it was not kept: "
                + "; ".join(problems[:3])
            )
        _fsync_file(temp)
        os.replace(temp, dest)
        _fsync_dir(dest.parent)
    except sqlite3.Error as exc:
        remove_temp(temp)
        raise storage_error(exc) from exc
    except StorageError:
        remove_temp(temp)
        raise
    except OSError as exc:
        remove_temp(temp)
        raise StorageError(
            f"The backup could not be written to {dest.parent} ({exc.strerror or exc}). "
            "Check that the folder exists, that you may write to it and that the disk "
            "has room."
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file (used to check files before trusting them)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def inspect(path: Path) -> BackupInfo:
    """Reads a backup file's date, reason and activity count, and checks it fully."""
    match = _NAME.match(path.name)
    if match:
        taken_at = datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S").replace(tzinfo=UTC)
        reason = match[3]
    else:
        taken_at = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        reason = "copy"
    problem = None
    activities = None
    try:
        conn = open_read_only(path)
        try:
            problems = integrity_problems(conn, full=True)
            if problems:
                problem = "damaged: " + "; ".join(problems[:2])
            else:
                tables = {row[0] for row in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table'")}
                if not {"_sqlite_migrations", "activities"} <= tables:
                    problem = "not a Leadership Desk database"
                else:
                    activities = conn.execute("SELECT COUNT(*) FROM activities").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        problem = f"unreadable: {exc}"
    return BackupInfo(path, taken_at, reason, activities, problem)


def list_backups(folder: Path, *, check: bool = True) -> list[BackupInfo]:
    """The backups in `folder`, newest first."""
    if not folder.is_dir():
        return []
    infos = []
    for path in folder.glob(f"{BACKUP_PREFIX}*.sqlite3"):
        if not path.is_file():
            continue
        if check:
            infos.append(inspect(path))
        else:
            match = _NAME.match(path.name)
            taken = (datetime.strptime(match[1] + match[2], "%Y%m%d%H%M%S").replace(tzinfo=UTC)
                     if match else datetime.fromtimestamp(path.stat().st_mtime, UTC))
            infos.append(BackupInfo(path, taken, match[3] if match else "copy", None))
    return sorted(infos, key=lambda info: (info.taken_at, info.path.name), reverse=True)


def newest_good_backup(folder: Path) -> BackupInfo | None:
    for info in list_backups(folder):
        if info.ok:
            return info
    return None


def set_aside(path: Path, now: datetime) -> Path:
    """Renames a damaged database (and its WAL files) out of the way; never overwrites."""
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 2
    while aside.exists():
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        n += 1
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    return aside


def copy_backup_to(backup: Path, live: Path) -> None:
    """Puts a copy of `backup` at `live`, where no database is (set the old one aside first)."""
    if live.exists():
        raise StorageError(f"{live} is still there; it must be set aside before restoring.")
    source = open_read_only(backup)
    try:
        snapshot(source, live)
    finally:
        source.close()
