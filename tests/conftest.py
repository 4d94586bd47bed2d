"""Shared fixtures: every test gets a fresh database file and a controllable clock."""

from __future__ import annotations

import os

# Tests never need a display; set before Qt is imported anywhere.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import settings

from leadership_desk.domain.profile import Profile
from leadership_desk.services.container import Services, open_services

# Hypothesis's per-example deadline is a timed assertion in disguise: on a shared, busy
# machine a slow example fails the run although nothing is wrong. Speed is measured in
# benchmarks/, never in tests.
settings.register_profile("no-deadline", deadline=None)
settings.load_profile("no-deadline")

ZONE = "America/Los_Angeles"


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keeps QSettings, logs and the default database out of the real user profile."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.delenv("LEADERSHIP_DESK_DB", raising=False)


@pytest.fixture
def clock() -> FakeClock:
    # Tuesday 2026-11-17, 10:00 in Los Angeles
    return FakeClock(datetime(2026, 11, 17, 18, 0, tzinfo=UTC))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def services(db_path: Path, clock: FakeClock) -> Iterator[Services]:
    s = open_services(db_path, clock=clock, default_zone=ZONE)
    s.profiles.complete_setup(Profile(name="Pat Lee", school="Lincoln Elementary", timezone=ZONE))
    yield s
    s.close()
