"""Each log has its own backups folder: two logs in one folder never share, check or restore
each other's backups; backups made before are moved, none lost."""

from __future__ import annotations

import shutil

from leadership_desk.__main__ import main
from leadership_desk.paths import default_db_path
from leadership_desk.services.backup_service import (
    check_database,
    newest_good_backup_of,
    own_backup_dir,
)
from leadership_desk.services.container import open_services
from leadership_desk.store.backup import adopt_shared_backups, backup_dir, list_backups
from tests.conftest import ZONE
from tests.helpers import log


def two_logs(folder, clock):
    """Two logs side by side, each with a backup: one activity in a, two in b."""
    for name, count in (("a.sqlite3", 1), ("b.sqlite3", 2)):
        s = open_services(folder / name, clock=clock, default_zone=ZONE, daily_backup=False)
        for n in range(count):
            log(s, "office-email", f"2026-11-1{n} 08:00", f"2026-11-1{n} 09:00")
        s.backups.backup("manual")
        s.close()
    return folder / "a.sqlite3", folder / "b.sqlite3"


def test_two_logs_in_one_folder_keep_their_backups_apart(tmp_path, clock):
    a, b = two_logs(tmp_path, clock)
    assert backup_dir(a) == tmp_path / "backups" / "a.sqlite3"
    assert [info.activities for info in check_database(a).backups] == [1]
    assert [info.activities for info in check_database(b).backups] == [2]
    assert newest_good_backup_of(a).activities == 1
    s = open_services(b, clock=clock, default_zone=ZONE, daily_backup=False)
    try:
        assert [info.activities for info in s.backups.list()] == [2]  # what Restore lists
        s.backups.prune()  # pruning one log's backups never touches the other's
    finally:
        s.close()
    assert len(list_backups(backup_dir(a))) == 1


def test_check_names_only_the_log_s_own_backup_to_restore(tmp_path, clock, capsys):
    a, _b = two_logs(tmp_path, clock)
    a.write_bytes(b"this is no longer a database" * 200)
    code = main(["check", "--db", str(a)])
    out = capsys.readouterr().out
    assert code == 1
    (own,) = list_backups(backup_dir(a))
    assert f"To recover: leadership-desk restore {own.path}" in out
    assert "b.sqlite3" not in out


def test_the_default_log_takes_the_backups_made_before_none_lost(tmp_path, clock):
    path = default_db_path()
    s = open_services(path, clock=clock, default_zone=ZONE, daily_backup=False)
    log(s, "office-email", "2026-11-16 08:00", "2026-11-16 09:00")
    made = [s.backups.backup("manual").path for _ in range(2)]
    s.close()
    # as an older version left them: in the shared folder, one name taken in both places
    shared = path.parent / "backups"
    for backup in made:
        shutil.move(backup, shared / backup.name)
    shutil.copy(shared / made[0].name, made[0])
    (path.parent / "other.sqlite3").write_bytes(b"")  # the default log adopts them anyway
    assert own_backup_dir(path) == backup_dir(path)
    names = sorted(p.name for p in backup_dir(path).iterdir())
    # the two made in one second are ...-manual and ...-manual-2; the old ...-manual finds
    # both names taken and becomes ...-manual-3
    assert [made[0].name, made[1].name] == [f"leadership-desk-20261117-180000-manual{n}"
                                            f".sqlite3" for n in ("", "-2")]
    assert names == [f"leadership-desk-20261117-180000-manual{n}.sqlite3"
                     for n in ("-2", "-3", "")]
    assert [p for p in shared.iterdir() if p.is_file()] == []
    assert len(list_backups(backup_dir(path))) == 3 and all(
        info.ok for info in list_backups(backup_dir(path)))


def test_backups_of_unknown_logs_stay_where_they_are(tmp_path, clock):
    a, b = two_logs(tmp_path, clock)
    shared = tmp_path / "backups"
    (old,) = list_backups(backup_dir(a))
    shutil.move(old.path, shared / old.path.name)
    # two logs in the folder, neither the default: whose it was cannot be told
    assert adopt_shared_backups(a, default_log=False) == []
    assert (shared / old.path.name).exists()
    b.unlink()
    shutil.rmtree(backup_dir(b))
    # the only log left in the folder: they can only be its own
    (moved,) = adopt_shared_backups(a, default_log=False)
    assert moved == backup_dir(a) / old.path.name


def test_a_copy_named_like_a_backup_keeps_its_own_folder(clock):
    # the app names a local copy of a log kept elsewhere leadership-desk-2.sqlite3, beside
    # the default log; its backups folder then looks like a backup's name
    default = default_db_path()
    copy = default.with_name("leadership-desk-2.sqlite3")
    for path in (copy, default):
        s = open_services(path, clock=clock, default_zone=ZONE, daily_backup=False)
        log(s, "office-email", "2026-11-16 08:00", "2026-11-16 09:00")
        s.backups.backup("manual")
        s.close()
    assert backup_dir(copy).is_dir() and len(list_backups(backup_dir(copy))) == 1
    assert len(list_backups(backup_dir(default))) == 1
