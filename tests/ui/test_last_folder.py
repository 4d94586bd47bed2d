"""File dialogs open where the same kind of file was last chosen, each purpose on its own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from leadership_desk.ui.export_dialog import ExportDialog
from leadership_desk.ui.last_folder import last_folder


def test_each_dialog_remembers_its_own_folder(qtbot, window, services, tmp_path, monkeypatch):
    calendars = tmp_path / "calendars"
    calendars.mkdir()
    (calendars / "week.ics").write_text("not a calendar")
    opened_in = []

    def choose(parent, caption, folder, filters):
        opened_in.append(Path(folder))
        return str(calendars / "week.ics"), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(choose))
    monkeypatch.setattr(window.calendar_actions, "import_file", lambda path, day: None)
    window.calendar_actions.choose_and_import(date(2026, 11, 16))
    window.calendar_actions.choose_and_import(date(2026, 11, 16))
    assert opened_in == [Path.home(), calendars]
    assert last_folder("export") == Path.home()  # another purpose is not moved

    exports = tmp_path / "for the IAS"
    exports.mkdir()
    dialog = ExportDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.folder_edit.text() == str(Path.home())
    dialog.folder_edit.setText(str(exports))
    dialog.request()
    again = ExportDialog(services)
    qtbot.addWidget(again)
    assert again.folder_edit.text() == str(exports)
    exports.rmdir()  # a folder that is gone falls back to home
    assert last_folder("export") == Path.home()
