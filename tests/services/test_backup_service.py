"""Backups: daily, on demand, retention, restore round trip, and an empty start."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from leadership_desk.domain.backups import backups_to_keep
from leadership_desk.errors import StorageError
from leadership_desk.services.container import open_services
from leadership_desk.store.backup import list_backups
from tests.conftest import ZONE
from tests.helpers import log


def test_first_start_of_the_day_backs_up_once(services, db_path, clock):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00")
    services.close()
    for _ in range(2):
        s = open_services(db_path, clock=clock, default_zone=ZONE)
        s.close()
    daily = [b for b in list_backups(db_path.parent / "backups") if b.reason == "daily"]
    assert len(daily) == 1 and daily[0].activities == 1
    clock.advance(days=1)
    open_services(db_path, clock=clock, default_zone=ZONE).close()
    assert len(list_backups(db_path.parent / "backups")) == 2


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


def test_prune_removes_old_backups(services, clock):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00")
    for _ in range(40):
        services.backups.backup("daily")
        clock.advance(days=1)
    remaining = services.backups.list()
    assert 7 <= len(remaining) <= 14
    assert all(b.ok for b in remaining)
