"""Qt table model over the roll-up rows: one school per row, sortable by its values."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from leadership_desk.domain.balance import format_duration, format_points
from leadership_desk.domain.periods import format_date, format_period
from leadership_desk.services.rollup_service import SchoolRow
from leadership_desk.ui.read_only_table_model import Index, ReadOnlyTableModel

COLUMNS = ("School", "Principal", "Period", "Last summary", "Instruction share", "Change",
           "Trend", "Time logged", "Days logged", "Needs attention")
FLAG_BACKGROUND = QColor("#FDE2C4")
BLOCKS = "▁▂▃▄▅▆▇█"


def sparkline(shares: list[float | None], weeks: int = 12) -> str:
    """The last weeks' shares as block characters; a space where a week had no data."""
    return "".join(" " if s is None else BLOCKS[min(7, int(s * 8))] for s in shares[-weeks:])


class SchoolTableModel(ReadOnlyTableModel):
    """Read-only adapter over SchoolRow; UserRole gives the value to sort by."""

    columns = COLUMNS

    def set_rows(self, rows: list[SchoolRow]) -> None:
        self._set_rows(rows)

    def row(self, index: int) -> SchoolRow | None:
        return self.item(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.valid(index):
            return None
        r: SchoolRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            share = "no data" if r.share is None else \
                f"{r.share * 100:.0f}% (goal {r.goal * 100:.0f}%)"
            period = format_period(r.first, r.last) if r.first and r.last else ""
            return (r.school, r.principal, period, format_date(r.exported_at.date()), share,
                    format_points(r.change), sparkline(r.weekly_shares),
                    format_duration(sum(r.minutes.values()) * 60), str(r.days_logged),
                    ", ".join(r.flags))[column]
        if role == Qt.ItemDataRole.UserRole:  # sort keys
            return (r.school.casefold(), r.principal.casefold(), r.first.isoformat()
                    if r.first else "", r.exported_at.isoformat(),
                    -1 if r.share is None else r.share, -9 if r.change is None else r.change,
                    0, r.hours_logged, r.days_logged, len(r.flags))[column]
        if role == Qt.ItemDataRole.BackgroundRole and r.flags:
            return QBrush(FLAG_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and r.flags:
            return QBrush(QColor("#1A1A1A"))
        if role == Qt.ItemDataRole.ToolTipRole and column == 6:
            return "Weekly instruction share, last 12 weeks (taller is more instruction)"
        return None
