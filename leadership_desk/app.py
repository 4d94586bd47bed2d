"""The GUI's composition root: builds the database, services and main window once.

Start-up order: arguments are parsed in __main__ (no Qt yet); here logging is set up,
the QApplication created, the database opened and migrated, the first-run form shown
if needed, a timer left running by a crash resolved, and the window shown.
matplotlib is never imported on the way.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from datetime import timedelta
from logging.handlers import RotatingFileHandler
from pathlib import Path

from leadership_desk import APP_NAME, __version__
from leadership_desk.errors import LeadershipDeskError
from leadership_desk.paths import log_dir, resolve_db_path
from leadership_desk.resources import read_text
from leadership_desk.services.container import Services, open_services, system_clock
from leadership_desk.services.demo_service import fill_demo

# A timer still running this long after the app was last seen alive was probably forgotten.
STALE_AFTER = timedelta(minutes=20)

log = logging.getLogger("leadership_desk")


def setup_logging() -> str:
    """Logs to a file in the user's log folder; a windowed build has no console."""
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "leadership-desk.log"
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3,
                                                       encoding="utf-8")
    except OSError:
        path = Path(tempfile.gettempdir()) / "leadership-desk.log"
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return str(path)


def make_demo_database() -> Path:
    """A fresh demo database in a temporary folder, never the user's own."""
    folder = Path(tempfile.mkdtemp(prefix="leadership-desk-demo-"))
    path = folder / "demo.sqlite3"
    services = open_services(path)
    try:
        fill_demo(services.db, services.profiles, services.categories, days=180, seed=1,
                  now=system_clock())
    finally:
        services.close()
    return path


def prepare(services: Services, *, ask_user: bool = True):
    """Builds the main window after the first-run form and the stale-timer question.

    Returns None when the user closes the first-run form (nothing is saved then).
    """
    from leadership_desk.ui.choice_dialog import ChoiceDialog
    from leadership_desk.ui.first_run_dialog import FirstRunDialog
    from leadership_desk.ui.main_window import MainWindow

    profiles = services.profiles
    if ask_user and not profiles.is_set_up():
        profile = FirstRunDialog.ask(None, profiles.profile(), services.categories.all())
        if profile is None:
            return None
        profiles.complete_setup(profile)
    now = services.clock()
    running = services.activities.running()
    last_seen = profiles.last_seen()
    stale = (
        running is not None
        and last_seen is not None
        and now - last_seen > STALE_AFTER
        and last_seen > running.start
    )
    if ask_user and stale and running is not None and last_seen is not None:
        local = last_seen.astimezone(profiles.profile().zone)
        category = services.categories.get(running.category_id)
        when = f"{local:%H:%M} on {local:%a %b} {local.day}"
        answer = ChoiceDialog.ask(
            None, "A timer was left running",
            f"'{category.name}' was still running when Leadership Desk was last open "
            f"({when}). Was it still going on until now?",
            [f"No, end it at {local:%H:%M}", "Yes, keep it running"],
        )
        if answer == 0:
            services.activities.end_running_at(last_seen)
    profiles.mark_seen(now)
    return MainWindow(services)


def run_app(db: str | None = None, demo: bool = False, smoke_test: bool = False) -> int:
    """Opens the app; returns the process exit code."""
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from leadership_desk.ui.error_dialog import install_excepthook

    started = time.perf_counter()
    log_file = setup_logging()
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyleSheet(read_text("style.qss"))
    install_excepthook(log_file, interactive=not smoke_test)
    try:
        path = make_demo_database() if demo else resolve_db_path(db)
        services = open_services(path)
    except LeadershipDeskError as error:
        log.error("Could not open the database: %s", error.message)
        if smoke_test:
            print(error.message, file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, error.message)
        return 1
    log.info("Opened %s", services.path)
    window = prepare(services, ask_user=not smoke_test)
    if window is None:
        services.close()
        return 0
    if demo:
        window.setWindowTitle(window.windowTitle() + " — demo data")
    window.show()
    if smoke_test:
        def finish() -> None:
            window.repaint()
            ms = (time.perf_counter() - started) * 1000
            print(f"smoke test: main window painted in {ms:.0f} ms")
            window.close()
            app.quit()

        QTimer.singleShot(0, finish)
    code = app.exec()
    services.close()
    return code
