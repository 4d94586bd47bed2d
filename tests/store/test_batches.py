"""Writing many imports quickly: transactions made durable together, days' JSON written
directly."""

from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leadership_desk.store.database import open_database
from leadership_desk.store.school_repository import _object_json
from leadership_desk.store.transaction import durable_together, transaction


def synchronous(db) -> int:
    return db.execute("PRAGMA synchronous").fetchone()[0]


def test_a_batch_commits_each_transaction_and_ends_durable_again(tmp_path):
    path = tmp_path / "log.sqlite3"
    db = open_database(path)
    try:
        with durable_together(db):
            assert synchronous(db) == 1  # NORMAL: a commit does not wait for the disk
            for n in range(3):
                with transaction(db):
                    db.execute("INSERT INTO settings (key, value) VALUES (?, ?)",
                               [f"k{n}", "v"])
                # each one is committed on its own: another connection sees it at once
                other = sqlite3.connect(path)
                assert other.execute("SELECT COUNT(*) FROM settings WHERE key LIKE 'k%'"
                                     ).fetchone()[0] == n + 1
                other.close()
        assert synchronous(db) == 2  # FULL again for every later save
    finally:
        db.close()


def test_a_batch_that_fails_still_ends_durable(tmp_path):
    db = open_database(tmp_path / "log.sqlite3")
    try:
        with pytest.raises(RuntimeError), durable_together(db):
            raise RuntimeError("an import went wrong")
        assert synchronous(db) == 2
    finally:
        db.close()


plain_values = (st.integers(-10**6, 10**6) | st.floats(allow_nan=False) | st.booleans()
                | st.none())


@settings(max_examples=300)
@given(st.dictionaries(st.text(max_size=12), plain_values, max_size=14))
def test_a_days_categories_are_written_as_json_dumps_writes_them(minutes):
    assert _object_json(minutes) == json.dumps(minutes)
    assert json.loads(_object_json(minutes)) == json.loads(json.dumps(minutes))
