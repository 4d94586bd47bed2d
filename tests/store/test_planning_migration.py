"""Migration 0007 on a database of an earlier schema: the planning tables appear empty, the
default categories get their follow-up roles, the imported school keeps working and shows
no data for what version 2 adds."""

from __future__ import annotations

import shutil

from leadership_desk.services.container import open_services
from tests.store.test_migrations import FIXTURES


def test_an_older_database_gains_planning(tmp_path, clock):
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema-0003.sqlite3", path)
    s = open_services(path, clock=clock)
    try:
        assert s.planning.blocks() == [] and s.planning.non_school_days() == []
        roles = {s.categories.get(cid).slug: role for cid, role in s.planning.roles().items()}
        assert roles == {"observation-walkthrough": "observation",
                         "feedback-coaching": "feedback", "teacher-evaluation": "feedback"}
        [row] = s.rollup.rows()
        assert (row.high_leverage_share, row.follow_through, row.planned) == (None, None, None)
    finally:
        s.close()
