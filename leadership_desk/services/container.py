"""Builds the services over one database; used by the app and the command line alike."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from leadership_desk.services.activity_service import ActivityService
from leadership_desk.services.category_service import CategoryService
from leadership_desk.services.profile_service import ProfileService
from leadership_desk.services.report_service import ReportService
from leadership_desk.store.database import open_database


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

    def close(self) -> None:
        self.db.close()


def open_services(
    path: str | Path,
    clock: Callable[[], datetime] = system_clock,
    default_zone: str | None = None,
) -> Services:
    """Opens the database at `path` (creating and migrating it) and builds the services."""
    path = Path(path)
    db = open_database(path)
    profiles = ProfileService(db, default_zone=default_zone or computer_zone())
    return Services(
        db=db,
        path=path,
        clock=clock,
        profiles=profiles,
        categories=CategoryService(db),
        activities=ActivityService(db, clock, profiles),
        reports=ReportService(db, clock, profiles),
    )
