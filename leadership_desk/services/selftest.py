"""A quick end-to-end check of an installed copy, in a temporary folder: the installer's and
IT's proof that the app works on this machine without touching anyone's data."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.overlaps import OverlapChoice
from leadership_desk.domain.periods import Period
from leadership_desk.domain.profile import Profile
from leadership_desk.exchange.summary import parse_summary


class SelftestFailed(Exception):
    """A step did not do what it should; the message names the step."""


def _check(condition: bool, step: str) -> None:
    if not condition:
        raise SelftestFailed(f"selftest failed at: {step}")


def run_selftest(report: Callable[[str], None] = lambda step: None) -> list[str]:
    """Runs every step in a fresh temporary folder; returns the steps done, raises if one fails."""
    from leadership_desk.services.container import open_services

    done: list[str] = []

    def step(name: str) -> None:
        done.append(name)
        report(name)

    now = datetime(2026, 11, 18, 20, 0, tzinfo=UTC)
    with tempfile.TemporaryDirectory(prefix="leadership-desk-selftest-") as folder:
        root = Path(folder)
        principal = open_services(root / "principal.sqlite3", clock=lambda: now,
                                  default_zone="America/Los_Angeles")
        try:
            principal.profiles.complete_setup(Profile(name="Selftest", school="Selftest School",
                                                      school_id="SELFTEST-1",
                                                      timezone="America/Los_Angeles"))
            step("database")
            feedback = principal.categories.by_slug("feedback-coaching").id
            email = principal.categories.by_slug("office-email").id
            start = datetime(2026, 11, 18, 16, 0, tzinfo=UTC)
            first = principal.activities.add(Activity(
                category_id=feedback, start=start, end=start + timedelta(hours=1),
                zone="America/Los_Angeles", title="Debrief", note="private"))
            principal.activities.add(Activity(
                category_id=email, start=start + timedelta(hours=1),
                end=start + timedelta(hours=2), zone="America/Los_Angeles"))
            step("log")
            principal.activities.update(first.with_changes(end=start + timedelta(hours=3),
                                                           title="Coaching"),
                                        choice=OverlapChoice.SHORTEN_OTHERS)
            principal.activities.undo()
            principal.activities.redo()
            _check(principal.activities.get(first.id).title == "Coaching", "edit and undo")
            step("edit")
            day = Period(start.date(), start.date())
            totals = principal.reports.report(day).to_json()
            _check(totals["minutes"]["instruction"] == 180 and
                   totals["instruction_share"] == 1.0, "report")
            step("report")
            summary = root / "summary.json"
            principal.exports.write(principal.exports.build(day), "json", summary)
            _check(b"private" not in summary.read_bytes(), "export keeps notes private")
            parse_summary(summary.read_bytes())
            step("export")
            backup = principal.backups.backup("manual")
            _check(backup.ok and backup.activities == 1, "backup")
            step("backup")
        finally:
            principal.close()
        ias = open_services(root / "ias.sqlite3", clock=lambda: now,
                            default_zone="America/Los_Angeles")
        try:
            results = ias.imports.import_paths([summary])
            _check([r.status for r in results] == ["accepted"], "import")
            rows = ias.rollup.rows()
            _check(len(rows) == 1 and rows[0].minutes["instruction"] == 180, "roll-up")
            step("import")
        finally:
            ias.close()
    return done
