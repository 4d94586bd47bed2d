"""Disk full and read-only files: a plain message, nothing half-saved, earlier saves intact."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import sysconfig
import tempfile
import textwrap
from pathlib import Path

import pytest
from sqlite_utils import Database

import leadership_desk
from leadership_desk.errors import StorageError
from leadership_desk.services.activity_service import ActivityService
from leadership_desk.services.profile_service import ProfileService
from tests.helpers import log


def test_disk_full_is_a_plain_message_and_leaves_nothing_half_saved(services):
    for hour in range(8, 12):
        log(services, "office-email", f"2026-11-17 {hour:02d}:00", f"2026-11-17 {hour:02d}:30")
    db = services.db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")
    long_note = "x" * 4900
    actions, adds = 4, 4
    with pytest.raises(StorageError, match="disk is full"):
        for n in range(200):
            activity = log(services, "travel", f"2026-11-18 {8 + n // 6:02d}:{(n % 6) * 10:02d}",
                           f"2026-11-18 {8 + n // 6:02d}:{(n % 6) * 10 + 5:02d}")
            actions, adds = actions + 1, adds + 1
            services.activities.update(activity.with_changes(note=long_note))
            actions += 1
    # the failing action left no row and no journal entry; every earlier one is there
    assert services.activities.count() == adds
    assert db.execute("SELECT COUNT(*) FROM journal").fetchone()[0] == actions
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_read_only_database_is_a_plain_message(services, db_path, clock):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00")
    conn = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    db = Database(conn, execute_plugins=False)
    try:
        profiles = ProfileService(db, "America/Los_Angeles")
        activities = ActivityService(db, clock, profiles)
        before = activities.get(1)
        with pytest.raises(StorageError, match="read-only"):
            activities.delete(1)
        assert activities.get(1) == before
    finally:
        conn.close()


NON_ROOT_SCRIPT = textwrap.dedent("""
    import sys
    from leadership_desk.errors import StorageError
    from leadership_desk.services.container import open_services
    try:
        open_services(sys.argv[1])
    except StorageError as error:
        print("refused:", error.message)
    else:
        print("opened")
""")


def _as_nobody() -> list[str] | None:
    """A command prefix that runs this project's Python code as the 'nobody' user, or None.

    The interpreter itself may sit in root's private folder; then the system's Python of the
    same version is used with this environment's packages on its path.
    """
    runuser = shutil.which("runuser")
    if runuser is None:
        return None
    site = sysconfig.get_paths()["purelib"]
    source = str(Path(leadership_desk.__file__).resolve().parent.parent)
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    for python in (sys.executable, f"/usr/bin/python{version}",
                   f"/usr/local/bin/python{version}"):
        if not os.path.exists(python):
            continue
        prefix = [runuser, "-u", "nobody", "--", "env", f"PYTHONPATH={site}:{source}", python]
        probe = subprocess.run([*prefix, "-c", "import leadership_desk.services.container"],
                               capture_output=True)
        if probe.returncode == 0:
            return prefix
    return None


def test_read_only_folder_as_a_normal_user(tmp_path, services):
    """Root ignores file permissions, so as root this runs the app as the 'nobody' user."""
    if os.geteuid() != 0:
        prefix = [sys.executable]
    else:
        found = _as_nobody()
        if found is None:
            pytest.skip("running as root, and no Python this project can use runs as the "
                        "'nobody' user, so permissions cannot be tested")
        prefix = found
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00")
    services.close()
    folder = services.path.parent
    os.chmod(folder, 0o755)  # let 'nobody' reach the folder, but not write to it
    for parent in folder.parents:
        if str(parent) in ("/", str(Path(tempfile.gettempdir()))):
            break
        os.chmod(parent, os.stat(parent).st_mode | 0o005)
    os.chmod(services.path, 0o444)
    os.chmod(folder, 0o555)
    try:
        result = subprocess.run([*prefix, "-c", NON_ROOT_SCRIPT, str(services.path)],
                                capture_output=True, text=True, timeout=120)
    finally:
        os.chmod(folder, 0o755)
        os.chmod(services.path, 0o644)
    assert result.stdout.startswith("refused:"), result.stdout + result.stderr
    assert "IT help desk" in result.stdout or "read-only" in result.stdout
    # what was saved before is intact
    from leadership_desk.services.container import open_services

    reopened = open_services(services.path)
    try:
        assert reopened.activities.count() == 1
    finally:
        reopened.close()


def test_an_unreadable_log_is_not_called_damaged(tmp_path):
    from leadership_desk.store.database import unreadable_error

    path = tmp_path / "log.sqlite3"
    assert unreadable_error(path, "database disk image is malformed") is None
    assert unreadable_error(path, "file is not a database") is None
    lost = unreadable_error(path, "disk I/O error")  # this folder has room: a lost drive
    assert lost is not None and "does not look damaged" in lost.message
    assert "disk is full" in unreadable_error(path, "database or disk is full").message


@pytest.fixture
def full_disk(tmp_path):
    """A 1 MB file system of its own (a tmpfs), or a skip where one cannot be mounted."""
    folder = tmp_path / "small-disk"
    folder.mkdir()
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs Linux and root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("this machine cannot mount a small file system")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True)


@pytest.mark.slow
def test_a_full_disk_is_reported_as_full_by_every_command_and_check_does_not_say_damaged(
        full_disk, tmp_path):
    db = full_disk / "log.sqlite3"
    env = {**os.environ, "HOME": str(tmp_path)}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "leadership_desk", *args, "--db", str(db)],
                              capture_output=True, text=True, timeout=120, env=env)

    assert run("log", "--start", "2026-11-17T08:00", "--end", "2026-11-17T09:00",
               "--category", "office-email").returncode == 0
    filler = open(full_disk / "filler", "wb")  # noqa: SIM115 - fills the disk to its last byte
    with contextlib.suppress(OSError):
        while True:
            filler.write(b"\0" * 4096)
            filler.flush()
    with contextlib.suppress(OSError):
        filler.close()
    for args in (("list", "--date", "2026-11-17"), ("log", "--start", "2026-11-17T10:00",
                                                    "--end", "2026-11-17T11:00",
                                                    "--category", "office-email")):
        result = run(*args)
        assert result.returncode == 1
        assert "disk is full" in result.stderr and "damaged" not in result.stderr.replace(
            "not damaged", "")
    check = run("check")
    assert "DAMAGED" not in check.stdout and "disk is full" in check.stdout
    (full_disk / "filler").unlink()
    listed = run("list", "--date", "2026-11-17")
    assert listed.returncode == 0 and "office-email" in listed.stdout  # nothing was lost


def test_an_export_from_a_read_only_log_writes_no_file_it_cannot_record(services, db_path,
                                                                        clock, tmp_path):
    from datetime import date

    from leadership_desk.domain.periods import Period
    from leadership_desk.services.export_service import ExportService

    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00")
    doc = services.exports.build(Period(date(2026, 11, 16), date(2026, 11, 20)))
    conn = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    try:
        read_only = Database(conn, execute_plugins=False)
        exports = ExportService(read_only, clock,
                                ProfileService(read_only, "America/Los_Angeles"))
        out = tmp_path / "summary.json"
        with pytest.raises(StorageError, match="read-only"):
            exports.write(doc, "json", out)
        assert not out.exists()
    finally:
        conn.close()
    assert services.exports.history() == []
