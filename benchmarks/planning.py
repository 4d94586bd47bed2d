"""Planning figures on a school year of demo data, run on demand:
python benchmarks/planning.py. Prints a table (median of 5 runs, milliseconds). Run on a
version without planning (PYTHONPATH pointing at it), it times the rows that version has.

The Dashboard's load (off the GUI thread) now also computes the week ahead, planned vs
logged per week, follow-through and the high-leverage share; the summary export computes
the same for its period; `plan` is a command of its own.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from datetime import time as clock_time
from pathlib import Path

from leadership_desk.services.container import open_services, system_clock
from leadership_desk.services.demo_service import fill_demo

RUNS = 5


def median_ms(job) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    print(f"$ {sys.executable} benchmarks/planning.py")
    path = Path(tempfile.mkdtemp()) / "bench.sqlite3"
    s = open_services(path)
    fill_demo(s.db, s.profiles, s.categories, days=180, seed=1, now=system_clock())
    planning = hasattr(s, "plans")
    if planning:
        from leadership_desk.domain.blocks import ProtectedBlock

        walk = s.categories.by_slug("observation-walkthrough").id
        for weekday in (1, 3):
            s.planning.add_block(ProtectedBlock(weekday, clock_time(8, 30), clock_time(10),
                                                walk, first_day=date(2000, 1, 1)))
    year = s.reports.period("year")
    rows = [("dashboard.load(school year)", median_ms(lambda: s.dashboard.load(year)))]
    if planning:
        rows += [
            ("plans.planned_weeks(school year)", median_ms(lambda: s.plans.planned_weeks(year))),
            ("plans.follow_through(school year)",
             median_ms(lambda: s.plans.follow_through(year))),
            ("plans.week_ahead()", median_ms(lambda: s.plans.week_ahead()))]
    rows.append(("exports.build(school year to date)",
                 median_ms(lambda: s.exports.build(s.exports.default_period()))))
    count = s.activities.count() if hasattr(s.activities, "count") else None
    block_count = len(s.planning.blocks()) if planning else 0  # the demo's and these two
    s.close()
    command = [sys.executable, "-m", "leadership_desk", "plan", "--db", str(path)]
    if planning:
        rows.append(("`leadership-desk plan` (a process)",
                     median_ms(lambda: subprocess.run(command, check=True,
                                                      capture_output=True))))
    blocks = f", {block_count} protected blocks" if planning else " (a version without planning)"
    print(f"180 days of demo data{f', {count} activities' if count else ''}{blocks}; "
          f"median of {RUNS} runs")
    print(f"{'what':<40} {'ms':>8}")
    for name, ms in rows:
        print(f"{name:<40} {ms:>8.0f}")


if __name__ == "__main__":
    main()
