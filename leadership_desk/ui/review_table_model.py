"""Qt table model over a day review: activities, drafts and untracked time in one list."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from leadership_desk.domain.balance import format_duration
from leadership_desk.domain.categories import Category
from leadership_desk.domain.review import ACTIVITY, DRAFT, ReviewItem
from leadership_desk.ui.read_only_table_model import Index, ReadOnlyTableModel


class ReviewTableModel(ReadOnlyTableModel):
    """Read-only adapter: one row per review item."""

    columns = ("Time", "Length", "What", "Category", "Title")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._categories: dict[int, Category] = {}
        self._zone = ZoneInfo("UTC")

    def set_items(self, items: list[ReviewItem], categories: dict[int, Category],
                  zone: ZoneInfo) -> None:
        self._categories = dict(categories)
        self._zone = zone
        self._set_rows(items)

    def review_item(self, row: int) -> ReviewItem | None:
        return self.item(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.valid(index):
            return None
        item: ReviewItem = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item)[index.column()]
        if role == Qt.ItemDataRole.FontRole and item.kind != ACTIVITY:
            font = QFont()
            font.setItalic(True)
            font.setBold(item.kind != DRAFT)
            return font
        return None

    def _text(self, item: ReviewItem) -> tuple[str, str, str, str, str]:
        zone = self._zone
        running = item.activity is not None and item.activity.end is None
        end = "now" if running else f"{item.end.astimezone(zone):%H:%M}"
        time = f"{item.start.astimezone(zone):%H:%M}–{end}"
        length = format_duration((item.end - item.start).total_seconds())
        if item.kind == ACTIVITY:
            category = self._categories.get(item.activity.category_id)
            name = "" if category is None else f"{category.name} ({category.kind.label})"
            return time, length, "Logged", name, item.activity.title
        if item.kind == DRAFT:
            category = self._categories.get(item.draft.suggested_category_id)
            name = ("no suggestion: press C" if category is None else
                    f"suggested: {category.name} ({category.kind.label})")
            return time, length, "From your calendar", name, item.draft.title
        return time, length, "Untracked time", "type what it was, or 1–8", ""
