"""What waits until the main window has first been painted, and what is not loaded at all
for a principal: it costs start-up time and shows nothing."""

from __future__ import annotations

import subprocess
import sys

# Runs the app's start as a user starts it, records which modules were loaded and what was
# running at the moment of the first paint, and again once start-up is over.
PROBE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from leadership_desk.ui import first_paint
seen = {}
class Probe(first_paint.FirstPaint):
    def __init__(self, window, then):
        def at_paint():
            seen["paint"] = set(sys.modules)
            then()
        super().__init__(window, at_paint)
first_paint.FirstPaint = Probe
from leadership_desk.app import run_app
code = run_app(db=sys.argv[1], smoke_test=True)
assert code == 0, code
modules = seen["paint"]
print("schools page at paint:", "leadership_desk.ui.schools_page" in modules)
print("instance server at paint:", "leadership_desk.ui.single_instance" in modules)
print("instance server at the end:", "leadership_desk.ui.single_instance" in sys.modules)
"""


def test_the_first_paint_comes_before_the_servers_and_without_the_schools_page(tmp_path):
    result = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "s.sqlite3")],
                            capture_output=True, text=True, timeout=120,
                            env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "schools page at paint: False" in lines  # a principal with no schools
    assert "instance server at paint: False" in lines
    assert "instance server at the end: True" in lines  # started right after the paint


PRELOAD = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from leadership_desk.ui import chart_view
assert "matplotlib" not in sys.modules
chart_view.load_chart_libraries()
print("charts loaded:", "leadership_desk.reports.charts" in sys.modules)
print("canvas ready:", chart_view._Canvas is not None)
"""


def test_the_charts_libraries_load_in_one_call(tmp_path):
    result = subprocess.run([sys.executable, "-c", PRELOAD], capture_output=True, text=True,
                            timeout=120, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["charts loaded: True", "canvas ready: True"]
