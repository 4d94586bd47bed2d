"""The networks side by side, above the Schools view: one row per IAS's network summary."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from leadership_desk.services.network_rows import NetworkSide
from leadership_desk.ui.network_table_model import NetworkTableModel


class NetworksTable(QTableView):
    """A compact table as tall as its rows; Enter or a double-click picks a network.

    Signals: network_chosen(str network name).
    """

    network_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = NetworkTableModel(self)
        self.setModel(self.model_)
        self.setAccessibleName("Networks side by side")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.activated.connect(self._on_self_activated)

    def set_sides(self, sides: list[NetworkSide]) -> None:
        self.model_.set_sides(sides)
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(row) for row in range(self.model_.rowCount()))
        heading = self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(heading + rows + 2 * self.frameWidth())
        self.setVisible(bool(sides))

    def _on_self_activated(self, index) -> None:
        side = self.model_.side(index.row())
        if side is not None:
            self.network_chosen.emit(side.network)
