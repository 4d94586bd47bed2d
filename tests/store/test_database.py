"""Opening, pragmas, migrations and refusing files that are not ours."""

from __future__ import annotations

import sqlite3

import pytest

from leadership_desk.errors import StorageError
from leadership_desk.store.database import open_database
from leadership_desk.store.migrations import MIGRATIONS


def test_new_database_is_migrated_with_durable_settings(tmp_path):
    db = open_database(tmp_path / "new.sqlite3")
    try:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert [m.name for m in MIGRATIONS.applied(db)] == [m.name for m in MIGRATIONS._migrations]
        assert MIGRATIONS.pending(db) == []
        assert db["categories"].count == 21
    finally:
        db.close()


def test_reopening_applies_nothing_twice(tmp_path):
    path = tmp_path / "again.sqlite3"
    open_database(path).close()
    db = open_database(path)
    try:
        assert db["categories"].count == 21
        assert len(MIGRATIONS.applied(db)) == len(MIGRATIONS._migrations)
    finally:
        db.close()


def test_another_programs_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StorageError, match="another program"):
        open_database(path)
    assert path.read_bytes() == before


def test_only_one_activity_can_run_even_at_the_sql_level(tmp_path):
    db = open_database(tmp_path / "one.sqlite3")
    try:
        insert = ("INSERT INTO activities (category_id, start_utc, end_utc, zone, updated_utc) "
                  "VALUES (1, ?, NULL, 'UTC', 0)")
        db.execute(insert, [100])
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(insert, [200])
    finally:
        db.close()


def test_a_change_takes_the_write_lock_before_it_reads_so_no_writer_slips_in(tmp_path):
    """Without it, a save that read (the overlap check) while an export recorded itself
    failed at once with SQLITE_BUSY_SNAPSHOT instead of waiting its turn."""
    from leadership_desk.store.transaction import transaction

    path = tmp_path / "log.sqlite3"
    db = open_database(path)
    other = sqlite3.connect(path, timeout=0)
    try:
        with transaction(db):
            db.execute("SELECT COUNT(*) FROM settings").fetchone()
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("INSERT INTO settings VALUES ('other', 'x')")
            db.execute("INSERT INTO settings VALUES ('mine', 'x')")
        other.execute("INSERT INTO settings VALUES ('other', 'x')")  # free again
        other.commit()
        keys = {row[0] for row in db.execute("SELECT key FROM settings")}
        assert {"mine", "other"} <= keys
    finally:
        other.close()
        db.close()


def test_a_failed_change_leaves_nothing_and_frees_the_lock(tmp_path):
    from leadership_desk.store.transaction import transaction

    db = open_database(tmp_path / "log.sqlite3")
    try:
        with pytest.raises(StorageError), transaction(db):
            db.execute("INSERT INTO settings VALUES ('half', 'x')")
            db.execute("INSERT INTO settings VALUES ('half', 'again')")  # a unique key broken
        assert not db.conn.in_transaction
        assert db.execute("SELECT COUNT(*) FROM settings WHERE key = 'half'").fetchone()[0] == 0
    finally:
        db.close()


def test_a_backup_finishes_while_another_connection_keeps_saving(tmp_path):
    """The online backup started over on every commit of another connection, so a backup
    taken in the app's worker never ended while the principal kept saving."""
    from leadership_desk.store.backup import inspect, snapshot

    path = tmp_path / "log.sqlite3"
    db = open_database(path)
    db.execute("CREATE TABLE filler (n INTEGER, text TEXT)")
    db.conn.executemany("INSERT INTO filler VALUES (?, ?)",
                        [(n, "x" * 500) for n in range(20_000)])  # some 2,500 pages
    db.conn.commit()
    reader = sqlite3.connect(path)  # the worker's own connection
    calls = []

    def a_save_at_every_step(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) > 200:
            raise AssertionError("the backup keeps starting over")
        db.execute("INSERT INTO filler VALUES (-1, 'a save')")
        db.conn.commit()

    try:
        snapshot(reader, tmp_path / "copy.sqlite3", a_save_at_every_step)
    finally:
        reader.close()
        db.close()
    assert inspect(tmp_path / "copy.sqlite3").ok
