"""Qt table model over the networks side by side: one IAS's network per row."""

from __future__ import annotations

from PySide6.QtCore import Qt

from leadership_desk.domain.balance import format_duration, format_share
from leadership_desk.domain.periods import format_period
from leadership_desk.services.network_rows import NetworkSide
from leadership_desk.ui.read_only_table_model import Index, ReadOnlyTableModel

# two-line headings keep the table within a laptop's width
COLUMNS = ("Network", "IAS", "Schools", "Median\ninstruction share", "Mean\ninstruction share",
           "Need\nattention", "Below\ngoal", "IAS's own\ninstructional support",
           "IAS's own\nsupport time")
TIPS = (
    "The network, as its IAS named it in their network summary",
    "The IAS who sent the network summary",
    "Schools of this network in the table below",
    "Half the network's schools are above this share, half below (schools without a share "
    "left out)",
    "The schools' shares added up and divided by how many schools have one",
    "Schools falling, without a summary for 2 weeks, or rarely logging",
    "Schools below their goal",
    "The IAS's own log: instruction / (instruction + management) of their support time",
    "The IAS's own instruction and management time over their summary's period",
)


def side_cells(side: NetworkSide) -> tuple[str, ...]:
    """A network's row, in words."""
    return (side.network or "(no network name)", side.ias, str(side.schools),
            format_share(side.median_share), format_share(side.mean_share),
            str(side.need_attention), str(side.below_goal), format_share(side.support_share),
            format_duration(side.support_hours * 3600))


class NetworkTableModel(ReadOnlyTableModel):
    """Read-only adapter over NetworkSide; UserRole gives the value to sort by."""

    columns = COLUMNS

    def set_sides(self, sides: list[NetworkSide]) -> None:
        self._set_rows(sides)

    def side(self, index: int) -> NetworkSide | None:
        return self.item(index)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(TIPS):
            return TIPS[section]
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.valid(index):
            return None
        side: NetworkSide = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return side_cells(side)[column]
        if role == Qt.ItemDataRole.UserRole:
            def share(value: float | None) -> float:
                return -1 if value is None else value

            return (side.network.casefold(), side.ias.casefold(), side.schools,
                    share(side.median_share), share(side.mean_share), side.need_attention,
                    side.below_goal, share(side.support_share), side.support_hours)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (f"From {side.ias}'s network summary of "
                    f"{format_period(side.first, side.last)}. {TIPS[column]}.")
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
