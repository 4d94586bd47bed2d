"""The app's safety nets: one copy per log, damaged logs, synced folders, unexpected errors."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from datetime import time as clock_time

import pytest
from PySide6.QtCore import QObject

from leadership_desk import app as app_module
from leadership_desk.services.container import open_services
from leadership_desk.ui.activity_dialog import ActivityDialog, ActivityForm
from leadership_desk.ui.choice_dialog import ChoiceDialog
from leadership_desk.ui.error_dialog import ErrorDialog, install_excepthook
from leadership_desk.ui.restore_dialog import RestoreDialog
from leadership_desk.ui.single_instance import InstanceServer, ask_running_copy_to_show
from tests.helpers import log


def test_second_start_brings_the_first_to_the_front(qtbot, tmp_path):
    owner = QObject()
    server = InstanceServer(tmp_path / "log.sqlite3", owner)
    assert server.listening
    with qtbot.waitSignal(server.activation_requested, timeout=5000):
        assert ask_running_copy_to_show(tmp_path / "log.sqlite3")
    server.close()
    assert not ask_running_copy_to_show(tmp_path / "other.sqlite3", timeout_ms=200)
    owner.deleteLater()


@pytest.mark.slow
def test_two_app_processes_on_one_log(tmp_path):
    db = tmp_path / "shared.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_STATE_HOME": str(tmp_path / "state")}
    subprocess.run([sys.executable, "-m", "leadership_desk", "demo", "--db", str(db),
                    "--days", "5"], check=True, capture_output=True, env=env, timeout=120)
    log_file = tmp_path / "state" / "Leadership Desk" / "log" / "leadership-desk.log"
    first = subprocess.Popen([sys.executable, "-m", "leadership_desk", "--db", str(db)],
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while "Ready;" not in (log_file.read_text() if log_file.exists() else ""):
            assert time.monotonic() < deadline, "the first copy did not start"
            assert first.poll() is None, "the first copy exited"
            time.sleep(0.1)
        second = subprocess.run([sys.executable, "-m", "leadership_desk", "--db", str(db),
                                 "--smoke-test"], env=env, capture_output=True, text=True,
                                timeout=120)
        assert second.returncode == 0
        assert "painted" not in second.stdout  # it did not open a window of its own
        deadline = time.monotonic() + 30
        while "bringing it to the front" not in log_file.read_text():
            assert time.monotonic() < deadline, "the first copy was not asked to show"
            time.sleep(0.1)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    # the killed copy's lock is gone: the next start opens normally
    third = subprocess.run([sys.executable, "-m", "leadership_desk", "--db", str(db),
                            "--smoke-test"], env=env, capture_output=True, text=True,
                           timeout=120)
    assert third.returncode == 0 and "painted" in third.stdout, third.stderr


def test_damaged_log_offers_the_newest_good_backup(qtbot, services, monkeypatch):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00")
    services.backups.backup("manual")
    path = services.path
    services.close()
    with open(path, "r+b") as handle:
        handle.write(b"garbage garbage garbage")
    damaged = path.read_bytes()
    offers = []

    def answer(cls, parent, title, message, options):
        offers.append(options)
        return 0

    monkeypatch.setattr(ChoiceDialog, "ask", classmethod(answer))
    opened = app_module._open_log(path, interactive=True)
    try:
        assert offers[0][0].startswith("Restore the backup from")
        assert opened.activities.count() == 1
        kept = list(path.parent.glob("*.damaged-*"))
        assert [p.read_bytes() for p in kept if not p.name.endswith(("-wal", "-shm"))] == [
            damaged]
    finally:
        opened.close()


def test_damaged_log_without_backup_can_start_afresh(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "log.sqlite3"
    path.write_text("not a database at all " * 200)
    monkeypatch.setattr(ChoiceDialog, "ask", classmethod(lambda cls, *a: 0))
    opened = app_module._open_log(path, interactive=True)
    try:
        assert opened.activities.count() == 0
        assert list(tmp_path.glob("log.sqlite3.damaged-*"))
    finally:
        opened.close()


def test_a_synced_folder_is_copied_to_this_computer(qtbot, tmp_path, clock, monkeypatch):
    synced = tmp_path / "OneDrive - Unified School District" / "desk.sqlite3"
    s = open_services(synced, clock=clock)
    log(s, "office-email", "2026-11-17 08:00", "2026-11-17 09:00")
    s.close()
    messages = []

    def answer(cls, parent, title, message, options):
        messages.append(message)
        return 0

    monkeypatch.setattr(ChoiceDialog, "ask", classmethod(answer))
    local = app_module._safe_path(synced, interactive=True)
    assert "OneDrive" in messages[0]
    assert local != synced and "OneDrive" not in str(local)
    copy = open_services(local, clock=clock)
    try:
        assert copy.activities.count() == 1
    finally:
        copy.close()


@pytest.mark.qt_no_exception_capture
def test_a_failing_save_shows_the_error_logs_it_and_keeps_the_form(
        qtbot, window, services, monkeypatch, tmp_path):
    log_file = tmp_path / "errors.log"
    handler = logging.FileHandler(log_file)
    logging.getLogger("leadership_desk").addHandler(handler)
    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(ErrorDialog, "exec", lambda self: shown.append(self.details))
    install_excepthook(str(log_file))

    def broken_add(*args, **kwargs):
        raise RuntimeError("unexpected failure in saving")

    monkeypatch.setattr(services.activities, "add", broken_add)
    category = services.categories.by_slug("office-email")
    typed = ActivityForm(day=services.reports.today(), start=clock_time(8), end=clock_time(9),
                         category_id=category.id, title="Typed title", note="typed note")
    asked = []

    def ask(cls, parent, form, categories, titles, error="", **_options):
        asked.append((form, error))
        return typed if len(asked) == 1 else None

    monkeypatch.setattr(ActivityDialog, "ask", classmethod(ask))
    try:
        window.add_activity()
    finally:
        logging.getLogger("leadership_desk").removeHandler(handler)
        handler.close()
    assert "unexpected failure in saving" in shown[0]
    assert "unexpected failure in saving" in log_file.read_text()
    assert asked[1][0] == typed and "still here" in asked[1][1]


@pytest.mark.qt_no_exception_capture
def test_a_slot_that_raises_is_logged_and_shown(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QPushButton

    log_file = tmp_path / "errors.log"
    handler = logging.FileHandler(log_file)
    logging.getLogger("leadership_desk").addHandler(handler)
    shown = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(ErrorDialog, "exec", lambda self: shown.append(self.details))
    install_excepthook(str(log_file))
    button = QPushButton("boom")
    qtbot.addWidget(button)

    def explode():
        raise ValueError("a slot went wrong")

    button.clicked.connect(explode)
    try:
        button.click()
    finally:
        logging.getLogger("leadership_desk").removeHandler(handler)
        handler.close()
    assert shown and "a slot went wrong" in shown[0]
    assert "a slot went wrong" in log_file.read_text()


def test_back_up_and_restore_from_the_window(qtbot, window, services, monkeypatch):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00", "Kept")
    with qtbot.waitSignal(window.backup_actions.backed_up, timeout=10000) as blocker:
        window.backup_action.trigger()
    backup = blocker.args[0]
    assert backup.activities == 1
    log(services, "travel", "2026-11-17 10:00", "2026-11-17 11:00", "Later")
    window.refresh()
    assert window.day_page.model.rowCount() == 3  # two activities and the gap
    offered = []

    def choose(cls, parent, backups):
        offered.extend(backups)
        return next(b for b in backups if b.path == backup.path)

    monkeypatch.setattr(RestoreDialog, "ask", classmethod(choose))
    with qtbot.waitSignal(window.backup_actions.restored, timeout=10000):
        window.restore_action.trigger()
    assert [window.day_page.model.index(r, 5).data() for r in range(
        window.day_page.model.rowCount())] == ["Kept"]
    assert "Restored" in window.status_label.text()
    assert services.activities.count() == 1


def test_restore_dialog_lists_backups(qtbot, qtmodeltester, services):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00")
    services.backups.backup("manual")
    dialog = RestoreDialog(services.backups.list())
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.model.index(0, 1).data() == "You asked for it"
    assert dialog.model.index(0, 2).data() == "1"
    assert dialog.selected() is not None


def test_back_up_to_a_chosen_place_keeps_an_existing_file(qtbot, window, services, tmp_path,
                                                          monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00")
    target = tmp_path / "usb" / "desk.sqlite3"
    target.parent.mkdir()
    target.write_text("an older copy")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(window.backup_actions.backed_up, timeout=10000) as blocker:
        window.backup_actions.back_up_to()
    assert blocker.args[0].path == target and blocker.args[0].activities == 1
    assert (tmp_path / "usb" / "desk.sqlite3.old").read_text() == "an older copy"


def test_the_days_first_backup_is_taken_off_the_gui_thread(qtbot, window, services):
    log(services, "office-email", "2026-11-17 08:00", "2026-11-17 09:00")
    with qtbot.waitSignal(window.backup_actions.backed_up, timeout=10000) as blocker:
        window.backup_actions.daily_backup()
    assert blocker.args[0].reason == "daily" and blocker.args[0].activities == 1
    assert window.centralWidget().isEnabled()  # a backup never stops the principal
    with qtbot.waitSignal(window.backup_actions.busy_changed, timeout=2000, raising=False) \
            as again:
        window.backup_actions.daily_backup()
    assert not again.signal_triggered
    qtbot.waitUntil(lambda: not window.backup_actions.busy, timeout=10000)
    assert [b.reason for b in services.backups.list()] == ["daily"]
