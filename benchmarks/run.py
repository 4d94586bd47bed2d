"""Measured budgets, run on demand: python benchmarks/run.py [--rounds N]. Prints a table.

- start-up: process start to the main window's first paint (--smoke-test) on 5 school
  years of demo data, next to a bare PySide6 window painted by the same rule (the first
  paint event reaching the window, then that paint pass), rounds interleaved;
- report: `leadership-desk report --period year` on 5 school years of demo data, as a
  command (process included) and as the service call alone;
- save: the time to save one activity (one durable transaction);
- dashboard: a full refresh for a school year with 5 and 10 years of history in the
  database (the demo fills at most 10 years), and the time from opening the Dashboard tab
  to its three charts drawn in a fresh process: with matplotlib's import (the tab opened
  at once) and loaded ahead in the background (as the app does once its window is up),
  rounds interleaved.

The package is byte-compiled first (as pip does when it installs it), so start-up is
measured as installed, not as a fresh source tree under PYTHONDONTWRITEBYTECODE.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

FIRST_CHART = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
from leadership_desk.app import prepare
from leadership_desk.services.container import open_services
app = QApplication([])
services = open_services(sys.argv[1], daily_backup=False)
window = prepare(services, ask_user=False)
window.resize(1366, 768); window.show(); app.processEvents()
assert "matplotlib" not in sys.modules
from PySide6.QtCore import QEventLoop
def wait():  # sleeps until an event comes, as the app's event loop does (no busy loop)
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
if sys.argv[2] == "prepared":  # as the app does 1.5 s after its first paint
    window.prepare_dashboard()
    while window.dashboard_page._ready is None:
        wait()
def drawn():
    page = window.dashboard_page  # built here on first use when it was not prepared
    views = (page.trend_view, page.breakdown_view, page.heatmap_view)
    return all(v.canvas is not None and hasattr(v.canvas, "renderer")
               and not getattr(v.canvas, "_draw_pending", True) for v in views)
started = time.perf_counter()
window.show_dashboard()
while not drawn():  # each chart drawn by the app itself, as on screen
    wait()
app.processEvents()
print(time.perf_counter() - started)
window.close(); services.close()
"""

# The same rule as the app's --smoke-test (leadership_desk/ui/first_paint.py): the first
# paint event delivered to the window or one of its widgets, then the rest of that pass.
BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QLabel("Leadership Desk")); w.resize(1280, 720)
def done():
    print(f"painted at {time.time():.6f}"); app.quit()
