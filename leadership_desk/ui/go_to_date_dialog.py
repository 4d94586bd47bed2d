"""Go to a date (Ctrl+G): type it the way you write it, 2026-11-16, 20261116 or 11/16/2026."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leadership_desk.domain.periods import DATE_EXAMPLES, format_date, parse_date
from leadership_desk.errors import ValidationError


class GoToDateDialog(QDialog):
    """One line for the date; the day it means is shown as you type."""

    def __init__(self, current: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Go to date")
        self.day: date | None = current
        self.edit = QLineEdit(current.isoformat())
        self.edit.setAccessibleName("Date to go to")
        self.edit.selectAll()
        self.hint = QLabel(f"Type a date like {DATE_EXAMPLES}.")
        self.hint.setWordWrap(True)
        self.meaning = QLabel()
        self.meaning.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Go")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.edit)
        layout.addWidget(self.meaning)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._on_edit_text_changed)
        self._on_edit_text_changed(self.edit.text())

    def _on_edit_text_changed(self, text: str) -> None:
        try:
            self.day = parse_date(text)
        except ValidationError as error:
            self.day = None
            self.meaning.setText(error.message)
        else:
            self.meaning.setText(format_date(self.day, weekday=True))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.day is not None)

    @classmethod
    def ask(cls, parent: QWidget | None, current: date) -> date | None:
        dialog = cls(current, parent)
        return dialog.day if dialog.exec() == QDialog.DialogCode.Accepted else None
