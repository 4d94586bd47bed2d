"""Qt table model over the list of categories."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from leadership_desk.domain.categories import Category
from leadership_desk.ui.read_only_table_model import Index, ReadOnlyTableModel

COLUMNS = ("Name", "Counts as", "High leverage", "On the timer", "Status")


class CategoryTableModel(ReadOnlyTableModel):
    """Read-only adapter: one row per category, in the principal's order."""

    columns = COLUMNS

    def set_categories(self, categories: list[Category]) -> None:
        self._set_rows(categories)

    def category(self, row: int) -> Category | None:
        return self.item(row)

    def row_of(self, category_id: int) -> int | None:
        for row, category in enumerate(self._rows):
            if category.id == category_id:
                return row
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.valid(index):
            return None
        c = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                c.name,
                c.kind.label,
                "Yes" if c.high_leverage else "",
                "Yes" if c.favourite else "",
                "Archived" if c.archived else "Active",
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return c.name  # the whole name where the column is too narrow for it
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return QColor(c.color)
        if role == Qt.ItemDataRole.ForegroundRole and c.archived:
            return QBrush(QColor("#6B6B6B"))
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        return None
