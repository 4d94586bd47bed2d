"""The shared-folder part of Settings: where a principal's summaries go (and whether one
leaves every Friday afternoon), and the folder an IAS's copy imports summaries from."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from leadership_desk.domain.summary_folders import FolderSettings


class SummaryFolderForm(QGroupBox):
    """Edits FolderSettings; an empty folder field means none. The folders are checked when
    the settings are saved."""

    def __init__(self, settings: FolderSettings, parent: QWidget | None = None) -> None:
        super().__init__("Summaries through a shared folder", parent)
        self.send_to_edit = QLineEdit(settings.send_to or "")
        self.send_to_edit.setAccessibleName("Send my summaries to this folder")
        self.send_to_edit.setPlaceholderText("None: export summaries by hand")
        self.weekly_box = QCheckBox("Also send it there every Friday afternoon")
        self.weekly_box.setToolTip("From Friday 15:00, the first time the app is open: the "
                                   "school year to date, totals only (never notes, titles or "
                                   "a reflection)")
        self.weekly_box.setChecked(settings.weekly)
        self.watched_edit = QLineEdit(settings.watched or "")
        self.watched_edit.setAccessibleName("Import the summaries that arrive in this folder")
        self.watched_edit.setPlaceholderText("None")
        explain = QLabel("Principals: the shared or synced folder your district gives you "
                         "for summaries; your log itself stays on this computer. IASs: the "
                         "folder your principals send to; new summaries come in on their "
                         "own while the app is open.")
        explain.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(explain)
        form.addRow("Send summaries to", self._with_browse(self.send_to_edit,
                                                           "Choose the send-to folder"))
        form.addRow("", self.weekly_box)
        form.addRow("Import summaries from", self._with_browse(
            self.watched_edit, "Choose the folder to import from"))
        self.send_to_edit.textChanged.connect(self._on_send_to_edit_text_changed)
        self._on_send_to_edit_text_changed(self.send_to_edit.text())

    def _with_browse(self, edit: QLineEdit, title: str) -> QHBoxLayout:
        button = QPushButton("Choose…")
        button.setAccessibleName(title)
        button.clicked.connect(lambda: self._browse(edit, title))
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(button)
        return row

    def _browse(self, edit: QLineEdit, title: str) -> None:
        folder = QFileDialog.getExistingDirectory(self, title, edit.text())
        if folder:
            edit.setText(folder)

    def _on_send_to_edit_text_changed(self, text: str) -> None:
        self.weekly_box.setEnabled(bool(text.strip()))

    def value(self) -> FolderSettings:
        send_to = self.send_to_edit.text().strip() or None
        return FolderSettings(send_to, self.weekly_box.isChecked() and send_to is not None,
                              self.watched_edit.text().strip() or None)
