"""Builds the services over one database; used by the app and the command line alike."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from leadership_desk.errors import LeadershipDeskError
from leadership_desk.store.backup import open_read_only
from leadership_desk.store.database import open_database
from leadership_desk.store.lock import APP, WriterLock
from leadership_desk.store.sqlite import Database

if TYPE_CHECKING:
    from leadership_desk.services.activity_service import ActivityService
    from leadership_desk.services.backup_service import BackupService
    from leadership_desk.services.calendar_service import CalendarService
    from leadership_desk.services.category_service import CategoryService
    from leadership_desk.services.dashboard_service import DashboardService
    from leadership_desk.services.export_service import ExportService
    from leadership_desk.services.ias_dashboard_service import IasDashboardService
    from leadership_desk.services.import_service import ImportService
    from leadership_desk.services.network_service import NetworkService
    from leadership_desk.services.plan_service import PlanService
    from leadership_desk.services.planning_service import PlanningService
    from leadership_desk.services.profile_service import ProfileService
    from leadership_desk.services.quick_entry_service import QuickEntryService
    from leadership_desk.services.report_service import ReportService
    from leadership_desk.services.review_service import ReviewService
    from leadership_desk.services.role_service import RoleService
    from leadership_desk.services.rollup_service import RollupService
    from leadership_desk.services.summary_folder_service import SummaryFolderService
    from leadership_desk.services.visit_service import SchoolVisitService

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


class Services:
    """Everything the app and the command line call, over one open database.

    Each service is built, and its module imported, the first time it is used: a command
    pays only for what it calls (`report` never loads the importer or the PDF exporter)."""

    def __init__(self, db: Database, path: Path, clock: Callable[[], datetime],
                 default_zone: str | None, lock: WriterLock) -> None:
        self.db = db
        self.path = path
        self.clock = clock
        self.default_zone = default_zone
        self.lock = lock

    @cached_property
    def profiles(self) -> ProfileService:
        from leadership_desk.services.profile_service import ProfileService

        # None: the computer's zone, looked up only if no zone was ever saved
        return ProfileService(self.db, default_zone=self.default_zone or computer_zone)

    @cached_property
    def roles(self) -> RoleService:
        from leadership_desk.services.role_service import RoleService

        return RoleService(self.db)

    @cached_property
    def categories(self) -> CategoryService:
        from leadership_desk.services.category_service import CategoryService

        return CategoryService(self.db)

    @cached_property
    def activities(self) -> ActivityService:
        from leadership_desk.services.activity_service import ActivityService

        return ActivityService(self.db, self.clock, self.profiles)

    @cached_property
    def visits(self) -> SchoolVisitService:
        from leadership_desk.services.visit_service import SchoolVisitService

        return SchoolVisitService(self.db, self.clock, self.profiles, self.activities)

    @cached_property
    def reports(self) -> ReportService:
        from leadership_desk.services.report_service import ReportService

        return ReportService(self.db, self.clock, self.profiles)

    @cached_property
    def backups(self) -> BackupService:
        from leadership_desk.services.backup_service import BackupService

        return BackupService(self.db, self.path, self.clock)

    @cached_property
    def dashboard(self) -> DashboardService:
        from leadership_desk.services.dashboard_service import DashboardService

        return DashboardService(self.db, self.clock, self.profiles)

    @cached_property
    def ias_dashboard(self) -> IasDashboardService:
        from leadership_desk.services.ias_dashboard_service import IasDashboardService

        return IasDashboardService(self.clock, self.profiles, self.dashboard, self.visits,
                                   self.rollup, self.reports)

    @cached_property
    def exports(self) -> ExportService:
        from leadership_desk.services.export_service import ExportService

        return ExportService(self.db, self.clock, self.profiles)

    @cached_property
    def networks(self) -> NetworkService:
        from leadership_desk.services.network_service import NetworkService

        return NetworkService(self.db, self.clock, self.profiles, self.reports, self.visits,
                              self.rollup)

    @cached_property
    def imports(self) -> ImportService:
        from leadership_desk.services.import_service import ImportService

        return ImportService(self.db, self.backups, self.clock)

    @cached_property
    def rollup(self) -> RollupService:
        from leadership_desk.services.rollup_service import RollupService

        return RollupService(self.db, self.clock, self.profiles)

    @cached_property
    def folders(self) -> SummaryFolderService:
        from leadership_desk.services.summary_folder_service import SummaryFolderService

        return SummaryFolderService(self.db, self.path, self.clock, self.profiles,
                                    self.exports, self.imports)

    @cached_property
    def calendar(self) -> CalendarService:
        from leadership_desk.services.calendar_service import CalendarService

        return CalendarService(self.db, self.clock, self.profiles, self.activities)

    @cached_property
    def quick_entry(self) -> QuickEntryService:
        from leadership_desk.services.quick_entry_service import QuickEntryService

        return QuickEntryService(self.db, self.clock, self.profiles, self.activities)

    @cached_property
    def review(self) -> ReviewService:
        from leadership_desk.services.review_service import ReviewService

        return ReviewService(self.clock, self.profiles, self.activities, self.calendar)

    @cached_property
    def planning(self) -> PlanningService:
        from leadership_desk.services.planning_service import PlanningService

        return PlanningService(self.db, self.clock, self.profiles)

    @cached_property
    def plans(self) -> PlanService:
        from leadership_desk.services.plan_service import PlanService

        return PlanService(self.db, self.clock, self.profiles)

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
    services = _build(db, path, clock, default_zone, lock)
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
    db = (Database(open_read_only(path)) if read_only
          else open_database(path, clock=clock))
    try:
        return job(_build(db, path, clock, default_zone, WriterLock(path)))
    finally:
        db.close()


def _build(db: Database, path: Path, clock: Callable[[], datetime],
           default_zone: str | None, lock: WriterLock) -> Services:
    return Services(db, path, clock, default_zone, lock)
