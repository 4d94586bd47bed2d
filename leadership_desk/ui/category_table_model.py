"""Qt table model over the list of categories."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from leadership_desk.domain.categories import Category

COLUMNS = ("Name", "Counts as", "High leverage", "On the timer", "Status")

Index = QModelIndex | QPersistentModelIndex


class CategoryTableModel(QAbstractTableModel):
    """Read-only adapter: one row per category, in the principal's order."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._categories: list[Category] = []

    def set_categories(self, categories: list[Category]) -> None:
        self.beginResetModel()
        self._categories = list(categories)
        self.endResetModel()

    def category(self, row: int) -> Category | None:
        return self._categories[row] if 0 <= row < len(self._categories) else None

    def row_of(self, category_id: int) -> int | None:
        for row, category in enumerate(self._categories):
            if category.id == category_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._categories)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._categories)):
            return None
        c = self._categories[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                c.name,
                c.kind.label,
                "Yes" if c.high_leverage else "",
                "Yes" if c.favourite else "",
                "Archived" if c.archived else "Active",
            )[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return QColor(c.color)
        if role == Qt.ItemDataRole.ForegroundRole and c.archived:
            return QBrush(QColor("#6B6B6B"))
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        return None
