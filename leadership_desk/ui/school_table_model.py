"""Qt table model over the roll-up rows: one school per row, sortable by its values."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from leadership_desk.domain.balance import format_duration, format_points
from leadership_desk.domain.periods import format_date, format_period
from leadership_desk.services.rollup_service import BELOW_GOAL, SchoolRow
from leadership_desk.ui.read_only_table_model import Index, ReadOnlyTableModel
from leadership_desk.ui.sparkline_delegate import SPARK_ROLE

COLUMNS = ("School", "Principal", "Period", "Last summary", "Instruction share", "Change",
           "Trend", "Time logged", "Days logged", "Needs attention", "Your support",
           "Network")
FLAGS_COLUMN = 9  # what needs attention, in words
SUPPORT_COLUMN = 10  # an IAS's own hours to the school this school year, from their log
NETWORK_COLUMN = 11  # for the assistant superintendent: the network (and its IAS's share)
# from version 2 summaries; a school that sent only version 1 shows "no data"
# (on two lines in the header, so that the table fits a laptop's width)
PLANNING_COLUMNS = ("High-leverage\nshare", "Feedback\nfollow-through", "Protected\nblocks kept")
PLANNING_FIRST = len(COLUMNS)  # the first of them
FLAG_BACKGROUND = QColor("#FDE2C4")
TREND_WEEKS = 12


def trend_words(shares: list[float | None], goal: float) -> str:
    """What the Trend cell draws, in words (a screen reader's text and the tooltip)."""
    weeks = shares[-TREND_WEEKS:]
    values = ", ".join("no data" if s is None else f"{s * 100:.0f}%" for s in weeks)
    return (f"Instruction share by week, last {len(weeks)} weeks: {values}; "
            f"goal {goal * 100:.0f}%")


def needs_colour(flags: list[str]) -> bool:
    """Colour marks what needs a look beyond being below the goal (which most schools are,
    so it would colour every row and say nothing)."""
    return any(flag != BELOW_GOAL for flag in flags)


def planning_cells(r: SchoolRow) -> tuple[str, str, str]:
    """The high-leverage share, follow-through and blocks kept of a school, in words."""
    def share(value: float | None) -> str:
        return "no data" if value is None else f"{value * 100:.0f}%"
    follow = (r.planning or {}).get("follow_through")
    follow_text = share(r.follow_through)
    if follow and follow["observations"]:
        follow_text += f" ({follow['followed']} of {follow['observations']})"
    kept = share(r.blocks_kept)
    if r.planned and r.planned["blocks"]:
        kept += f" ({r.planned['blocks_kept']} of {r.planned['blocks']})"
    return share(r.high_leverage_share), follow_text, kept


# the cells a school known only from a network summary fills in its own way
NETWORK_CELLS = (0, 2, 3, 5, 6, 7, 8)


def network_words(r: SchoolRow) -> str:
    """Where a school known only from a network summary gets its figures, in words."""
    return (f"From {r.via['ias']}'s network summary of {format_date(r.exported_at.date())} "
            f"({r.via['network'] or 'no network name'}): the principal's own summary is not "
            f"imported here, so only the latest share and flags are known.")


def network_cells(r: SchoolRow) -> dict[int, str]:
    """The School, Period, Last summary, Change, Trend, Time and Days logged cells of a
    school known only from a network summary, clearly marked so."""
    sent = format_date(r.exported_at.date())
    return {0: f"{r.school}\n(network summary)",
            2: f"up to {format_date(r.last)}" if r.last else "no data",
            3: f"{r.via['ias']}'s network summary, {sent}", 5: "", 6: "",
            7: "not sent", 8: "not sent"}


class SchoolTableModel(ReadOnlyTableModel):
    """Read-only adapter over SchoolRow; UserRole gives the value to sort by."""

    columns = COLUMNS + PLANNING_COLUMNS

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._support: dict[str, float] = {}
        self._networks: dict[str, str] = {}

    def set_networks(self, labels: dict[str, str]) -> None:
        """{school id: network label} from the network summaries imported."""
        self._networks = dict(labels)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, NETWORK_COLUMN),
                                  self.index(self.rowCount() - 1, NETWORK_COLUMN))

    def set_rows(self, rows: list[SchoolRow]) -> None:
        self._set_rows(rows)

    def set_support(self, hours: dict[str, float]) -> None:
        """{school id: hours} the IAS logged for each school (the Your support column)."""
        self._support = dict(hours)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, SUPPORT_COLUMN),
                                  self.index(self.rowCount() - 1, SUPPORT_COLUMN))

    def row(self, index: int) -> SchoolRow | None:
        return self.item(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.valid(index):
            return None
        r: SchoolRow = self._rows[index.row()]
        column = index.column()
        if column == SUPPORT_COLUMN:
            return self._support_data(r, role)
        if column == NETWORK_COLUMN:
            label = self._networks.get(r.school_id, "")
            if role == Qt.ItemDataRole.DisplayRole:
                return label or "not in a network summary"
            if role == Qt.ItemDataRole.UserRole:
                return label.casefold() if label else "\uffff"  # grouped, unplaced last
            return None
        if column >= len(COLUMNS):
            return self._planning_data(r, column - len(COLUMNS), role)
        if r.via is not None and role == Qt.ItemDataRole.ToolTipRole:
            return network_words(r)  # wherever one points on its row
        if r.via is not None and column in NETWORK_CELLS and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return network_cells(r)[column] if role == Qt.ItemDataRole.DisplayRole \
                else network_words(r)
        if role == Qt.ItemDataRole.DisplayRole:
            share = "no data" if r.share is None else \
                f"{r.share * 100:.0f}% (goal {r.goal * 100:.0f}%)"
            period = format_period(r.first, r.last) if r.first and r.last else ""
            return (r.school, r.principal, period, format_date(r.exported_at.date()), share,
                    format_points(r.change), "",
                    format_duration(sum(r.minutes.values()) * 60), str(r.days_logged),
                    ", ".join(r.flags))[column]
        if role == Qt.ItemDataRole.UserRole:  # sort keys
            return (r.school.casefold(), r.principal.casefold(), r.first.isoformat()
                    if r.first else "", r.exported_at.isoformat(),
                    -1 if r.share is None else r.share, -9 if r.change is None else r.change,
                    0, r.hours_logged, r.days_logged, len(r.flags))[column]
        if role == SPARK_ROLE and column == 6 and r.weekly_shares:
            return r.weekly_shares[-TREND_WEEKS:], r.goal
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) \
                and column == 6:
            return trend_words(r.weekly_shares, r.goal)
        if role == Qt.ItemDataRole.BackgroundRole and needs_colour(r.flags):
            return QBrush(FLAG_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and needs_colour(r.flags):
            return QBrush(QColor("#1A1A1A"))
        return None

    def _support_data(self, r: SchoolRow, role: int):
        hours = self._support.get(r.school_id, 0.0)
        if role == Qt.ItemDataRole.DisplayRole:
            return format_duration(hours * 3600) if hours else "none yet"
        if role == Qt.ItemDataRole.UserRole:
            return hours
        if role == Qt.ItemDataRole.ToolTipRole:
            return "The hours you logged for this school this school year (from your own log)"
        if role == Qt.ItemDataRole.BackgroundRole and needs_colour(r.flags):
            return QBrush(FLAG_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and needs_colour(r.flags):
            return QBrush(QColor("#1A1A1A"))
        return None

    def _planning_data(self, r: SchoolRow, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return planning_cells(r)[column]
        if role == Qt.ItemDataRole.UserRole:
            value = (r.high_leverage_share, r.follow_through, r.blocks_kept)[column]
            return -1 if value is None else value
        if role == Qt.ItemDataRole.BackgroundRole and needs_colour(r.flags):
            return QBrush(FLAG_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and needs_colour(r.flags):
            return QBrush(QColor("#1A1A1A"))
        return None
