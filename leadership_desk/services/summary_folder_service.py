"""Summaries through a shared folder: a principal's send-to folder (on demand and every
Friday afternoon) and the folder an IAS's copy imports new or changed summaries from."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from leadership_desk.domain.periods import Period
from leadership_desk.domain.summary_folders import FolderSettings, summary_name, weekly_due
from leadership_desk.errors import ValidationError
from leadership_desk.services.export_service import ExportRecord, ExportService
from leadership_desk.services.import_service import (
    REJECTED,
    ImportResult,
    ImportService,
    summary_files,
)
from leadership_desk.services.profile_service import ProfileService
from leadership_desk.store.folder_repository import FolderFileRepository
from leadership_desk.store.settings_repository import SettingsRepository
from leadership_desk.store.sqlite import Database
from leadership_desk.store.transaction import transaction

# `config get/set` names for the settings here
CONFIG_KEYS = ("send_to_folder", "send_weekly", "watched_folder")
_ON, _OFF = ("on", "yes", "true", "1"), ("off", "no", "false", "0", "")


class SummaryFolderService:
    """Reads and changes the folder settings, sends summaries and reads the watched folder."""

    def __init__(self, db: Database, path: Path, clock: Callable[[], datetime],
                 profiles: ProfileService, exports: ExportService,
                 imports: ImportService) -> None:
        self._db = db
        self._path = path
        self._clock = clock
        self._profiles = profiles
        self._exports = exports
        self._imports = imports
        self._settings = SettingsRepository(db)
        self._files = FolderFileRepository(db)

    # settings

    def settings(self) -> FolderSettings:
        return FolderSettings(self._settings.get("send_to_folder"),
                              bool(self._settings.get("send_weekly", False)),
                              self._settings.get("watched_folder"))

    def save(self, settings: FolderSettings) -> FolderSettings:
        """Checks and saves all three; a folder must exist, and the send-to folder must not
        be the one the live log is in (the log never lives in a shared folder)."""
        send_to = self._folder(settings.send_to, "send-to folder")
        watched = self._folder(settings.watched, "folder to import from")
        if send_to is not None and Path(send_to).resolve() == self._path.parent.resolve():
            raise ValidationError("That is the folder your live log is in; choose the shared "
                                  "or synced folder your district gave you for summaries.")
        if settings.weekly and send_to is None:
            raise ValidationError("Choose a send-to folder first, then the weekly summary "
                                  "can go there on its own.")
        saved = FolderSettings(send_to, settings.weekly, watched)
        with transaction(self._db):
            self._settings.set("send_to_folder", saved.send_to)
            self._settings.set("send_weekly", saved.weekly)
            self._settings.set("watched_folder", saved.watched)
        return saved

    @staticmethod
    def _folder(text: str | None, what: str) -> str | None:
        if text is None or not text.strip():
            return None
        folder = Path(text.strip()).expanduser()
        if not folder.is_dir():
            raise ValidationError(f"The {what} {folder} does not exist or is not a folder.")
        return str(folder.absolute())

    def get(self, key: str) -> str:
        """One setting as text, for `config get` (off when not set)."""
        value = {"send_to_folder": self.settings().send_to,
                 "send_weekly": "on" if self.settings().weekly else "off",
                 "watched_folder": self.settings().watched}[key]
        return value or "off"

    def set(self, key: str, text: str) -> FolderSettings:
        """Changes one setting from text, for `config set` (off clears a folder)."""
        current = self.settings()
        if key == "send_weekly":
            word = text.strip().lower()
            if word not in _ON + _OFF:
                raise ValidationError(f"'{text}' is not on or off.")
            return self.save(replace(current, weekly=word in _ON))
        folder = None if text.strip().lower() in _OFF else text
        field = {"send_to_folder": "send_to", "watched_folder": "watched"}[key]
        return self.save(replace(current, **{field: folder}))

    # the principal's side

    def target(self, doc: dict[str, Any]) -> Path | None:
        """Where the summary file of `doc` goes in the send-to folder (None: no folder set)."""
        send_to = self.settings().send_to
        if send_to is None:
            return None
        period = doc["period"]
        return Path(send_to) / summary_name(doc["school"]["id"],
                                            date.fromisoformat(period["from"]),
                                            date.fromisoformat(period["to"]))

    def send(self, period: Period | None = None) -> ExportRecord:
        """Writes the summary (totals only: no titles, no reflection, never notes) to the
        send-to folder under its stable name; the same period again replaces the file whole."""
        doc = self._exports.build(period or self._exports.default_period())
        target = self.target(doc)
        if target is None:
            raise ValidationError("No send-to folder is set. Set one in Settings, or with "
                                  "`leadership-desk config set send_to_folder FOLDER`.")
        return self._exports.write(doc, "json", target)

    def send_weekly_if_due(self) -> ExportRecord | None:
        """Sends the school year to date once a week, from Friday 15:00 local time, when the
        weekly summary is on; None when it is off or not due."""
        settings = self.settings()
        if not settings.weekly or settings.send_to is None:
            return None
        sent = self._settings.get("weekly_sent_for")
        local_now = self._clock().astimezone(self._profiles.profile().zone)
        week = weekly_due(local_now, date.fromisoformat(sent) if sent else None)
        if week is None:
            return None
        record = self.send()
        with transaction(self._db):
            self._settings.set("weekly_sent_for", week.isoformat())
        return record

    # the IAS's side

    def import_folder(self, folder: Path | None = None,
                      progress: Callable[[int, int], None] | None = None
                      ) -> list[ImportResult]:
        """Imports the new or changed summaries in `folder` (the watched folder when None),
        by the same rules as any import; files read before and unchanged are skipped."""
        if folder is None:
            watched = self.settings().watched
            if watched is None:
                return []
            folder = Path(watched)
        if not folder.is_dir():
            raise ValidationError(f"The folder {folder} cannot be found (a network drive "
                                  f"not connected?).")
        fresh = []
        for path in summary_files([folder]):
            try:
                info = os.stat(path)
            except OSError:
                continue  # gone since the folder was listed
            key = str(path.absolute())
            if self._files.seen(key) != (info.st_size, info.st_mtime_ns):
                fresh.append((path, key, info))
        results = self._imports.import_paths([path for path, _, _ in fresh], progress)
        with transaction(self._db):
            for (_path, key, info), result in zip(fresh, results, strict=True):
                self._files.put(key, info.st_size, info.st_mtime_ns, result.status)
        return results


def notice(results: list[ImportResult]) -> str:
    """What came in from the folder, in one line: '2 summaries came in, 1 was refused'."""
    refused = sum(r.status == REJECTED for r in results)
    came = sum(r.status == "accepted" for r in results)
    parts = [f"{came} new {'summary' if came == 1 else 'summaries'} came in"]
    if refused:
        parts.append(f"{refused} {'was' if refused == 1 else 'were'} refused")
    return ", ".join(parts) + "."
