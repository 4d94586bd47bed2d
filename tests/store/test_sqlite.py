"""The log's own connection class keeps sqlite-utils' transaction rules, and the migration
set reads sqlite-utils' record of applied migrations the way sqlite-utils does."""

from __future__ import annotations

import sqlite3

import pytest

from leadership_desk.store.migration_set import LazyMigrations
from leadership_desk.store.sqlite import Database


@pytest.fixture
def path(tmp_path):
    return tmp_path / "t.sqlite3"


@pytest.fixture
def db(path):
    database = Database(sqlite3.connect(path))
    database.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER NOT NULL UNIQUE)")
    yield database
    database.close()


def count(path) -> int:
    other = sqlite3.connect(path)  # another connection sees only what was committed
    try:
        return other.execute("SELECT COUNT(*) FROM t").fetchone()[0]
    finally:
        other.close()


def test_a_write_outside_a_transaction_is_committed_at_once(db, path):
    db.execute("INSERT INTO t (v) VALUES (?)", [1])
    assert not db.conn.in_transaction
    assert count(path) == 1


def test_a_failed_write_leaves_no_transaction_open(db, path):
    db.execute("INSERT INTO t (v) VALUES (1)")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t (v) VALUES (1)")
    assert not db.conn.in_transaction
    db.execute("INSERT INTO t (v) VALUES (2)")
    assert count(path) == 2


def test_atomic_keeps_all_or_nothing_and_nested_blocks_are_savepoints(db, path):
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO t (v) VALUES (1)")
        raise RuntimeError
    assert count(path) == 0
    with db.atomic():
        db.execute("INSERT INTO t (v) VALUES (2)")
        with pytest.raises(RuntimeError), db.atomic():
            db.execute("INSERT INTO t (v) VALUES (3)")
            raise RuntimeError
        db.execute("INSERT INTO t (v) VALUES (4)")
        assert count(path) == 0  # nothing visible before the outer block ends
    assert [v for (v,) in db.execute("SELECT v FROM t ORDER BY v")] == [2, 4]
    assert count(path) == 2


def test_the_table_api_shares_the_connection(db, path):
    table = db["t"]
    table.insert({"v": 7})
    assert table.last_pk == 1
    assert count(path) == 1


def test_migrations_read_sqlite_utils_record_and_apply_only_what_is_pending(db):
    ran = []
    ours = LazyMigrations("ours")

    @ours(name="0001_a")
    def first(d):
        ran.append("a")
        d.execute("CREATE TABLE a (x)")

    @ours(name="0002_b")
    def second(d):
        ran.append("b")
        d.execute("CREATE TABLE b (x)")

    assert ours.applied(db) == []  # no record table yet
    assert [m.name for m in ours.pending(db)] == ["0001_a", "0002_b"]
    ours.apply(db)
    assert ran == ["a", "b"]
    # another set's row, written by hand into the same record, is none of ours
    db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
               "VALUES ('other', '0003_c', 'x')")
    assert [m.name for m in ours.applied(db)] == ["0001_a", "0002_b"]
    assert ours.pending(db) == []
    ours.apply(db)
    assert ran == ["a", "b"]  # nothing ran twice
    from sqlite_utils.migrations import Migrations

    theirs = Migrations("ours")
    assert [m.name for m in theirs.applied(db.utils)] == ["0001_a", "0002_b"]
