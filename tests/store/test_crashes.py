"""Tests that do the damage with real processes: kill -9, two writers, backups under load."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from leadership_desk.errors import DatabaseInUseError
from leadership_desk.services.container import open_services
from leadership_desk.store.backup import backup_dir, inspect, list_backups

pytestmark = pytest.mark.slow

SAVER = textwrap.dedent("""
    import sys
    from datetime import UTC, datetime, timedelta
    from leadership_desk.domain.activities import Activity
    from leadership_desk.services.container import open_services
    s = open_services(sys.argv[1], daily_backup=False, default_zone="UTC")
    category = s.categories.by_slug("office-email").id
    base = datetime(2030, 1, 1, tzinfo=UTC) + timedelta(days=int(sys.argv[2]))
    print("ready", flush=True)
    for n in range(1_000_000):
        start = base + timedelta(minutes=n)
        saved = s.activities.add(Activity(category_id=category, start=start,
                                          end=start + timedelta(seconds=30), zone="UTC"))
        print(saved.id, flush=True)  # acknowledged: the commit has returned
""")


def start_saver(db: Path, round_number: int) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-c", SAVER, str(db), str(round_number * 1000)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "ready", process.stderr.read()
    return process


def test_kill_during_saves_loses_no_acknowledged_save(tmp_path):
    db = tmp_path / "killed.sqlite3"
    rng = random.Random(5)
    acknowledged: set[int] = set()
    for round_number in range(8):
        process = start_saver(db, round_number)
        for _ in range(rng.randrange(5, 80)):
            acknowledged.add(int(process.stdout.readline()))
        process.send_signal(signal.SIGKILL)
        rest, _ = process.communicate()
        acknowledged.update(int(line) for line in rest.split())
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            present = {row[0] for row in conn.execute("SELECT id FROM activities")}
        finally:
            conn.close()
        assert acknowledged <= present
    assert len(acknowledged) > 40


def test_second_writer_is_refused_and_a_killed_writers_lock_is_recovered(tmp_path, clock):
    db = tmp_path / "shared.sqlite3"
    first = start_saver(db, 0)
    try:
        with pytest.raises(DatabaseInUseError, match="already open"):
            open_services(db, clock=clock)
        result = subprocess.run(
            [sys.executable, "-m", "leadership_desk", "log", "--db", str(db), "--start",
             "2026-11-17T08:00", "--end", "2026-11-17T09:00", "--category", "travel"],
            capture_output=True, text=True, timeout=120)
        assert result.returncode == 1 and "already open" in result.stderr
        acknowledged = {int(first.stdout.readline()) for _ in range(5)}
        reader = open_services(db, clock=clock, write=False)  # reading is still allowed
        try:
            assert not reader.writable
            present = {row[0] for row in reader.db.execute("SELECT id FROM activities")}
            assert acknowledged <= present  # the reader sees every save acknowledged so far
        finally:
            reader.close()
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate()
    after = open_services(db, clock=clock)  # the lock died with the process
    try:
        assert after.writable
    finally:
        after.close()


def test_backups_taken_while_saves_go_on_are_consistent(tmp_path, clock):
    db = tmp_path / "busy.sqlite3"
    saver = start_saver(db, 0)
    try:
        for _ in range(20):
            saver.stdout.readline()
        reader = open_services(db, clock=clock, write=False)
        counts = []
        try:
            for n in range(5):
                info = reader.backups.backup(out=tmp_path / f"copy-{n}.sqlite3")
                assert info.ok, info.problem
                counts.append(info.activities)
                for _ in range(10):
                    saver.stdout.readline()
        finally:
            reader.close()
    finally:
        saver.send_signal(signal.SIGKILL)
        saver.communicate()
    assert counts == sorted(counts) and counts[-1] > counts[0]


KILLED_BACKUP = textwrap.dedent("""
    import sys, time
    from leadership_desk.services.container import open_services
    s = open_services(sys.argv[1], daily_backup=False)
    def progress(done, total):
        print("step", done, total, flush=True)
        time.sleep(0.5)
    s.backups.backup("manual", progress=progress)
    print("finished", flush=True)
""")


def test_a_kill_during_a_backup_leaves_no_file_under_the_final_name(tmp_path):
    db = tmp_path / "big.sqlite3"
    subprocess.run([sys.executable, "-m", "leadership_desk", "demo", "--db", str(db),
                    "--days", "800"], check=True, capture_output=True, timeout=300)
    process = subprocess.Popen([sys.executable, "-c", KILLED_BACKUP, str(db)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    assert line.startswith("step"), process.stderr.read()
    os.kill(process.pid, signal.SIGKILL)
    process.communicate()
    folder = backup_dir(db)
    assert list_backups(folder) == []
    leftovers = [p.name for p in folder.iterdir()]
    assert all(name.endswith(".partial") for name in leftovers)
    # the next backup is whole, and clears what the killed one left
    s = open_services(db, daily_backup=False)
    try:
        assert inspect(s.backups.backup("manual").path).ok
    finally:
        s.close()
    assert not list(folder.glob("*.partial*"))  # -journal, -wal and -shm included
