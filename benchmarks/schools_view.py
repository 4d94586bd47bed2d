"""The Schools view with its network chart, timed on demand: python benchmarks/schools_view.py.
Prints a table; the first line printed is the command that reproduces it.

For 19 and 75 imported schools: the time to build the Schools view (the roll-up, the table
and the chart), the time to paint the chart at 1366 pixels wide (the first time, which loads
the fonts, and again), and whether building and painting it loaded matplotlib (it must not:
the view opens without the charting library).
Each size runs in a fresh process, so no earlier import is counted or hidden.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

CHILD = r"""
import os, sys, time, json, tempfile, uuid
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QImage, QPainter
from leadership_desk.exchange.summary import SummaryInput, CategoryDefinition, build_summary, dumps
from leadership_desk.services.container import open_services

count = int(sys.argv[1])
app = QApplication([])
s = open_services(Path(tempfile.mkdtemp()) / "ias.sqlite3")
last = date(2026, 11, 13)
cats = [CategoryDefinition("feedback-coaching", "Feedback", "instruction", True),
        CategoryDefinition("office-email", "Office", "management", False)]
for n in range(count):
    share = 20 + (n * 7) % 60
    days = {last - timedelta(days=b): {"feedback-coaching": share * 4.0,
                                      "office-email": (100 - share) * 4.0}
            for b in range(56) if b % 7 < 5}
    s.imports.import_bytes(dumps(build_summary(SummaryInput(
        export_id=str(uuid.uuid4()), generated_at=datetime(2026, 11, 14, tzinfo=UTC),
        app_version="bench", school_id=f"B-{n:03d}", school=f"School {n:03d}",
        principal="P", first=last - timedelta(days=55), last=last,
        time_zone="America/Los_Angeles", goal_share=0.75, monthly_targets=[],
        categories=cats, days=days, school_days=40))), f"b{n}.json")
before = "matplotlib" in sys.modules
started = time.perf_counter()
from leadership_desk.ui.schools_page import SchoolsPage
page = SchoolsPage(s)
built = time.perf_counter() - started
page.chart.resize(1366, 150)
image = QImage(1366, 150, QImage.Format.Format_ARGB32)
started = time.perf_counter()
page.chart.render(image)
painted = time.perf_counter() - started
started = time.perf_counter()
page.chart.render(image)
again = time.perf_counter() - started
print(json.dumps({"schools": count, "build_s": built, "paint_s": painted, "again_s": again,
                  "dots": len(page.chart.dots()),
                  "matplotlib": (not before) and "matplotlib" in sys.modules}))
s.close()
"""


def main() -> None:
    print("python benchmarks/schools_view.py")
    print(f"{'schools':>8} {'build view (s)':>15} {'paint chart (s)':>16} {'dots':>5} "
          f"{'paint again (s)':>16} {'matplotlib loaded':>18}")
    for count in (19, 75):
        out = subprocess.run([sys.executable, "-c", CHILD, str(count)], capture_output=True,
                             text=True, check=True, env={**os.environ}).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"{r['schools']:>8} {r['build_s']:>15.3f} {r['paint_s']:>16.4f} "
              f"{r['dots']:>5} {r['again_s']:>16.4f} {'yes' if r['matplotlib'] else 'no':>18}")


if __name__ == "__main__":
    main()
