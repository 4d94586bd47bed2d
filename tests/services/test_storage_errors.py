"""Disk full and read-only files: a plain message, nothing half-saved, earlier saves intact."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from sqlite_utils import Database

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


def test_read_only_folder_as_a_normal_user(tmp_path, services):
    """Root ignores file permissions, so this runs the app as the 'nobody' user."""
    if os.geteuid() != 0:
        user_args: list[str] = []
    else:
        runuser = shutil.which("runuser")
        probe = subprocess.run([runuser or "runuser", "-u", "nobody", "--", sys.executable,
                                "-c", "import leadership_desk"], capture_output=True)
        if runuser is None or probe.returncode != 0:
            pytest.skip("running as root, and the 'nobody' user cannot run this Python "
                        "(its folder is private to root), so permissions cannot be tested")
        user_args = [runuser, "-u", "nobody", "--"]
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00")
    services.close()
    folder = services.path.parent
    os.chmod(services.path, 0o444)
    os.chmod(folder, 0o555)
    try:
        result = subprocess.run([*user_args, sys.executable, "-c", NON_ROOT_SCRIPT,
                                 str(services.path)], capture_output=True, text=True,
                                timeout=120)
    finally:
        os.chmod(folder, 0o755)
        os.chmod(services.path, 0o644)
    assert result.stdout.startswith("refused:"), result.stdout + result.stderr
