"""The day's drafts from the calendar: accept (A), change the category (C), reject (R),
or accept every suggestion of the day. Drafts count for nothing until accepted.

Signals: drafts_changed() after drafts were accepted or rejected.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leadership_desk.domain.periods import Period
from leadership_desk.services.container import Services
from leadership_desk.ui.draft_table_model import DraftTableModel


class DraftsPanel(QWidget):
    """Shown under the day's activities when the calendar has drafts for that day."""

    drafts_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = DraftTableModel(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        title = QLabel("<b>From your calendar</b> — drafts, not counted until you accept them")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.accept_button = QPushButton("Accept (A)")
        self.change_button = QPushButton("Change category… (C)")
        self.reject_button = QPushButton("Reject (R)")
        self.accept_all_button = QPushButton("Accept all suggestions for this day")
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.change_button, self.reject_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.accept_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.accept_button.clicked.connect(self.accept_selected)
        self.change_button.clicked.connect(self.change_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.accept_all_button.clicked.connect(self.accept_all)
        for key, slot in (("A", self.accept_selected), ("C", self.change_selected),
                          ("R", self.reject_selected)):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self._day: date | None = None

    def set_day(self, day: date) -> None:
        self._day = day
        calendar = self.services.calendar
        drafts = calendar.drafts(Period(day, day))
        categories = {c.id: c for c in self.services.categories.all()}
        overlapping = {d.id for d in drafts if calendar.overlaps(d)}
        self.model.set_drafts(drafts, categories, overlapping,
                              self.services.profiles.profile().zone)
        self.setVisible(bool(drafts))
        if drafts:
            self.table.selectRow(0)
            # as tall as its rows (up to five), so the day's activities keep the room
            rows = min(5, len(drafts))
            height = self.table.horizontalHeader().height() + 4 + sum(
                self.table.rowHeight(row) for row in range(rows))
            self.table.setFixedHeight(height)

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [self.model.draft(index.row()).id for index in rows]

    def _report(self, accepted: int, skipped: list[tuple[int, str]]) -> None:
        text = f"Accepted {accepted}." if accepted else ""
        if skipped:
            text += " Not accepted: " + "; ".join(reason for _, reason in skipped[:3])
        self.message.setText(text.strip())
        self.drafts_changed.emit()

    def accept_selected(self, category_id: int | None = None) -> None:
        ids = self.selected_ids()
        if ids:
            result = self.services.calendar.accept(ids, category_id or None)
            self._report(len(result.accepted), result.skipped)

    def change_selected(self) -> None:
        if not self.selected_ids():
            return
        categories = self.services.categories.active()
        names = [f"{c.name} ({c.kind.label})" for c in categories]
        name, ok = QInputDialog.getItem(self, "Change category", "Accept as:", names, 0, False)
        if ok:
            self.accept_selected(categories[names.index(name)].id)

    def reject_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            count = self.services.calendar.reject(ids)
            self.message.setText(f"Rejected {count}.")
            self.drafts_changed.emit()

    def accept_all(self) -> None:
        ids = [self.model.draft(row).id for row in range(self.model.rowCount())]
        result = self.services.calendar.accept(ids)
        self._report(len(result.accepted), result.skipped)
