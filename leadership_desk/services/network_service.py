"""Network summaries: an IAS exports one upward; the assistant superintendent imports them."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from leadership_desk import __version__
from leadership_desk.domain.periods import Period
from leadership_desk.errors import DamagedDatabaseError, LeadershipDeskError, ValidationError
from leadership_desk.exchange.network_summary import (
    NO_SCHOOL,
    NetworkInput,
    build_network_summary,
    parse_network_summary,
)
from leadership_desk.exchange.summary import SummaryRejected, dumps
from leadership_desk.services.import_service import ACCEPTED, DUPLICATE, REJECTED, ImportResult
from leadership_desk.services.network_rows import (
    NetworkSide,
    network_school_rows,
    networks_side_by_side,
)
from leadership_desk.services.profile_service import ProfileService
from leadership_desk.services.report_service import ReportService
from leadership_desk.services.rollup_service import RollupService, SchoolRow
from leadership_desk.services.visit_service import SchoolVisitService
from leadership_desk.store.backup import integrity_problems, write_file
from leadership_desk.store.network_repository import NetworkRepository
from leadership_desk.store.sqlite import Database
from leadership_desk.store.transaction import transaction


class NetworkService:
    """Builds, writes and imports network summaries (format leadership-desk-network)."""

    def __init__(self, db: Database, clock: Callable[[], datetime], profiles: ProfileService,
                 reports: ReportService, visits: SchoolVisitService,
                 rollup: RollupService) -> None:
        self._db = db
        self._clock = clock
        self._profiles = profiles
        self._reports = reports
        self._visits = visits
        self._rollup = rollup
        self._networks = NetworkRepository(db)

    def default_period(self) -> Period:
        """The school year to date."""
        year = self._reports.period("year")
        return Period(year.first, min(year.last, max(year.first, self._reports.today())))

    def build(self, period: Period) -> dict[str, Any]:
        """The sealed network summary of `period`: totals only, never notes or titles."""
        profile = self._profiles.profile()
        if not profile.is_ias:
            raise ValidationError("A network summary is an IAS's: set the role to IAS first "
                                  "(Settings, or `leadership-desk role set ias`).")
        if not profile.name:
            raise ValidationError("Enter your name first (Settings): it heads the summary.")
        report = self._reports.report(period)
        data = report.to_json()
        weeks = []
        monday = period.first - timedelta(days=period.first.weekday())
        while monday <= period.last:
            week = Period(max(monday, period.first), min(monday + timedelta(days=6), period.last))
            weeks.append((monday, self._reports.report(week).to_json()["minutes"]))
            monday += timedelta(days=7)
        used = set(data["by_category"])
        categories = [{"slug": c.slug, "name": c.name, "kind": c.kind.value,
                       "high_leverage": c.high_leverage}
                      for c in report.categories.values() if c.slug in used or not c.archived]
        schools = [{"id": row.school_id, "name": row.school, "principal": row.principal,
                    "instruction_share": None if row.share is None else round(row.share, 4),
                    "goal_share": row.goal, "flags": row.flags,
                    "to": row.last.isoformat() if row.last else None}
                   for row in self._rollup.rows()]
        return build_network_summary(NetworkInput(
            export_id=str(uuid.uuid4()), generated_at=self._clock().replace(microsecond=0),
            app_version=__version__, ias=profile.name, network=profile.network,
            first=period.first, last=period.last, time_zone=profile.timezone,
            goal_share=profile.goal_share, categories=categories, minutes=data["minutes"],
            days_logged=data["days_logged"], by_category=data["by_category"], weeks=weeks,
            by_school=self._visits.minutes_by_school(period), schools=schools))

    def write(self, doc: dict[str, Any], out: Path) -> None:
        """Checks the log, then records the export and writes the file as one."""
        problems = integrity_problems(self._db.conn, full=True)
        if problems:
            raise DamagedDatabaseError("Your log did not pass its check, so nothing was "
                                       "exported: " + "; ".join(problems[:2]), out)
        written = False
        try:
            with transaction(self._db):
                self._networks.record_export(doc["export_id"], doc["period"]["from"],
                                             doc["period"]["to"], str(out))
                write_file(out, dumps(doc))
                written = True
        except LeadershipDeskError:
            if written:
                out.unlink(missing_ok=True)
            raise

    def school_rows(self, period: Period | None = None) -> list[SchoolRow]:
        """Every school of the Schools view: from principals' summaries, then those known
        only from a network summary (their latest share and flags as the IAS sent them)."""
        rows = self._rollup.rows(period)
        return rows + network_school_rows(self._networks.latest(),
                                          {r.school_id for r in rows})

    def side_by_side(self, rows: list[SchoolRow]) -> list[NetworkSide]:
        """Each imported network beside the others, over the Schools view's `rows`."""
        return networks_side_by_side(self.networks(), rows)

    def import_bytes(self, data: bytes, name: str) -> ImportResult:
        return NetworkImporter(self._db, self._clock).import_bytes(data, name)

    def networks(self) -> list[dict[str, Any]]:
        """The newest network summary of each IAS, in the form `network --json` prints."""
        return [{"ias": doc["ias"]["name"], "network": doc["ias"]["network"],
                 "from": doc["period"]["from"], "to": doc["period"]["to"],
                 "minutes": doc["totals"]["minutes"],
                 "instructional_support_share": doc["totals"]["instructional_support_share"],
                 # the network's schools: imported by the IAS, or served in their log
                 "schools": sorted({school["id"] for school in doc["schools"]}
                                   | set(doc["by_school"]) - {NO_SCHOOL}),
                 "by_school": doc["by_school"]}
                for doc in self._networks.latest()]


def network_labels(networks: list[dict[str, Any]]) -> dict[str, str]:
    """{school id: 'North (Morgan Lee: 62% instructional support)'} from `networks()`; a
    school in two networks goes with the one listed last."""
    labels: dict[str, str] = {}
    for row in networks:
        share = row["instructional_support_share"]
        words = "no data" if share is None else f"{share * 100:.0f}% instructional support"
        label = f"{row['network'] or 'Network'} ({row['ias']}: {words})"
        for school_id in row["schools"]:
            labels[school_id] = label
    return labels


class NetworkImporter:
    """Imports network summaries (through `import`, beside principals' summaries)."""

    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._clock = clock
        self._networks = NetworkRepository(db)

    def import_bytes(self, data: bytes, name: str) -> ImportResult:
        """One network summary; refused whole, or kept whole."""
        try:
            doc = parse_network_summary(data, now=self._clock())
        except SummaryRejected as error:
            return ImportResult(name, REJECTED, error.message)
        label = f"{doc['ias']['name']}, {doc['ias']['network'] or 'network'}"
        earlier = self._networks.checksum_of(doc["export_id"])
        if earlier is not None:
            file, checksum = earlier
            if checksum == doc["checksum"]:
                return ImportResult(name, DUPLICATE, "already imported", label)
            return ImportResult(name, REJECTED, (
                f"This network summary carries the same export number as {Path(file).name}, "
                f"imported before, but different figures: one of the two was changed after it "
                f"was exported; ask the IAS to export again."), label)
        with transaction(self._db):
            self._networks.put(doc, name)
        return ImportResult(name, ACCEPTED, "", label, doc["totals"]["days_logged"])
