"""Lists the backups with their dates and contents; the principal picks one to restore."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leadership_desk.domain.backups import BackupInfo
from leadership_desk.domain.periods import format_moment
from leadership_desk.ui.read_only_table_model import Index, ReadOnlyTableModel
from leadership_desk.ui.screen_fit import fit_to_screen

REASONS = {
    "daily": "Daily",
    "manual": "You asked for it",
    "before-restore": "Before a restore",
    "before-update": "Before an update of the app",
    "before-import": "Before an import",
    "copy": "Copy",
}


class BackupTableModel(ReadOnlyTableModel):
    """Read-only adapter over a list of backups, newest first."""

    columns = ("Taken", "Why", "Activities", "State")

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self._set_rows(backups)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.valid(index):
            return None
        info: BackupInfo = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                format_moment(info.taken_at.astimezone()),
                REASONS.get(info.reason, info.reason),
                "" if info.activities is None else str(info.activities),
                "Good" if info.ok else f"Not usable ({info.problem})",
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        return None


class RestoreDialog(QDialog):
    """Pick a backup; the current log is backed up before it is replaced."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from backup")
        fit_to_screen(self, 640, 420)
        self.model = BackupTableModel(self)
        self.model.set_backups(backups)
        self.table = QTableView()
        self.table.setAccessibleName("Backups")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        intro = QLabel(
            "Choose the backup to go back to. Your log as it is now is backed up first, so "
            "you can come back to it."
            if backups else "There are no backups yet. Leadership Desk makes one on the first "
            "start of each day."
        )
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Restore")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        good = next((row for row, info in enumerate(backups) if info.ok), None)
        if good is not None:
            self.table.selectRow(good)
        self._on_selection_changed()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _on_selection_changed(self) -> None:
        info = self.selected()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            info is not None and info.ok)

    @classmethod
    def ask(cls, parent: QWidget | None, backups: list[BackupInfo]) -> BackupInfo | None:
        dialog = cls(backups, parent)
        return dialog.selected() if dialog.exec() == QDialog.DialogCode.Accepted else None
