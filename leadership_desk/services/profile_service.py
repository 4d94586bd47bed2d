"""Reads and changes the principal's profile and preferences."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from leadership_desk.domain.activities import check_zone
from leadership_desk.domain.periods import MonthDay
from leadership_desk.domain.profile import CONFIG_KEYS, Profile, parse_goal
from leadership_desk.domain.reminders import ReminderSettings
from leadership_desk.domain.roles import Role
from leadership_desk.errors import ValidationError
from leadership_desk.store.rows import from_epoch, to_epoch
from leadership_desk.store.settings_repository import SettingsRepository
from leadership_desk.store.sqlite import Database
from leadership_desk.store.transaction import transaction

_UNSET = object()


class ProfileService:
    """The profile (name, school, zone, goal, school year) and small preferences."""

    def __init__(self, db: Database, default_zone: str | Callable[[], str] = "UTC") -> None:
        self._db = db
        self._settings = SettingsRepository(db)
        # a function is asked only when no zone is saved: the computer's zone takes ~9 ms
        self._default_zone = default_zone

    def _fallback_zone(self) -> str:
        if callable(self._default_zone):
            self._default_zone = self._default_zone()
        return self._default_zone

    def profile(self) -> Profile:
        s = self._settings
        zone = s.get("timezone", _UNSET)
        return Profile(
            name=s.get("name", ""),
            school=s.get("school", ""),
            school_id=s.get("school_id", ""),
            timezone=self._fallback_zone() if zone is _UNSET else zone,
            goal_share=s.get("goal_share", 0.75),
            year_start=MonthDay.parse(s.get("year_start", "07-01")),
            stepped_goal_start=s.get("stepped_goal_start", None),
            stepped_goal_months=s.get("stepped_goal_months", 5),
            role=Role.parse(s.get("role", "principal")),
            network=s.get("network", ""),
        )

    def save(self, profile: Profile) -> None:
        """Saves the profile's settings; the role changes only through RoleService, which
        also changes the categories."""
        with transaction(self._db):
            for key in CONFIG_KEYS:
                value = getattr(profile, key)
                self._settings.set(key, str(value) if key == "year_start" else value)

    def get(self, key: str) -> str:
        """One setting as text, for `config get`."""
        self._check_key(key)
        value = getattr(self.profile(), key)
        if key == "goal_share":
            return f"{value:g}"
        if key == "stepped_goal_start":
            return "off" if value is None else f"{value:g}"
        return str(value)

    def set(self, key: str, text: str) -> Profile:
        """Changes one setting from text (as typed on the command line); returns the profile."""
        self._check_key(key)
        converted: object
        if key == "goal_share":
            converted = parse_goal(text)
        elif key == "stepped_goal_start":
            off = text.strip().lower() in ("", "off", "none", "flat")
            converted = None if off else parse_goal(text)
        elif key == "stepped_goal_months":
            if not text.strip().isdigit():
                raise ValidationError(f"'{text}' is not a number of months like 5.")
            converted = int(text)
        elif key == "year_start":
            converted = MonthDay.parse(text)
        elif key == "timezone":
            check_zone(text)
            converted = text
        else:
            converted = text.strip()
        profile = replace(self.profile(), **{key: converted})
        self.save(profile)
        return profile

    @staticmethod
    def _check_key(key: str) -> None:
        if key not in CONFIG_KEYS:
            raise ValidationError(
                f"'{key}' is not a setting; the settings are {', '.join(CONFIG_KEYS)}."
            )

    def is_set_up(self) -> bool:
        """Whether the first-run form has been completed."""
        return bool(self._settings.get("set_up", False))

    def complete_setup(self, profile: Profile) -> None:
        with transaction(self._db):
            self.save(profile)
            self._settings.set("set_up", True)

    def reminder_settings(self) -> ReminderSettings:
        return ReminderSettings.from_json(self._settings.get("reminders"))

    def save_reminder_settings(self, settings: ReminderSettings) -> None:
        with transaction(self._db):
            self._settings.set("reminders", settings.to_json())

    def flag(self, name: str) -> bool:
        """A small yes/no preference (such as 'the tray was explained')."""
        return bool(self._settings.get(f"flag.{name}", False))

    def set_flag(self, name: str, value: bool = True) -> None:
        with transaction(self._db):
            self._settings.set(f"flag.{name}", bool(value))

    def last_seen(self) -> datetime | None:
        value = self._settings.get("last_seen_utc")
        return None if value is None else from_epoch(value)

    def mark_seen(self, instant: datetime) -> None:
        """Records that the app was alive at `instant` (for a timer left running by a crash)."""
        with transaction(self._db):
            self._settings.set("last_seen_utc", to_epoch(instant))
