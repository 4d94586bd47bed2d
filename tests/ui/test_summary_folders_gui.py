"""Summaries through shared folders in the app: the watched folder, the refusal notice, the
send-to folder on export, and the Settings part that sets them."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from leadership_desk.domain.summary_folders import FolderSettings
from leadership_desk.ui.export_dialog import ExportDialog, ExportRequest
from leadership_desk.ui.settings_dialog import SettingsDialog
from leadership_desk.ui.summary_folders import SummaryFolders
from tests.helpers import log
from tests.services.test_rollup import summary


def test_a_summary_dropped_in_the_watched_folder_is_imported(qtbot, services, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    services.folders.save(FolderSettings(watched=str(inbox)))
    folders = SummaryFolders(services)
    folders.start()  # the scan at start-up: nothing there yet
    qtbot.waitUntil(lambda: not folders.busy(), timeout=20000)
    assert folders.watcher.directories() == [str(inbox)]
    with qtbot.waitSignal(folders.imported, timeout=20000) as arrived:
        (inbox / "lincoln.json").write_bytes(summary("Lincoln", (60, 40), (50, 50)))
    assert [(Path(r.file).name, r.status) for r in arrived.args[0]] == [
        ("lincoln.json", "accepted")]
    qtbot.waitUntil(lambda: [r.school for r in services.rollup.rows()] == ["Lincoln"],
                    timeout=20000)


def test_the_window_says_what_came_in_and_what_was_refused(qtbot, window, services, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "lincoln.json").write_bytes(summary("Lincoln", (60, 40), (50, 50)))
    (inbox / "edited.json").write_text('{"format": "leadership-desk-summary"}')
    services.folders.save(FolderSettings(watched=str(inbox)))
    assert window.schools_page is None  # a principal's window until something comes in
    window.summary_folders.start()  # as at start-up
    qtbot.waitUntil(lambda: "refused" in window.status_label.text(), timeout=20000)
    assert window.status_label.text() == (
        "1 new summary came in, 1 was refused. See the Schools view for each file.")
    lines = window.schools_page.results.toPlainText().splitlines()
    assert lines[0] == "From the shared folder: 1 imported, 0 already there, 1 not imported."
    assert sorted(line.split(":")[0] for line in lines[1:]) == ["edited.json", "lincoln.json"]
    assert window.schools_page.model.rowCount() == 1


def test_export_summary_writes_the_json_to_the_send_to_folder(qtbot, window, services,
                                                              tmp_path, monkeypatch):
    shared, chosen = tmp_path / "shared", tmp_path / "chosen"
    shared.mkdir()
    chosen.mkdir()
    services.folders.save(FolderSettings(send_to=str(shared)))
    log(services, "feedback-coaching", "2026-11-16 08:00", "2026-11-16 09:00")
    doc = services.exports.build(services.exports.default_period())
    monkeypatch.setattr(ExportDialog, "ask", classmethod(
        lambda cls, *a: ExportRequest(doc, chosen, ("json", "pdf"))))
    with qtbot.waitSignal(window.exported, timeout=20000):
        window.export_action.trigger()
    name = f"Leadership Desk summary {doc['school']['id']} 2026-11-16 to 2026-11-17.json"
    assert [p.name for p in shared.iterdir()] == [name]
    assert json.loads((shared / name).read_text())["export_id"] == doc["export_id"]
    assert [p.suffix for p in chosen.iterdir()] == [".pdf"]  # the rest where chosen
    # the status line names each file's folder
    assert window.status_label.text() == (f"Exported the summary: JSON to {shared}; "
                                          f"PDF to {chosen}.")


def test_the_export_dialog_names_the_send_to_folder(qtbot, services, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    services.folders.save(FolderSettings(send_to=str(shared)))
    dialog = ExportDialog(services)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(type(dialog.error_label))]
    assert f"The summary file for the IAS (.json) goes to your send-to folder: {shared}" \
        in texts


def test_settings_set_the_folders(qtbot, window, services, tmp_path, monkeypatch):
    dialog = SettingsDialog(services.profiles.profile(), None,
                            services.profiles.reminder_settings(), FolderSettings())
    qtbot.addWidget(dialog)
    form = dialog.folder_form
    assert not form.weekly_box.isEnabled()  # nothing to send weekly without a folder
    shared = tmp_path / "shared"
    shared.mkdir()
    form.send_to_edit.setText(str(shared))
    form.weekly_box.setChecked(True)
    dialog.accept()
    assert dialog.result_folders == FolderSettings(str(shared), True, None)
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(
        lambda cls, *a, **k: (services.profiles.profile(), services.profiles.reminder_settings(),
                         dialog.result_folders)))
    window.open_settings()
    assert services.folders.settings() == FolderSettings(str(shared), True, None)
    assert window.summary_folders.weekly.isActive()


def test_the_open_app_sends_the_weekly_summary_on_friday_afternoon(qtbot, services, clock,
                                                                   tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    services.folders.save(FolderSettings(send_to=str(shared), weekly=True))
    clock.now = datetime(2026, 11, 20, 22, 30, tzinfo=UTC)  # Friday 14:30 in Los Angeles
    folders = SummaryFolders(services)
    folders.start()
    qtbot.waitUntil(lambda: not folders.busy(), timeout=20000)
    assert folders.weekly.isActive() and list(shared.iterdir()) == []
    clock.now = datetime(2026, 11, 20, 23, 5, tzinfo=UTC)  # 15:05: the next check sends it
    with qtbot.waitSignal(folders.message, timeout=20000) as said:
        folders.weekly.timeout.emit()
    (sent,) = shared.iterdir()
    assert sent.name.endswith(" 2026-07-01 to 2026-11-20.json")
    assert said.args == [f"Sent this week's summary (totals only) to {sent}"]
