"""Qt table model over one day's timeline: activities and the untracked gaps between them."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.balance import format_duration
from leadership_desk.domain.categories import Category
from leadership_desk.domain.periods import local_date
from leadership_desk.domain.timeline import Entry, Gap
from leadership_desk.ui.read_only_table_model import Index, ReadOnlyTableModel

COLUMNS = ("Start", "End", "Length", "Category", "Kind", "Title")
RUNNING_BACKGROUND = QColor("#FFF3C4")
GAP_FOREGROUND = QColor("#6B6B6B")


class DayTableModel(ReadOnlyTableModel):
    """Read-only adapter: one row per timeline entry, in time order."""

    columns = COLUMNS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._categories: dict[int, Category] = {}
        self._zone = ZoneInfo("UTC")
        self._now = datetime.now().astimezone()
        self._school_names: dict[str, str] = {}

    def set_school_names(self, names: dict[str, str]) -> None:
        """{school id: name}, for the school an IAS's activity served (after its title)."""
        self._school_names = dict(names)

    def set_day(
        self,
        entries: list[Entry],
        categories: dict[int, Category],
        zone: ZoneInfo,
        now: datetime,
    ) -> None:
        self._categories = dict(categories)
        self._zone = zone
        self._now = now
        self._set_rows(entries)

    def tick(self, now: datetime) -> None:
        """Refreshes the running row's length without rebuilding the table."""
        self._now = now
        for row, entry in enumerate(self._rows):
            if isinstance(entry, Activity) and entry.running:
                self.dataChanged.emit(self.index(row, 1), self.index(row, 2))

    def entry(self, row: int) -> Entry | None:
        return self.item(row)

    def row_of(self, activity_id: int) -> int | None:
        for row, entry in enumerate(self._rows):
            if isinstance(entry, Activity) and entry.id == activity_id:
                return row
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.valid(index):
            return None
        entry = self._rows[index.row()]
        if isinstance(entry, Gap):
            return self._gap_data(entry, index.column(), role)
        return self._activity_data(entry, index.column(), role)

    def _time(self, instant: datetime, day_of: datetime) -> str:
        local = instant.astimezone(self._zone)
        text = f"{local:%H:%M}"
        day_shift = (local.date() - local_date(day_of, self._zone)).days
        if day_shift:
            text += f" ({day_shift:+d} day)"
        return text

    def _activity_data(self, a: Activity, column: int, role: int):
        category = self._categories.get(a.category_id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self._time(a.start, a.start)
            if column == 1:
                return "running" if a.end is None else self._time(a.end, a.start)
            if column == 2:
                return format_duration(a.duration(self._now).total_seconds())
            if column == 3:
                if category is None:
                    return ""
                return category.name + (" (archived)" if category.archived else "")
            if column == 4:
                return category.kind.label if category else ""
            if column == 5:
                title = a.title
                if a.school is not None:
                    school = self._school_names.get(a.school, a.school)
                    title = f"{title} · {school}" if title else school
                return title + ("  🔒 note" if a.note else "")
        if role == Qt.ItemDataRole.BackgroundRole and a.running:
            return QBrush(RUNNING_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and a.running:
            return QBrush(QColor("#1A1A1A"))  # readable on the highlight in dark themes too
        if role == Qt.ItemDataRole.FontRole and a.running:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == 3 and category is not None:
            return QColor(category.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            if a.running:
                return "Running now"
            if a.note:
                return "Has a private note (it never leaves this computer)"
        if role == Qt.ItemDataRole.UserRole:
            return a.id
        return None

    def _gap_data(self, gap: Gap, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self._time(gap.start, gap.start)
            if column == 1:
                return self._time(gap.end, gap.start)
            if column == 2:
                return format_duration(gap.duration.total_seconds())
            if column == 3:
                return "Untracked time"
            return ""
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(GAP_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return "Nothing logged here. Double-click to add what you did."
        return None
