"""Damaged files are detected without touching them, and a good backup is offered."""

from __future__ import annotations

from pathlib import Path

import pytest

from leadership_desk.errors import DamagedDatabaseError
from leadership_desk.services.backup_service import check_database, recover_database
from leadership_desk.services.container import open_services
from leadership_desk.store.backup import backup_dir, newest_good_backup
from leadership_desk.store.database import open_database
from tests.helpers import log


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def zero_a_page(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.seek(4096 * 2)
        handle.write(b"\0" * 4096)


def break_header(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.write(b"NOT SQLITE HEADER")


def text_file(path: Path) -> None:
    path.write_text("Grade 3 PLC notes\n" * 500)


@pytest.fixture
def backed_up_log(services, clock):
    """A log with a backup, closed, its WAL merged into the file (as after a clean exit)."""
    for hour in range(8, 16):
        log(services, "office-email", f"2026-11-17 {hour:02d}:00", f"2026-11-17 {hour:02d}:30")
    services.backups.backup("manual")
    path = services.path
    services.close()
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.mark.parametrize("damage", [truncate, zero_a_page, break_header, text_file])
def test_damage_is_detected_untouched_and_recovery_offered(backed_up_log, clock, damage):
    path = backed_up_log
    damage(path)
    before = path.read_bytes()
    with pytest.raises(DamagedDatabaseError, match="damaged"):
        open_database(path)
    with pytest.raises(DamagedDatabaseError):
        open_services(path, clock=clock)
    assert path.read_bytes() == before  # not a byte changed
    report = check_database(path)
    assert report.problems and not report.ok
    good = newest_good_backup(backup_dir(path))
    assert good is not None and good.activities == 8

    aside = recover_database(path, good.path, clock.now)
    assert aside.read_bytes() == before  # kept, never overwritten
    reopened = open_services(path, clock=clock)
    try:
        assert reopened.activities.count() == 8
    finally:
        reopened.close()


def test_check_reports_a_damaged_backup(backed_up_log):
    backup = next(backup_dir(backed_up_log).glob("*.sqlite3"))
    zero_a_page(backup)
    report = check_database(backed_up_log)
    assert report.problems == []
    assert not report.ok
    assert not report.backups[0].ok
