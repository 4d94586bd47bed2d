"""Importing principals' summaries into an IAS's copy: file by file, all or nothing each.

A newer export of a school replaces the days it covers; an older one never overwrites
days a newer one reported; importing the same export again changes nothing. Days are the
unit, so overlapping periods are never counted twice.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from leadership_desk.errors import LeadershipDeskError, NotFoundError
from leadership_desk.exchange.summary import (
    KINDS,
    MAX_BYTES,
    SummaryRejected,
    parse_summary,
)
from leadership_desk.services.backup_service import BackupService
from leadership_desk.store.school_planning_repository import SchoolPlanningRepository
from leadership_desk.store.school_repository import (
    SchoolRecord,
    SchoolRepository,
    SummaryInForce,
)
from leadership_desk.store.sqlite import Database
from leadership_desk.store.transaction import durable_together, transaction

ACCEPTED, DUPLICATE, REJECTED = "accepted", "duplicate", "rejected"
UNEXPECTED = "could not be read (details in the log file)"

log = logging.getLogger("leadership_desk.import")


@dataclass(frozen=True)
class ImportResult:
    """What happened to one file."""

    file: str
    status: str
    reason: str
    school: str | None = None
    days_replaced: int = 0
    days_kept: int = 0

    def line(self) -> str:
        name = Path(self.file).name
        if self.status == ACCEPTED:
            kept = (f"; {self.days_kept} days kept from a newer summary"
                    if self.days_kept else "")
            return f"{name}: accepted ({self.school}, {self.days_replaced} days{kept})"
        if self.status == DUPLICATE:
            return f"{name}: already imported ({self.school}); nothing changed"
        return f"{name}: rejected: {self.reason}"


def summary_files(paths: list[Path]) -> list[Path]:
    """The files named, and the .json files directly inside the folders named."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir()
                                if p.suffix.lower() == ".json" and p.is_file()))
        else:
            files.append(path)
    return files


def read_summary_file(path: Path) -> bytes:
    """The bytes of an ordinary file of at most MAX_BYTES; anything else (a device, a pipe,
    a link to /dev/zero, a huge file) is refused before it is read."""
    # O_NONBLOCK: opening a pipe must not wait for a writer; it is refused just below
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise SummaryRejected("not-a-summary", "This is not a summary file (it is not an "
                                  "ordinary file but a device, a pipe or a folder).")
        data = file.read(MAX_BYTES + 1) if info.st_size <= MAX_BYTES else b""
    if info.st_size > MAX_BYTES or len(data) > MAX_BYTES:
        raise SummaryRejected("not-a-summary", f"This file is far too large to be a Leadership "
                              f"Desk summary (more than {MAX_BYTES // 1_000_000} MB).")
    return data


