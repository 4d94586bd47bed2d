"""Qt table model over a day's calendar drafts."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from leadership_desk.domain.categories import Category
from leadership_desk.domain.drafts import Draft
from leadership_desk.ui.read_only_table_model import Index, ReadOnlyTableModel

COLUMNS = ("Time", "Title", "Suggested category", "Why", "Note")


class DraftTableModel(ReadOnlyTableModel):
    """Read-only adapter: one row per draft; all-day events are listed for context."""

    columns = COLUMNS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._categories: dict[int, Category] = {}
        self._overlapping: set[int] = set()
        self._zone = ZoneInfo("UTC")

    def set_drafts(self, drafts: list[Draft], categories: dict[int, Category],
                   overlapping: set[int], zone: ZoneInfo) -> None:
        self._categories = dict(categories)
        self._overlapping = set(overlapping)
        self._zone = zone
        self._set_rows(drafts)

    def draft(self, row: int) -> Draft | None:
        return self.item(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.valid(index):
            return None
        d: Draft = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            category = self._categories.get(d.suggested_category_id)
            notes = []
            if d.all_day is not None:
                notes.append("all day: never counted")
            if d.id in self._overlapping:
                notes.append("overlaps a logged activity")
            if d.free:
                notes.append("marked free")
            return (
                "all day" if d.start is None or d.end is None else
                f"{d.start.astimezone(self._zone):%H:%M}–{d.end.astimezone(self._zone):%H:%M}",
                d.title,
                "" if category is None else f"{category.name} ({category.kind.label})",
                d.reason,
                "; ".join(notes),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 2, 3):
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return d.id
        return None
