"""A sample IAS's desk: the principals' summaries of a network imported, and the IAS's own log.

Each sample school is a principal's demo log exported as the principal would; the IAS's
database then imports those files exactly as real ones, so the Schools view, its flags and
the IAS dashboard show what they would in use.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from leadership_desk.domain.periods import Period
from leadership_desk.domain.profile import Profile
from leadership_desk.services.container import Services, open_services
from leadership_desk.services.demo_service import fill_demo
from leadership_desk.services.ias_demo import fill_ias_demo

# (name, principal, share at the start and at the end of the period, days not logged,
# weeks before today at which the school's last summary ends)
SAMPLE_SCHOOLS = (
    ("Jefferson Elementary", "Dana Ortiz", 0.30, 0.70, 0.04, 0),
    ("Lincoln Elementary", "Sam Rivera", 0.25, 0.55, 0.04, 0),
    ("Roosevelt Middle", "Alex Chen", 0.45, 0.80, 0.03, 0),
    ("Washington Elementary", "Jordan Patel", 0.80, 0.20, 0.04, 0),
    ("Cesar Chavez Elementary", "Maria Lopez", 0.20, 0.40, 0.50, 0),
    ("Madison Middle", "Chris Young", 0.35, 0.65, 0.05, 3),
    ("Harriet Tubman Elementary", "Taylor Brooks", 0.50, 0.78, 0.04, 0),
    ("Sequoia K-8", "Robin Nguyen", 0.25, 0.45, 0.10, 0),
)
DEMO_DAYS = 120


def school_id(number: int) -> str:
    """The sample school's id, as the district's CDS-style codes look."""
    return f"CA-DEMO-{number:03d}"


def fill_network_demo(ias: Services, *, now: datetime,
                      progress: Callable[[int, int], None] | None = None) -> int:
    """Fills the empty database behind `ias` as a sample IAS: the sample schools' summaries
    imported and the IAS's own visits to them; returns the count of the IAS's activities."""
    with tempfile.TemporaryDirectory(prefix="leadership-desk-schools-") as scratch:
        inbox = Path(scratch)
        for number, sample in enumerate(SAMPLE_SCHOOLS, start=1):
            _write_school_summary(inbox, number, sample, now)
            if progress:
                progress(number, len(SAMPLE_SCHOOLS) + 1)
        schools = [(school_id(n), sample[0]) for n, sample in enumerate(SAMPLE_SCHOOLS, 1)]
        count = fill_ias_demo(ias.db, ias.profiles, ias.roles, schools=schools,
                              days=DEMO_DAYS, seed=1, now=now)
        ias.imports.import_paths([inbox])
    if progress:
        progress(len(SAMPLE_SCHOOLS) + 1, len(SAMPLE_SCHOOLS) + 1)
    return count


def _write_school_summary(inbox: Path, number: int, sample: tuple, now: datetime) -> None:
    name, principal, start, end, days_off, weeks_stale = sample
    services = open_services(inbox / f"principal-{number}.sqlite3", clock=lambda: now,
                             daily_backup=False)
    try:
        fill_demo(services.db, services.profiles, services.categories, days=DEMO_DAYS,
                  seed=number, now=now, shares=(start, end), days_off=days_off)
        services.profiles.save(Profile(name=f"{principal} (demo)", school=name,
                                       school_id=school_id(number),
                                       timezone="America/Los_Angeles"))
        period = services.exports.default_period()
        last = period.last - timedelta(weeks=weeks_stale)
        period = Period(max(period.first, last - timedelta(days=DEMO_DAYS)), last)
        services.exports.write(services.exports.build(period), "json",
                               inbox / f"summary-{number}.json")
    finally:
        services.close()
