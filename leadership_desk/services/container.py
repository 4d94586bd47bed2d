"""Builds the services over one database; used by the app and the command line alike."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from leadership_desk.errors import LeadershipDeskError
from leadership_desk.services.activity_service import ActivityService
from leadership_desk.services.backup_service import BackupService
from leadership_desk.services.calendar_service import CalendarService
from leadership_desk.services.category_service import CategoryService
from leadership_desk.services.dashboard_service import DashboardService
from leadership_desk.services.export_service import ExportService
from leadership_desk.services.import_service import ImportService
from leadership_desk.services.profile_service import ProfileService
from leadership_desk.services.quick_entry_service import QuickEntryService
from leadership_desk.services.report_service import ReportService
from leadership_desk.services.review_service import ReviewService
from leadership_desk.services.rollup_service import RollupService
from leadership_desk.store.backup import open_read_only
from leadership_desk.store.database import open_database
from leadership_desk.store.lock import APP, WriterLock
from leadership_desk.store.sqlite import Database

log = logging.getLogger("leadership_desk")
T = TypeVar("T")


def system_clock() -> datetime:
    return datetime.now(UTC)


def computer_zone() -> str:
    """The computer's IANA time zone, or UTC when it cannot be told."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception:  # an unusual system configuration must not stop the app
        return "UTC"
    return name or "UTC"


@dataclass
class Services:
    """Everything the app and the command line call, over one open database."""

    db: Database
    path: Path
    clock: Callable[[], datetime]
    profiles: ProfileService
    categories: CategoryService
    activities: ActivityService
    reports: ReportService
    backups: BackupService
    dashboard: DashboardService
    exports: ExportService
    imports: ImportService
    rollup: RollupService
    calendar: CalendarService
    quick_entry: QuickEntryService
    review: ReviewService
    lock: WriterLock

    @property
    def writable(self) -> bool:
        """Whether this process holds the one-writer lock."""
        return self.lock.held

    def close(self) -> None:
        try:
            self.db.close()
        finally:
            self.lock.release()


def open_services(
    path: str | Path,
    clock: Callable[[], datetime] = system_clock,
    default_zone: str | None = None,
    *,
    write: bool = True,
    daily_backup: bool = True,
    holder: str = APP,
    wait: float = 0,
) -> Services:
    """Opens the database at `path` (creating, checking and migrating it) and builds the services.

    With `write`, this process must be the database's one writer (DatabaseInUseError
    otherwise, after waiting up to `wait` seconds for the holder to finish; `holder` says
    who this process is, for the message another one would give). Without it, the lock is
    taken when free; when another copy of the app holds it, the database is opened for
    reading only and not migrated.
    """
    path = Path(path)
    lock = WriterLock(path, holder)
    if write:
        lock.acquire(wait)
    else:
        lock.try_acquire()
    try:
        # a read command reads the header only; writers and the app check every page
        db = open_database(path, migrate=lock.held, clock=clock, thorough=write)
    except BaseException:
        lock.release()
        raise
    services = _build(db, path, clock, default_zone or computer_zone(), lock)
    # only a writer takes the daily backup: a read command (`list`) must not spend the time
    if write and daily_backup:
        try:
            services.backups.daily_backup_if_due()
        except LeadershipDeskError as error:
            # a missed daily backup must not keep the principal from their log; the
            # next start tries again, and `check` reports the state of the backups
            log.warning("Daily backup skipped: %s", error.message)
    return services


def run_on_own_connection(
    path: Path,
    clock: Callable[[], datetime],
    default_zone: str,
    job: Callable[[Services], T],
    *,
    read_only: bool = False,
) -> T:
    """Runs `job` with services over a connection of its own, for a background worker
    (a SQLite connection stays in the thread that opened it).

    It never takes the one-writer lock: the app holds it for its whole run, which is what
    lets its workers write. `read_only` opens a connection that cannot change the file.
    """
    path = Path(path)
    db = (Database(open_read_only(path), execute_plugins=False) if read_only
          else open_database(path, clock=clock))
    try:
        return job(_build(db, path, clock, default_zone, WriterLock(path)))
    finally:
        db.close()


def _build(db: Database, path: Path, clock: Callable[[], datetime], default_zone: str,
           lock: WriterLock) -> Services:
    profiles = ProfileService(db, default_zone=default_zone)
    backups = BackupService(db, path, clock)
    activities = ActivityService(db, clock, profiles)
    calendar = CalendarService(db, clock, profiles, activities)
    return Services(
        db=db,
        path=path,
        clock=clock,
        profiles=profiles,
        categories=CategoryService(db),
        activities=activities,
        reports=ReportService(db, clock, profiles),
        backups=backups,
        dashboard=DashboardService(db, clock, profiles),
        exports=ExportService(db, clock, profiles),
        imports=ImportService(db, backups, clock),
        rollup=RollupService(db, clock, profiles),
        calendar=calendar,
        quick_entry=QuickEntryService(db, clock, profiles, activities),
        review=ReviewService(clock, profiles, activities, calendar),
        lock=lock,
    )
