"""Export a summary for the IAS: period, formats, what to include, and a preview of exactly
what will leave this computer before anything is written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leadership_desk.domain.periods import Period
from leadership_desk.errors import LeadershipDeskError
from leadership_desk.services.container import Services
from leadership_desk.services.export_service import REFLECTION_MAX, preview_text
from leadership_desk.ui.formats import use_app_date_format
from leadership_desk.ui.last_folder import last_folder, remember_folder
from leadership_desk.ui.screen_fit import fit_to_screen

NARROW = 820  # pixels under which the preview goes below the choices


@dataclass(frozen=True)
class ExportRequest:
    """What the principal chose: the summary document and where each format goes."""

    doc: dict[str, Any]
    folder: Path
    formats: tuple[str, ...]


class ExportDialog(QDialog):
    """The choices on the left, the preview of the file's content on the right."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export summary for my IAS")
        fit_to_screen(self, 980, 600)
        self.services = services
        self.doc: dict[str, Any] | None = None
        default = services.exports.default_period()
        month = services.reports.period("month")
        self._periods = {"year": default, "month": Period(month.first, min(month.last,
                                                                          default.last))}
        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName("Period")
        self.period_combo.addItem("The school year to date", "year")
        self.period_combo.addItem("This month", "month")
        self.period_combo.addItem("Dates I choose", "custom")
        self.from_edit = QDateEdit(QDate(default.first.year, default.first.month,
                                         default.first.day))
        self.to_edit = QDateEdit(QDate(default.last.year, default.last.month, default.last.day))
        self.from_edit.setAccessibleName("First day")
        self.to_edit.setAccessibleName("Last day")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            use_app_date_format(edit)
        dates = QHBoxLayout()
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel("to"))
        dates.addWidget(self.to_edit)
        self.json_check = QCheckBox("Summary file for the IAS to import (.json)")
        self.json_check.setChecked(True)
        self.pdf_check = QCheckBox("PDF report, to read and print (.pdf)")
        self.pdf_check.setChecked(True)
        self.csv_check = QCheckBox("Spreadsheet of daily totals (.csv)")
        self.titles_check = QCheckBox("Include activity titles (check the preview for "
                                      "student names)")
        self.reflection_edit = QPlainTextEdit()
        self.reflection_edit.setAccessibleName("Reflection for your IAS")
        self.reflection_edit.setPlaceholderText(
            "Optional, for your IAS: wins, obstacles, support you need. Do not name students.")
        self.reflection_edit.setFixedHeight(110)
        self.folder_edit = QLineEdit(str(last_folder("export")))
        self.folder_edit.setAccessibleName("Save in folder")
        browse = QPushButton("Choose…")
        browse.setAccessibleName("Choose the folder")
        browse.clicked.connect(self._on_browse_clicked)
        folder = QHBoxLayout()
        folder.addWidget(self.folder_edit, 1)
        folder.addWidget(browse)
        form = QFormLayout()
        form.addRow("Period", self.period_combo)
        form.addRow("", dates)
        form.addRow("Files", self.json_check)
        form.addRow("", self.pdf_check)
        form.addRow("", self.csv_check)
        form.addRow("Include", self.titles_check)
        form.addRow("Reflection", self.reflection_edit)
        form.addRow("Save in", folder)
        send_to = services.folders.settings().send_to
        if send_to:
            note = QLabel(f"The summary file for the IAS (.json) goes to your send-to "
                          f"folder: {send_to}")
            note.setWordWrap(True)
            note.setTextFormat(Qt.TextFormat.PlainText)  # a folder name is not markup
            form.addRow("", note)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.error_label)
        left.addStretch(1)
        self.preview = QPlainTextEdit()
        self.preview.setAccessibleName("Exactly what the files will carry")
        self.preview.setReadOnly(True)
        self.preview.setMinimumHeight(160)
        right = QVBoxLayout()
        heading = QLabel("<b>Exactly what the files will carry</b> (private notes never do)")
        right.addWidget(heading)
        right.addWidget(self.preview, 1)
        content = QWidget()
        body = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        body.setContentsMargins(0, 0, 0, 0)
        self._body = body
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        # on a small screen (1024x600 at 150%) the choices scroll instead of being cut
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText("Export")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        for signal in (self.period_combo.currentIndexChanged, self.from_edit.dateChanged,
                       self.to_edit.dateChanged, self.titles_check.toggled,
                       self.reflection_edit.textChanged, self.json_check.toggled,
                       self.pdf_check.toggled, self.csv_check.toggled):
            signal.connect(self.update_preview)
        self.update_preview()

    def resizeEvent(self, event) -> None:  # Qt's name
        super().resizeEvent(event)
        # side by side where there is room; the preview under the choices where there is not
        narrow = self.width() < NARROW
        self._body.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                                else QBoxLayout.Direction.LeftToRight)

    def period(self) -> Period:
        kind = self.period_combo.currentData()
        custom = kind == "custom"
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if custom:
            return Period(self.from_edit.date().toPython(), self.to_edit.date().toPython())
        return self._periods[kind]

    def formats(self) -> tuple[str, ...]:
        return tuple(fmt for fmt, check in (("json", self.json_check), ("pdf", self.pdf_check),
                                            ("csv", self.csv_check)) if check.isChecked())

    def update_preview(self) -> None:
        """Builds the summary as it would be written and shows its content."""
        reflection = self.reflection_edit.toPlainText()
        try:
            if len(reflection) > REFLECTION_MAX:
                raise LeadershipDeskError(
                    f"The reflection can be at most {REFLECTION_MAX} characters.")
            if not self.formats():
                raise LeadershipDeskError("Choose at least one kind of file.")
            self.doc = self.services.exports.build(
                self.period(), include_titles=self.titles_check.isChecked(),
                reflection=reflection)
        except LeadershipDeskError as error:
            self.doc = None
            self.error_label.setText(error.message)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        self.error_label.setText("")
        self.preview.setPlainText(preview_text(self.doc, self.formats()))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Save the summary in",
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def request(self) -> ExportRequest | None:
        if self.doc is None:
            return None
        remember_folder("export", self.folder_edit.text())
        return ExportRequest(self.doc, Path(self.folder_edit.text()), self.formats())

    @classmethod
    def ask(cls, parent: QWidget | None, services: Services) -> ExportRequest | None:
        dialog = cls(services, parent)
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
