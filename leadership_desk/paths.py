"""The one place that knows where the database, backups, logs and caches live."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

from leadership_desk import APP_NAME

DB_ENV = "LEADERSHIP_DESK_DB"
DB_FILENAME = "leadership-desk.sqlite3"


def _dirs() -> PlatformDirs:
    # roaming=False: on Windows the live database stays in AppData\Local, never in a
    # roaming profile that is copied across the network at log-on.
    return PlatformDirs(appname=APP_NAME, appauthor=False, roaming=False)


def data_dir() -> Path:
    """Per-user local (not roaming, not synced) folder for the live database."""
    return Path(_dirs().user_data_dir)


def log_dir() -> Path:
    """Per-user folder for the app's log file."""
    return Path(_dirs().user_log_dir)


def cache_dir() -> Path:
    """Per-user cache folder (charting font cache and the like)."""
    return Path(_dirs().user_cache_dir)


def default_db_path() -> Path:
    """The database the app and the command line use when none is named."""
    return data_dir() / DB_FILENAME


def resolve_db_path(explicit: str | os.PathLike | None) -> Path:
    """--db wins, then the LEADERSHIP_DESK_DB environment variable, then the default."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DB_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return default_db_path()
