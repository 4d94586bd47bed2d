"""Backups: daily, on demand, retention, restore round trip, and an empty start."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta

import pytest

from leadership_desk.domain.backups import backups_to_keep
from leadership_desk.errors import StorageError
from leadership_desk.services.container import open_services
from leadership_desk.store.backup import backup_dir, list_backups
from tests.conftest import ZONE
from tests.helpers import log


def test_first_start_of_the_day_backs_up_once(services, db_path, clock):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00")
    services.close()
    for _ in range(2):
        s = open_services(db_path, clock=clock, default_zone=ZONE)
        s.close()
    daily = [b for b in list_backups(backup_dir(db_path)) if b.reason == "daily"]
    assert len(daily) == 1 and daily[0].activities == 1
    clock.advance(days=1)
    open_services(db_path, clock=clock, default_zone=ZONE).close()
    assert len(list_backups(backup_dir(db_path))) == 2


def test_a_reader_never_takes_the_daily_backup(services, db_path, clock):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00")
    services.close()
    clock.advance(days=1)
    open_services(db_path, clock=clock, default_zone=ZONE, write=False).close()  # `list`
    assert [b.taken_at.date() for b in list_backups(backup_dir(db_path))
            if b.reason == "daily"] == []
    open_services(db_path, clock=clock, default_zone=ZONE).close()  # `log`, or the app
    assert len(list_backups(backup_dir(db_path))) == 1


def test_restore_round_trip_and_its_own_safety_copy(services):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00", "Kept")
    backup = services.backups.backup("manual")
    log(services, "travel", "2026-11-17 10:00", "2026-11-17 11:00", "After the backup")
    before = services.backups.restore(backup.path)
    titles = [a.title for a in services.activities.on_day(services.reports.today())]
    assert titles == ["Kept"]
    assert before.activities == 2 and before.reason == "before-restore"
    # the log keeps working after a restore
    log(services, "travel", "2026-11-17 12:00", "2026-11-17 13:00")
    services.backups.restore(before.path)
    assert services.activities.count() == 2


def test_out_file_is_never_overwritten(services, tmp_path):
    out = tmp_path / "usb" / "copy.sqlite3"
    services.backups.backup(out=out)
    with pytest.raises(StorageError, match="already exists"):
        services.backups.backup(out=out)


def test_a_file_that_is_not_a_backup_cannot_be_restored(services, tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("hello")
    with pytest.raises(StorageError, match="cannot be restored"):
        services.backups.restore(junk)


def test_retention_keeps_recent_days_and_weeks():
    now = datetime(2026, 11, 17, 8, tzinfo=UTC)
    taken = [now - timedelta(days=d, hours=h) for d in range(60) for h in (0, 5)]
    keep = backups_to_keep((t, t) for t in taken)
    recent = {t for t in taken if now - t <= timedelta(days=2)}
    assert recent <= keep
    days = {t.date() for t in keep}
    assert len(days) >= 7
    assert min(keep) >= now - timedelta(weeks=5)
    assert len(keep) <= len(recent) + 7 + 4


def test_retention_keeps_exactly_the_last_two_days_7_days_and_4_weeks():
    # one backup a day at 08:00 UTC for 60 days, the newest on Tuesday 2026-11-17
    newest = datetime(2026, 11, 17, 8, tzinfo=UTC)
    taken = [newest - timedelta(days=d) for d in range(60)]
    keep = backups_to_keep((t, t) for t in taken)
    assert sorted(t.date().isoformat() for t in keep) == [
        "2026-11-01",  # the newest of the week of Oct 26 (4th week back)
        "2026-11-08",  # the newest of the week of Nov 2 (3rd week back)
        # the 7 most recent days (the last two days among them; the weeks of Nov 9 and
        # Nov 16 have their newest here too)
        "2026-11-11", "2026-11-12", "2026-11-13", "2026-11-14", "2026-11-15", "2026-11-16",
        "2026-11-17"]


def test_retention_keeps_every_backup_of_the_last_two_days():
    newest = datetime(2026, 11, 17, 8, tzinfo=UTC)
    taken = [newest - timedelta(hours=h) for h in range(0, 24 * 4, 6)]
    keep = backups_to_keep((t, t) for t in taken)
    # every 6 hours back to exactly two days, then the newest of Nov 14 and Nov 13
    assert sorted(keep, reverse=True) == [
        *(newest - timedelta(hours=h) for h in range(0, 49, 6)),
        datetime(2026, 11, 14, 20, tzinfo=UTC), datetime(2026, 11, 13, 20, tzinfo=UTC)]


def test_prune_removes_old_backups(services, clock):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00")
    for _ in range(40):
        services.backups.backup("daily")
        clock.advance(days=1)
    remaining = services.backups.list()
    # the last backup on Saturday 2026-12-26: its 7 days, and the newest of the 3 weeks before
    assert sorted(b.taken_at.date().isoformat() for b in remaining) == [
        "2026-12-06", "2026-12-13", "2026-12-20", "2026-12-21", "2026-12-22", "2026-12-23",
        "2026-12-24", "2026-12-25", "2026-12-26"]
    assert all(b.ok for b in remaining)


def test_prune_removes_what_killed_copies_left_behind(services):
    folder = services.backups.folder
    folder.mkdir(parents=True, exist_ok=True)
    dead = ".leadership-desk-20261117-180000-daily.sqlite3.999999999.partial"
    own = f".leadership-desk-20261117-180000-manual.sqlite3.{os.getpid()}.partial"
    for name in (dead, dead + "-journal", dead + "-wal", dead + "-shm", own, own + "-journal"):
        (folder / name).write_bytes(b"x")
    services.backups.prune()
    assert sorted(p.name for p in folder.glob(".*")) == sorted([own, own + "-journal"])


def test_a_new_copy_clears_stale_leftovers_of_killed_ones_beside_it(tmp_path):
    from leadership_desk.store.backup import write_file

    out = tmp_path / "summary.pdf"
    stale = tmp_path / ".summary.pdf.999999999.partial-journal"
    fresh = tmp_path / ".summary.pdf.999999998.partial"  # perhaps being written right now
    other = tmp_path / ".roll-up.pdf.999999999.partial"
    for leftover in (stale, fresh, other):
        leftover.write_bytes(b"x")
    hours_ago = time.time() - 2 * 3600
    os.utime(stale, (hours_ago, hours_ago))
    os.utime(other, (hours_ago, hours_ago))
    write_file(out, b"%PDF")
    assert out.read_bytes() == b"%PDF"
    assert not stale.exists() and fresh.exists() and other.exists()
