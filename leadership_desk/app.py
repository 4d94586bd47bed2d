"""The GUI's composition root: builds the database, services and main window once.

Start-up order: arguments are parsed in __main__ (no Qt yet); here logging is set up,
the QApplication created, the database opened and migrated, the first-run form shown
if needed, a timer left running by a crash resolved, and the window shown.
matplotlib is never imported on the way.
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from leadership_desk import APP_NAME, __version__
from leadership_desk.errors import (
    DamagedDatabaseError,
    DatabaseInUseError,
    LeadershipDeskError,
)
from leadership_desk.logfile import setup_logging
from leadership_desk.paths import (
    local_copy_path,
    location_risk,
    resolve_db_path,
    use_matplotlib_cache,
)
from leadership_desk.resources import resources_dir
from leadership_desk.services.backup_service import (
    newest_good_backup_of,
    recover_database,
    set_aside_database,
    unsafe_location_message,
)
from leadership_desk.services.container import (
    Services,
    open_services,
    run_on_own_connection,
    system_clock,
)

# A timer still running this long after the app was last seen alive was probably forgotten.
STALE_AFTER = timedelta(minutes=20)
# the Dashboard is loaded (and matplotlib imported) in the background this long after the
# window is first painted
PREPARE_AFTER_MS = 1500

log = logging.getLogger("leadership_desk")


def make_demo_database(role: str = "principal") -> Path:
    """A fresh demo database in a temporary folder, never the user's own: a principal's
    log, or (role "ias") an IAS's own log with their sample schools' summaries imported."""
    folder = Path(tempfile.mkdtemp(prefix="leadership-desk-demo-"))
    path = folder / "demo.sqlite3"
    from leadership_desk.services.demo_service import fill_demo

    services = open_services(path)
    try:
        if role == "ias":
            from leadership_desk.services.network_demo import fill_network_demo

            fill_network_demo(services, now=system_clock())
        else:
            fill_demo(services.db, services.profiles, services.categories, days=180, seed=1,
                      now=system_clock())
    finally:
        services.close()
    return path


def prepare(services: Services, *, ask_user: bool = True):
    """Builds the main window after the first-run form and the stale-timer question.

    Returns None when the user closes the first-run form (nothing is saved then).
    """
    from leadership_desk.ui.main_window import MainWindow

    # the dialogs are imported only when asked: not on an ordinary start's way to its paint
    profiles = services.profiles
    if ask_user and not profiles.is_set_up():
        from leadership_desk.domain.roles import Role
        from leadership_desk.ui.first_run_dialog import FirstRunDialog

        profile = FirstRunDialog.ask(None, profiles.profile(), services.categories.all(),
                                     services.roles.default_categories(Role.IAS))
        if profile is None:
            return None
        if profile.role is not services.roles.role():
            services.roles.set_role(profile.role)  # an IAS's log starts with their categories
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
        from leadership_desk.domain.periods import format_moment
        from leadership_desk.ui.choice_dialog import ChoiceDialog

        when = format_moment(local)
        answer = ChoiceDialog.ask(
            None, "A timer was left running",
            f"'{category.name}' was still running when Leadership Desk was last open "
            f"({when}). Was it still going on until now?",
            [f"No, end it at {local:%H:%M}", "Yes, keep it running"],
        )
        if answer != 1:  # only a clear yes keeps it: closing the question must not leave
            # an activity that ran all night counting in the balance
            services.activities.end_running_at(last_seen)
    profiles.mark_seen(now)
    return MainWindow(services)


def _open_log(path: Path, interactive: bool) -> Services | int:
    """Opens the log, resolving what can be resolved with the user; an exit code if not."""
    from PySide6.QtWidgets import QMessageBox

    def tell(text: str) -> None:
        log.error(text)
        if interactive:
            QMessageBox.critical(None, APP_NAME, text)
        elif sys.stderr is not None:
            print(text, file=sys.stderr)

    while True:
        try:
            # the day's first backup is taken by a worker once the window is up
            return open_services(path, daily_backup=False)
        except DatabaseInUseError as error:
            from leadership_desk.ui.single_instance import ask_running_copy_to_show

            if ask_running_copy_to_show(path):
                log.info("Another copy has %s open; asked it to come to the front", path)
                return 0
            tell(error.message)
            return 1
        except DamagedDatabaseError as error:
            if not interactive:
                tell(error.message)
                return 1
            from leadership_desk.ui.choice_dialog import ChoiceDialog

            good = newest_good_backup_of(path)
            now = system_clock()
            if good is not None:
                when = f"{good.taken_at.astimezone():%A %b %d, %H:%M}"
                answer = ChoiceDialog.ask(
                    None, "Your log is damaged",
                    f"{error.message}\n\nThe newest good backup is from {when} and holds "
                    f"{good.activities} activities. The damaged file will be kept aside.",
                    [f"Restore the backup from {when}", "Quit"])
                if answer != 0:
                    return 1
                aside = recover_database(path, good.path, now)
            else:
                answer = ChoiceDialog.ask(
                    None, "Your log is damaged",
                    f"{error.message}\n\nThere is no backup to restore. You can start a new, "
                    "empty log; the damaged file will be kept aside for your IT help desk.",
                    ["Start a new log", "Quit"])
                if answer != 0:
                    return 1
                aside = set_aside_database(path, now)
            log.warning("Damaged log set aside as %s", aside)
        except LeadershipDeskError as error:
            tell(error.message)
            return 1


def _safe_path(path: Path, interactive: bool) -> Path | None:
    """The path to open: a log in a synced or network folder is copied to this computer."""
    risk = location_risk(path)
    if risk is None:
        return path
    from leadership_desk.ui.choice_dialog import ChoiceDialog

    message = unsafe_location_message(path, risk)
    if not interactive:
        print(message, file=sys.stderr)
        return None
    local = local_copy_path(path.name)
    answer = ChoiceDialog.ask(None, "Keep your log on this computer", message,
                              [f"Copy it to this computer ({local.parent}) and use the copy",
                               "Quit"])
    if answer != 0:
        return None
    if path.exists():
        run_on_own_connection(path, system_clock, "UTC",
                              lambda own: own.backups.backup("manual", local), read_only=True)
    log.info("Copied %s to %s", path, local)
    return local


def run_app(db: str | None = None, demo: str | None = None, smoke_test: bool = False) -> int:
    """Opens the app (`demo`: on a fresh sample, "principal" or "ias"); returns the exit code."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from leadership_desk.ui.error_dialog import install_excepthook

    started = time.perf_counter()
    use_matplotlib_cache()  # before anything can import matplotlib
    log_file = setup_logging()
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from leadership_desk.ui.theme import stylesheet

    app.setStyleSheet(stylesheet(app.palette()))
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "leadership-desk.svg")))
    interactive = not smoke_test
    install_excepthook(log_file, interactive=interactive)
    try:
        path: Path | None = make_demo_database(demo) if demo else resolve_db_path(db)
    except LeadershipDeskError as error:
        print(error.message, file=sys.stderr)
        return 1
    path = _safe_path(path, interactive)
    if path is None:
        return 1
    opened = _open_log(path, interactive)
    if isinstance(opened, int):
        return opened
    services = opened
    log.info("Opened %s", services.path)
    window = prepare(services, ask_user=interactive)
    if window is None:
        services.close()
        _forget_demo(path if demo else None)
        return 0
    if demo:
        window.setWindowTitle(window.windowTitle() + " — demo data")
        # the sample ends on the last school day, which may be before today
        window.day_page.go_to(services.reports.all_time().last)
    from PySide6.QtCore import QTimer

    from leadership_desk.ui.first_paint import FirstPaint

    instance: list = []  # the single-instance server, once started

    def after_first_paint() -> None:
        painted, ms = time.time(), (time.perf_counter() - started) * 1000
        # nothing below is needed to show the window: the user sees it sooner without it
        from leadership_desk.ui.single_instance import InstanceServer

        server = InstanceServer(services.path, window)
        server.activation_requested.connect(window.bring_to_front)
        instance.append(server)
        window.tray_controller.start()
        window.backup_actions.daily_backup()
        log.info("Ready; a second start of the app will bring this window to the front")
        if not smoke_test:  # the Dashboard, made ready while the user reads the window
            QTimer.singleShot(PREPARE_AFTER_MS, window.prepare_dashboard)
        if smoke_test:
            # the wall-clock moment too, for benchmarks/run.py to measure from process start
            print(f"smoke test: main window painted in {ms:.0f} ms (at {painted:.6f})")
            window.close()
            app.quit()

    FirstPaint(window, after_first_paint)
    window.show()
    code = app.exec()
    for server in instance:
        server.close()
    services.close()
    _forget_demo(path if demo else None)
    return code


def _forget_demo(path: Path | None) -> None:
    """A demo's temporary folder goes when the app closes: each demo starts afresh, and a
    principal trying it a few times leaves nothing behind."""
    if path is not None and path.parent.name.startswith("leadership-desk-demo-"):
        shutil.rmtree(path.parent, ignore_errors=True)