class FirstPaint(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint and \\
                isinstance(watched, QWidget) and (watched is w or w.isAncestorOf(watched)):
            self.seen = True
            QTimer.singleShot(0, done)
        return False
f = FirstPaint(); app.installEventFilter(f)
w.show()
app.exec()
"""


def time_to_paint(args: list[str], env: dict) -> float:
    """Seconds from just before the process starts to its window's first paint (the
    process prints the wall-clock moment), as both windows report it."""
    started = time.time()
    out = subprocess.run(args, check=True, capture_output=True, text=True, env=env,
                         timeout=300).stdout
    return float(out.strip().split("at ")[-1].rstrip(")")) - started


def timed_process(args: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, env=env, timeout=300)
    return time.perf_counter() - started


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:8.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        env["HOME"] = folder  # keep QSettings and logs out of the real profile
        app = [sys.executable, "-m", "leadership_desk"]
        big = Path(folder) / "five-years.sqlite3"
        started = time.perf_counter()
        subprocess.run([*app, "demo", "--db", str(big), "--days", str(5 * 365 + 1)],
                       check=True, capture_output=True, env=env)
        rows.append(("demo: fill 5 school years", median_ms([time.perf_counter() - started]),
                     "ms", ""))
        # the package's bytecode, as an installed package has it (pip compiles it at
        # install; an editable install under PYTHONDONTWRITEBYTECODE would have none)
        import leadership_desk

        subprocess.run([sys.executable, "-m", "compileall", "-q",
                        str(Path(leadership_desk.__file__).parent)], check=True,
                       capture_output=True)
        # interleaved, so both windows meet the same machine load
        bare, ours = [], []
        for _ in range(args.rounds):
            bare.append(time_to_paint([sys.executable, "-c", BARE_WINDOW], env))
            ours.append(time_to_paint([*app, "--smoke-test", "--db", str(big)], env))
        ratio = statistics.median(ours) / statistics.median(bare)
        rows.append(("start to first paint: bare PySide6 window", median_ms(bare), "ms",
                     f"min {min(bare) * 1000:.0f}"))
        rows.append(("start to first paint: Leadership Desk (5 years)", median_ms(ours), "ms",
                     f"min {min(ours) * 1000:.0f}; {ratio:.2f} times the bare window"))
        command = [timed_process([*app, "report", "--period", "year", "--json", "--db",
                                  str(big)], env) for _ in range(args.rounds)]
        rows.append(("report --period year (command, 5 years)", median_ms(command), "ms",
                     "process start included"))

        from leadership_desk.services.container import open_services

        services = open_services(big)
        count = services.activities.count()
        calls = []
        for _ in range(args.rounds * 4):
            started = time.perf_counter()
            services.reports.report(services.reports.period("year"))
            calls.append(time.perf_counter() - started)
        rows.append(("report for a school year (service call)", median_ms(calls), "ms",
                     f"{count} activities in the database"))

        from leadership_desk.domain.activities import Activity

        category = services.categories.by_slug("office-email").id
        start = datetime(2040, 1, 1, tzinfo=UTC)
        saves = []
        for n in range(200):
            activity = Activity(category_id=category, start=start + timedelta(minutes=10 * n),
                                end=start + timedelta(minutes=10 * n + 5), zone="UTC")
            started = time.perf_counter()
            services.activities.add(activity)
            saves.append(time.perf_counter() - started)
        rows.append(("save one activity (durable commit)", median_ms(saves), "ms",
                     f"p95 {sorted(saves)[int(len(saves) * 0.95)] * 1000:.1f} ms"))
        from leadership_desk.services.dashboard_service import DashboardService

        refresh = []
        for _ in range(args.rounds):
            started = time.perf_counter()
            DashboardService(services.db, services.clock, services.profiles).load(
                services.reports.period("year"))
            refresh.append(time.perf_counter() - started)
        rows.append(("dashboard refresh, school year (5 years)", median_ms(refresh), "ms",
                     f"{count} activities"))
        services.close()

        opened: dict[str, list[float]] = {"cold": [], "prepared": []}
        for _ in range(args.rounds):  # interleaved
            for mode, samples in opened.items():
                samples.append(float(subprocess.run(
                    [sys.executable, "-c", FIRST_CHART, str(big), mode], check=True,
                    capture_output=True, text=True, env=env).stdout.split()[-1]))
        rows.append(("dashboard: tab opened to its 3 charts drawn", median_ms(opened["cold"]),
                     "ms", "at once after start: matplotlib's import included"))
        rows.append(("dashboard: the same, loaded ahead in the background",
                     median_ms(opened["prepared"]), "ms",
                     "as the app does 1.5 s after its first paint"))

        # the demo command fills at most 10 years (3,660 days)
        huge = Path(folder) / "ten-years.sqlite3"
        subprocess.run([*app, "demo", "--db", str(huge), "--days", str(10 * 365 + 2)],
                       check=True, capture_output=True, env=env)
        services = open_services(huge)
        refresh = []
        for _ in range(args.rounds):
            started = time.perf_counter()
            services.dashboard.load(services.reports.period("year"))
            refresh.append(time.perf_counter() - started)
        rows.append(("dashboard refresh, school year (10 years)", median_ms(refresh), "ms",
                     f"{services.activities.count()} activities"))
        services.close()

    width = max(len(r[0]) for r in rows)
    print(f"{'measure'.ljust(width)}  {'median':>8}  unit  note")
    print(f"(python benchmarks/run.py --rounds {args.rounds})")
    for name, value, unit, note in rows:
        print(f"{name.ljust(width)}  {value}  {unit:<4}  {note}")


if __name__ == "__main__":
    main()
