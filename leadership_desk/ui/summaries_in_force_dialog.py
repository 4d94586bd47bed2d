"""Which summary is in use for each school (the newest by the time it was made, which holds
the school's name, goal and the days no newer one covers), with the way to replace it: a
file chosen for that school, or forgetting the school's summaries."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leadership_desk.domain.periods import format_moment, format_period
from leadership_desk.ui.choice_dialog import ChoiceDialog
from leadership_desk.ui.read_only_table_model import Index, ReadOnlyTableModel
from leadership_desk.ui.screen_fit import fit_to_screen

REPLACE, FORGET = "replace", "forget"


@dataclass(frozen=True)
class InForceRow:
    """One school and its summary in use (None: imported before files were recorded)."""

    school_id: str
    school: str
    summary: Any  # the services' SummaryInForce


class InForceTableModel(ReadOnlyTableModel):
    """Read-only adapter over InForceRow; the tooltip of the file is its full path."""

    columns = ("School", "File", "Period", "Exported", "Imported")

    def __init__(self, zone: ZoneInfo, parent=None) -> None:
        super().__init__(parent)
        self._zone = zone

    def set_rows(self, rows: list[InForceRow]) -> None:
        self._set_rows(rows)

    def row(self, index: int) -> InForceRow | None:
        return self.item(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.valid(index):
            return None
        r: InForceRow = self._rows[index.row()]
        s = r.summary
        if role == Qt.ItemDataRole.DisplayRole:
            if s is None:
                return (r.school, "not recorded", "", "", "")[index.column()]
            period = format_period(s.first, s.last) if s.first and s.last else "not recorded"
            return (r.school, Path(s.file).name if s.file else "not recorded", period,
                    format_moment(s.exported_at.astimezone(self._zone)),
                    format_moment(s.imported_at.astimezone(self._zone)))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1 and s and s.file:
            return s.file
        return None


class SummariesInForceDialog(QDialog):
    """The table and two actions on the selected school; `choice` is (action, school id)."""

    def __init__(self, rows: list[InForceRow], zone: ZoneInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("The summary in use for each school")
        fit_to_screen(self, 900, 460)
        self.choice: tuple[str, str] | None = None
        heading = QLabel(
            "Each school's figures come from its newest summary (by when it was exported). "
            "If the wrong one is in use, say one from a computer whose clock was wrong, "
            "replace it with the right file, or forget the school's summaries and import "
            "them again.")
        heading.setWordWrap(True)
        self.model = InForceTableModel(zone, self)
        self.model.set_rows(rows)
        self.table = QTableView()
        self.table.setAccessibleName("The summary in use for each school")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.replace_button = QPushButton("Replace with a file…")
        self.forget_button = QPushButton("Forget this school's summaries…")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.replace_button.clicked.connect(self._on_replace_button_clicked)
        self.forget_button.clicked.connect(self._on_forget_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        if rows:
            self.table.selectRow(0)
        self._on_selection_changed()

    def selected(self) -> InForceRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _on_selection_changed(self, *_args) -> None:
        chosen = self.selected() is not None
        self.replace_button.setEnabled(chosen)
        self.forget_button.setEnabled(chosen)

    def _on_replace_button_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.choice = (REPLACE, row.school_id)
            self.accept()

    def _on_forget_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = ChoiceDialog.ask(
            self, "Forget a school's summaries",
            f"Forget every summary imported for {row.school}? Its days leave the Schools "
            f"view until you import its summaries again. A backup is taken first.",
            [f"Forget {row.school}'s summaries", "Keep them"])
        if answer == 0:
            self.choice = (FORGET, row.school_id)
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, rows: list[InForceRow],
            zone: ZoneInfo) -> tuple[str, str] | None:
        """(REPLACE or FORGET, the school's id), or None when closed."""
        dialog = cls(rows, zone, parent)
        dialog.exec()
        return dialog.choice
