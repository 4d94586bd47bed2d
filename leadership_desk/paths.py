"""The one place that knows where the database, backups, logs and caches live."""

from __future__ import annotations

import contextlib
import os
import sys
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


# Folder names of the sync clients districts use; a live SQLite file inside them can be
# copied half-written to the cloud, or replaced under the app by another computer's copy.
_SYNCED_FOLDERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "box": "Box",
    "box sync": "Box",
    "nextcloud": "Nextcloud",
}
_NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p",
                        "fuse.rclone", "davfs", "fuse.davfs2", "afpfs"}


def _linux_mounts() -> list[tuple[str, str]]:
    try:
        with open("/proc/mounts", encoding="utf-8") as handle:
            return [(line.split()[1], line.split()[2]) for line in handle if line.strip()]
    except OSError:
        return []


def _windows_remote_drive(path: Path) -> bool:
    import ctypes

    drive = path.drive
    if not drive:
        return False
    drive_remote = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote


def location_risk(
    path: str | os.PathLike, mounts: list[tuple[str, str]] | None = None
) -> str | None:
    """Why `path` is no place for the live database (a synced or network folder), or None."""
    target = Path(path).expanduser().absolute()
    text = str(target)
    # as typed too: on macOS and Linux a UNC path is not absolute and would be put under
    # the current folder
    if text.startswith(("\\\\", "//")) or os.fspath(path).startswith(("\\\\", "//")):
        return "a network share"
    for part in target.parts[:-1]:
        name = part.lower()
        for prefix, service in _SYNCED_FOLDERS.items():
            if name == prefix or name.startswith((prefix + " ", prefix + "-", prefix + " (")):
                return f"a folder synced by {service}"
        if name == "cloudstorage":
            return "a cloud-synced folder"
    if os.name == "nt":
        with contextlib.suppress(OSError, AttributeError):
            if _windows_remote_drive(target):
                return "a network drive"
    elif mounts is not None or os.path.exists("/proc/mounts"):
        best = ("", "")
        for mount_point, fs_type in mounts if mounts is not None else _linux_mounts():
            inside = text == mount_point or text.startswith(mount_point.rstrip("/") + "/")
            if inside and len(mount_point) > len(best[0]):
                best = (mount_point, fs_type)
        if best[1] in _NETWORK_FILESYSTEMS:
            return "a network drive"
    return None


def local_copy_path(name: str) -> Path:
    """A free file name in the local data folder for a copy of a database kept elsewhere."""
    folder = data_dir()
    candidate = folder / name
    n = 2
    while candidate.exists():
        candidate = folder / f"{Path(name).stem}-{n}{Path(name).suffix}"
        n += 1
    return candidate


def use_matplotlib_cache() -> None:
    """Points matplotlib's font cache at a lasting per-user folder.

    The frozen app's start-up hook points it at a new temporary folder, where the font
    cache would be rebuilt on every start; that choice is replaced. A folder set by the
    user (MPLCONFIGDIR) is kept when running from source.
    """
    if getattr(sys, "frozen", False) or "MPLCONFIGDIR" not in os.environ:
        folder = cache_dir() / "matplotlib"
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
            os.environ["MPLCONFIGDIR"] = str(folder)