class ImportService:
    """Brings summaries into the schools tables."""

    def __init__(self, db: Database, backups: BackupService,
                 clock: Callable[[], datetime]) -> None:
        self._db = db
        self._backups = backups
        self._clock = clock
        self._schools = SchoolRepository(db)

    def import_paths(
        self, paths: list[Path], progress: Callable[[int, int], None] | None = None
    ) -> list[ImportResult]:
        """Imports every file (folders: their .json files); a bad one never stops the rest."""
        files = summary_files(paths)
        if files:
            self._backups.backup("before-import")
        results = []
        with durable_together(self._db):  # each file its own transaction, one disk flush
            for index, path in enumerate(files):
                results.append(self.import_file(path))
                if progress:
                    progress(index + 1, len(files))
        return results

    def import_file(self, path: Path) -> ImportResult:
        """One file, its own transaction; whatever goes wrong becomes its rejection."""
        try:
            data = read_summary_file(path)
        except OSError as exc:
            return ImportResult(str(path), REJECTED,
                                f"the file could not be read ({exc.strerror or exc})")
        except SummaryRejected as error:
            return ImportResult(str(path), REJECTED, error.message)
        return self.import_bytes(data, str(path))

    def import_bytes(self, data: bytes, name: str) -> ImportResult:
        try:
            return self._import(data, name)
        except LeadershipDeskError as error:
            return ImportResult(name, REJECTED, error.message)
        except Exception:  # one odd file must never stop the others
            log.exception("Importing %s failed unexpectedly", name)
            return ImportResult(name, REJECTED, UNEXPECTED)

    def _import(self, data: bytes, name: str) -> ImportResult:
        if b'"leadership-desk-network"' in data[:2000]:  # an IAS's network summary
            from leadership_desk.services.network_service import NetworkImporter

            return NetworkImporter(self._db, self._clock).import_bytes(data, name)
        try:
            doc = parse_summary(data, now=self._clock())
        except SummaryRejected as error:
            return ImportResult(name, REJECTED, error.message)
        school = doc["school"]
        earlier = self._schools.imported_as(doc["export_id"])
        if earlier is not None:
            file, checksum = earlier
            if checksum is None or checksum == doc["checksum"]:
                return ImportResult(name, DUPLICATE, "already imported", school["name"])
            return ImportResult(name, REJECTED, (
                f"This summary carries the same export number as {Path(file).name}, imported "
                f"before, but different figures: one of the two was changed after it was "
                f"exported; ask the principal to export again."), school["name"])
        try:
            with transaction(self._db):
                replaced, kept = self._apply(doc, name)
        except LeadershipDeskError as error:
            return ImportResult(name, REJECTED, error.message, school["name"])
        return ImportResult(name, ACCEPTED, "", school["name"], replaced, kept)

    def in_force(self) -> dict[str, SummaryInForce]:
        """Each school's summary in force (its newest by the time it was made), by id."""
        return self._schools.in_force()

    def forget_school(self, school_id: str) -> tuple[str, int]:
        """Removes a school's imported summaries, so that the right ones can be imported
        again (say, after one from a computer whose clock was years ahead held the school).
        A backup is taken first. Returns the school's name and how many days went."""
        record = self._schools.school(school_id)
        if record is None:
            raise NotFoundError(f"No school with the id {school_id} has been imported; "
                                f"`leadership-desk schools --json` lists the ids.")
        self._backups.backup("before-forget")
        with transaction(self._db):
            days = self._schools.forget(school_id)
        return record.school, days

    def replace_school(self, school_id: str, path: Path) -> ImportResult:
        """Puts the summary in `path` in force for the school, in place of every summary
        imported for it before (one from a computer whose clock ran ahead, say): the file is
        checked by the same rules as any import, and must be that school's. A backup is taken
        first; the school's old days go and the file's come in as one change."""
        if self._schools.school(school_id) is None:
            raise NotFoundError(f"No school with the id {school_id} has been imported; "
                                f"`leadership-desk schools --json` lists the ids.")
        name = str(path)
        try:
            doc = parse_summary(read_summary_file(path), now=self._clock())
        except OSError as exc:
            return ImportResult(name, REJECTED,
                                f"the file could not be read ({exc.strerror or exc})")
        except SummaryRejected as error:
            return ImportResult(name, REJECTED, error.message)
        if doc["school"]["id"] != school_id:
            return ImportResult(name, REJECTED, (
                f"this is the summary of {doc['school']['name']} (id {doc['school']['id']}), "
                f"not of the school with the id {school_id}"), doc["school"]["name"])
        self._backups.backup("before-replace")
        try:
            with transaction(self._db):
                self._schools.forget(school_id)
                replaced, kept = self._apply(doc, name)
        except LeadershipDeskError as error:
            return ImportResult(name, REJECTED, error.message, doc["school"]["name"])
        return ImportResult(name, ACCEPTED, "", doc["school"]["name"], replaced, kept)

    def _apply(self, doc: dict, name: str) -> tuple[int, int]:
        school_id = doc["school"]["id"]
        generated = datetime.fromisoformat(doc["generated_at"])
        first = date.fromisoformat(doc["period"]["from"])
        last = date.fromisoformat(doc["period"]["to"])
        existing = self._schools.day_generated_at(school_id, first, last)
        logged = {date.fromisoformat(d["date"]): d for d in doc["days"]}
        zero = dict.fromkeys(KINDS, 0.0)
        rows, kept = [], 0
        day = first
        while day <= last:
            held = existing.get(day)
            if held is not None and _aware(held) > _aware(generated):
                kept += 1
            else:
                entry = logged.get(day)
                rows.append((day, entry["minutes"] if entry else zero,
                             entry["by_category"] if entry else {}))
            day += timedelta(days=1)
        current = self._schools.school(school_id)
        newest = current is None or _aware(current.last_generated_at) <= _aware(generated)
        if newest:
            self._schools.put_school(SchoolRecord(
                school_id=school_id, school=doc["school"]["name"],
                principal=doc["school"]["principal"], time_zone=doc["period"]["time_zone"],
                goal_share=doc["definitions"]["goal_share"],
                categories=doc["definitions"]["categories"], reflection=doc["reflection"],
                last_export_id=doc["export_id"], last_generated_at=generated))
        SchoolPlanningRepository(self._db).apply(doc, newest)
        self._schools.put_days(school_id, doc["export_id"], generated, rows)
        self._schools.record_import(doc["export_id"], school_id, generated, name, len(rows),
                                    kept, doc["checksum"], (first, last))
        return len(rows), kept


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)
