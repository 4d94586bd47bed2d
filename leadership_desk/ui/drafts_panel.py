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
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leadership_desk.domain.periods import Period
from leadership_desk.services.container import Services
from leadership_desk.ui.category_picker import CategoryPicker
from leadership_desk.ui.draft_acceptance import accept_drafts
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
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setAccessibleName("Calendar drafts for this day")
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the title gets the room; the long columns are cut to a share of the width, their
        # full text in the tooltip (see _fit_columns)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
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
        if day != self._day:
            self.message.clear()  # what was said about another day
        self._day = day
        calendar = self.services.calendar
        drafts = calendar.drafts(Period(day, day))
        categories = {c.id: c for c in self.services.categories.all()}
        overlapping = {d.id for d in drafts if calendar.overlaps(d)}
        self.model.set_drafts(drafts, categories, overlapping,
                              self.services.profiles.profile().zone)
        self.setVisible(bool(drafts))
        self._fit_columns()
        if drafts:
            self.table.selectRow(0)
            # two to six rows tall, then it scrolls, so the day's activities keep the room;
            # measured from the style's row height (the rows are not laid out yet); never a
            # fixed height, which a short screen would squeeze onto the buttons
            row = self.table.verticalHeader().defaultSectionSize()
            frame = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
            self.table.setMinimumHeight(frame + min(2, len(drafts)) * row)
            self.table.setMaximumHeight(frame + min(6, len(drafts)) * row)

    def resizeEvent(self, event) -> None:  # Qt's name
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """The suggestion and its reason as wide as their text, up to a share of the room;
        the title takes the rest."""
        room = self.table.viewport().width()
        for column, share in ((2, 0.3), (3, 0.25)):
            wanted = self.table.sizeHintForColumn(column) + 12
            self.table.setColumnWidth(column, max(90, min(wanted, int(room * share))))

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [self.model.draft(index.row()).id for index in rows]

    def accept_selected(self, category_id: int | None = None) -> None:
        ids = self.selected_ids()
        if ids:
            self._accept(ids, category_id or None)

    def _accept(self, ids: list[int], category_id: int | None = None) -> None:
        self.message.setText(accept_drafts(self, self.services, ids, category_id))
        self.drafts_changed.emit()

    def change_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        suggested = self.services.calendar.get(ids[0]).suggested_category_id
        chosen = CategoryPicker.ask(self, "Change category", "Accept as:",
                                    self.services.categories.active(), suggested,
                                    self.services.quick_entry.keywords())
        if chosen is not None:
            self._accept(ids, chosen)

    def reject_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            count = self.services.calendar.reject(ids)
            self.message.setText(f"Rejected {count}.")
            self.drafts_changed.emit()

    def accept_all(self) -> None:
        self._accept([self.model.draft(row).id for row in range(self.model.rowCount())])
