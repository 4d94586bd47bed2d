"""'What I have shared': every summary file written from this log, with what each one holds."""

from __future__ import annotations

from zoneinfo import ZoneInfo

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

from leadership_desk.domain.balance import count_of
from leadership_desk.domain.periods import format_moment, format_period
from leadership_desk.services.export_service import ExportRecord
from leadership_desk.ui.read_only_table_model import Index, ReadOnlyTableModel
from leadership_desk.ui.screen_fit import fit_to_screen

FILE_TYPES = {"json": "Summary (.json)", "pdf": "PDF report", "csv": "Spreadsheet (.csv)"}


def shared_heading(records: list[ExportRecord]) -> str:
    """'1 summary exported from this log, in 3 files.' (one export may write several files)."""
    if not records:
        return "Nothing has been exported from this log yet."
    summaries = len({r.export_id for r in records})
    return (f"{count_of(summaries, 'summary', 'summaries')} exported from this log, in "
            f"{count_of(len(records), 'file')}. Private notes are never in them.")


class SharedTableModel(ReadOnlyTableModel):
    """Read-only adapter over the export records, newest first; the tooltip is the full path."""

    columns = ("Exported", "Period", "File", "Activity titles", "Reflection", "Saved as")

    def __init__(self, zone: ZoneInfo, parent=None) -> None:
        super().__init__(parent)
        self._zone = zone

    def set_records(self, records: list[ExportRecord]) -> None:
        self._set_rows(records)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.valid(index):
            return None
        r: ExportRecord = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (format_moment(r.created.astimezone(self._zone)), format_period(r.first, r.last),
                    FILE_TYPES.get(r.format, r.format),
                    "included" if r.included_titles else "not in this file",
                    "included" if r.included_reflection else "not in this file",
                    r.file)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.file
        return None


class SharedDialog(QDialog):
    """The list of exported files; read only."""

    def __init__(self, records: list[ExportRecord], zone: ZoneInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("What I have shared")
        fit_to_screen(self, 900, 420)
        self.heading = QLabel(shared_heading(records))
        self.heading.setWordWrap(True)
        self.model = SharedTableModel(zone, self)
        self.model.set_records(records)
        self.table = QTableView()
        self.table.setAccessibleName("Summary files exported from this log")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.columnCount() - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(bool(records))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, records: list[ExportRecord], zone: ZoneInfo) -> None:
        cls(records, zone, parent).exec()
