"""The computer's time zone is looked up only for a log that has none saved."""

from __future__ import annotations

import tzlocal

from leadership_desk.services.container import open_services


def test_a_log_without_a_zone_takes_the_computers_once(tmp_path, clock, monkeypatch):
    asked = []

    def zone():
        asked.append(1)
        return "Pacific/Auckland"

    monkeypatch.setattr(tzlocal, "get_localzone_name", zone)
    s = open_services(tmp_path / "new.sqlite3", clock=clock)
    try:
        assert asked == []  # opening alone does not ask
        assert s.profiles.profile().timezone == "Pacific/Auckland"
        assert s.profiles.profile().timezone == "Pacific/Auckland"
        assert asked == [1]
    finally:
        s.close()


def test_a_saved_zone_never_asks_the_computer(tmp_path, clock, monkeypatch):
    path = tmp_path / "log.sqlite3"
    s = open_services(path, clock=clock, default_zone="America/Denver")
    s.profiles.set("timezone", "Europe/Paris")
    s.close()
    asked = []
    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: asked.append(1) or "UTC")
    s = open_services(path, clock=clock)
    try:
        assert s.profiles.profile().timezone == "Europe/Paris"
        assert asked == []
    finally:
        s.close()
