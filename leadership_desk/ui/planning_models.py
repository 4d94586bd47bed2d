"""Qt table models over the school calendar's days without school and the protected blocks."""

from __future__ import annotations

from PySide6.QtCore import Qt

from leadership_desk.domain.blocks import WEEKDAY_NAMES, ProtectedBlock
from leadership_desk.domain.categories import Category
from leadership_desk.domain.periods import format_date
from leadership_desk.domain.school_calendar import NonSchoolDay
from leadership_desk.ui.read_only_table_model import Index, ReadOnlyTableModel


class NonSchoolDayTableModel(ReadOnlyTableModel):
    """One weekday without school per row: its date and its name."""

    columns = ("Date", "Name")

    def set_days(self, days: list[NonSchoolDay]) -> None:
        self._set_rows(days)

    def day(self, row: int) -> NonSchoolDay | None:
        return self.item(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.valid(index) or role != Qt.ItemDataRole.DisplayRole:
            return None
        day: NonSchoolDay = self._rows[index.row()]
        return (format_date(day.day, weekday=True), day.label)[index.column()]


class BlockTableModel(ReadOnlyTableModel):
    """One protected block per row: its day, time, category and name."""

    columns = ("Day", "Time", "Category", "Name")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._categories: dict[int, Category] = {}

    def set_blocks(self, blocks: list[ProtectedBlock], categories: dict[int, Category]) -> None:
        self._categories = dict(categories)
        self._set_rows(blocks)

    def block(self, row: int) -> ProtectedBlock | None:
        return self.item(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.valid(index) or role != Qt.ItemDataRole.DisplayRole:
            return None
        b: ProtectedBlock = self._rows[index.row()]
        category = self._categories.get(b.category_id)
        return (WEEKDAY_NAMES[b.weekday], f"{b.start:%H:%M}–{b.end:%H:%M}",
                category.name if category else "", b.title)[index.column()]
