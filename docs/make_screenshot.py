"""Makes the README's screenshots from demo data at a school laptop's 1366x768:
docs/day-view.png, docs/dashboard.png and docs/schools.png (an IAS with five schools).

    python docs/make_screenshot.py [FOLDER] [--only day-view,dashboard,schools]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from leadership_desk.app import make_demo_database, prepare
from leadership_desk.domain.profile import Profile
from leadership_desk.services.container import open_services, system_clock
from leadership_desk.services.demo_service import fill_demo
from leadership_desk.ui.theme import stylesheet

SHOTS = ("day-view", "dashboard", "schools")
SCHOOLS = (("Jefferson Elementary", "Alex Rivera"), ("Lincoln Elementary", "Sam Chen"),
           ("Roosevelt Middle", "Dana Ortiz"), ("Washington K-8", "Lee Park"),
           ("Madison Elementary", "Jordan Diaz"))


def _spin(app: QApplication, milliseconds: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def _summaries(folder: Path) -> Path:
    """Five principals' summaries, as an IAS receives them."""
    inbox = folder / "inbox"
    inbox.mkdir()
    for number, (school, principal) in enumerate(SCHOOLS, start=1):
        services = open_services(folder / f"principal-{number}.sqlite3")
        try:
            fill_demo(services.db, services.profiles, services.categories, days=120,
                      seed=number, now=system_clock())
            services.profiles.save(Profile(name=principal, school=school,
                                           school_id=f"CA-{number:07d}",
                                           timezone="America/Los_Angeles"))
            doc = services.exports.build(services.exports.default_period(),
                                         reflection="Wins: walkthrough feedback every week.")
            services.exports.write(doc, "json", inbox / f"school-{number}.json")
        finally:
            services.close()
    return inbox


def main(folder: Path, only: tuple[str, ...]) -> None:
    app = QApplication([])
    app.setStyleSheet(stylesheet(app.palette()))
    services = open_services(make_demo_database())
    if "schools" in only:
        services.imports.import_paths([_summaries(Path(tempfile.mkdtemp()))])
    window = prepare(services, ask_user=False)
    window.resize(1366, 768)
    window.show()
    if "day-view" in only:
        for _ in range(7):  # the most recent full day (today may have only begun)
            if window.day_page.model.rowCount() >= 10:
                break
            window.day_page.go_previous()
        app.processEvents()
        window.grab().save(str(folder / "day-view.png"))
    if "dashboard" in only:
        window.show_dashboard()
        _spin(app, 3000)  # the charts load off the GUI thread
        window.grab().save(str(folder / "dashboard.png"))
    if "schools" in only:
        window.show_schools()
        _spin(app, 500)
        window.grab().save(str(folder / "schools.png"))
    window.close()
    services.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default=str(Path(__file__).parent))
    parser.add_argument("--only", default=",".join(SHOTS))
    args = parser.parse_args()
    main(Path(args.folder), tuple(args.only.split(",")))
