"""One writer at a time: who holds the log is named, and a command waits its turn."""

from __future__ import annotations

import threading

import pytest

from leadership_desk.errors import DatabaseInUseError
from leadership_desk.services.container import open_services
from leadership_desk.store.lock import WriterLock


def test_the_refusal_names_the_command_that_holds_the_log(tmp_path, clock):
    path = tmp_path / "log.sqlite3"
    held = open_services(path, clock=clock, holder="the command `leadership-desk import`")
    try:
        with pytest.raises(DatabaseInUseError, match="`leadership-desk import` has been using"):
            open_services(path, clock=clock)
    finally:
        held.close()
    app = open_services(path, clock=clock)  # the app's own words when it holds the log
    try:
        with pytest.raises(DatabaseInUseError, match="already open in the Leadership Desk app"):
            open_services(path, clock=clock, holder="the command `leadership-desk log`")
    finally:
        app.close()


def test_a_command_waits_for_a_lock_held_a_moment(tmp_path):
    path = tmp_path / "log.sqlite3"
    taken, done = threading.Event(), threading.Event()

    def another_command() -> None:
        other = WriterLock(path, "the command `leadership-desk log`")
        other.acquire()
        taken.set()
        done.wait(0.3)  # a moment's work; released while the second one waits
        other.release()

    thread = threading.Thread(target=another_command)
    thread.start()
    try:
        assert taken.wait(30)
        mine = WriterLock(path, "the command `leadership-desk import`")
        mine.acquire(wait=30)  # refused at once before; now it waits its turn
        assert mine.held
        mine.release()
    finally:
        done.set()
        thread.join()


def test_without_waiting_a_held_lock_is_refused_at_once(tmp_path):
    path = tmp_path / "log.sqlite3"
    other = WriterLock(path, "the command `leadership-desk log`")
    other.acquire()
    try:
        with pytest.raises(DatabaseInUseError):
            WriterLock(path).acquire(wait=0)
    finally:
        other.release()
