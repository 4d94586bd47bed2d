"""The day view: navigation between days and the day's activities with their gaps."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.periods import format_date
from leadership_desk.domain.timeline import Gap
from leadership_desk.ui.day_table_model import DayTableModel
from leadership_desk.ui.elided_label import ElidedLabel
from leadership_desk.ui.formats import use_app_date_format


class DayPage(QWidget):
    """One day's activities in time order.

    Signals: day_changed(date), quick_entry_requested(),
    add_requested(object: (start, end) of a gap or None), edit_requested(int activity id),
    delete_requested(int activity id).
    """

    day_changed = Signal(object)
    quick_entry_requested = Signal()
    add_requested = Signal(object)
    edit_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._day = today
        self._today = today
        self.model = DayTableModel(self)

        self.previous_button = QPushButton("◀ Previous")
        self.previous_button.setToolTip("Previous day (Alt+Left)")
        self.next_button = QPushButton("Next ▶")
        self.next_button.setToolTip("Next day (Alt+Right)")
        self.today_button = QPushButton("Today")
        self.today_button.setToolTip("Back to today (Ctrl+T)")
        self.day_label = ElidedLabel()  # a narrow window shortens it rather than growing
        self.day_label.setObjectName("dayLabel")
        self.day_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        use_app_date_format(self.date_edit)
        self.date_edit.setAccessibleName("Day shown")
        self.date_edit.setToolTip("Go to a date (Ctrl+G)")
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.day_label, 1)
        nav.addWidget(self.date_edit)
        nav.addWidget(self.today_button)
        nav.addWidget(self.next_button)

        self.quick_button = QPushButton("Quick entry…")
        self.quick_button.setToolTip("Type a line like '8:00-9:15 walkthroughs grade 3' (Ctrl+L)")
        self.add_button = QPushButton("Add activity…")
        self.add_button.setToolTip("Log something you did earlier (Ctrl+N)")
        self.edit_button = QPushButton("Edit…")
        self.edit_button.setToolTip("Change the selected activity (Enter)")
        self.delete_button = QPushButton("Delete")
        self.delete_button.setToolTip(
            "Delete the selected activity (Delete); Ctrl+Z brings it back"
        )
        self.summary_label = QLabel()
        self.summary_label.setObjectName("muted")
        self.summary_label.setWordWrap(True)
        self.summary_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        actions = QHBoxLayout()
        actions.addWidget(self.quick_button)
        actions.addWidget(self.add_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.summary_label, 1)

        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.table.setModel(self.model)
        self.table.setAccessibleName("The day's activities and untracked time")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(
            "Nothing logged on this day. Click a button above when you start something, "
            "or use Add activity… for what you did earlier."
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(nav)
        layout.addLayout(actions)
        self.planned_label = QLabel()  # the day's protected blocks, planned, never counted
        self.planned_label.setObjectName("muted")
        self.planned_label.setWordWrap(True)
        self.planned_label.setTextFormat(Qt.TextFormat.PlainText)
        self.planned_label.hide()
        layout.addWidget(self.planned_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addStretch(0)  # takes the room only while the table is hidden

        self.previous_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        self.today_button.clicked.connect(self.go_today)
        self.date_edit.dateChanged.connect(self._on_date_edit_changed)
        self.quick_button.clicked.connect(self.quick_entry_requested)
        self.add_button.clicked.connect(lambda: self.add_requested.emit(None))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.activated.connect(self._on_table_double_clicked)
        self._show_day_label()

    @property
    def day(self) -> date:
        return self._day

    @property
    def today(self) -> date:
        return self._today

    def set_today(self, today: date) -> None:
        self._today = today
        self._show_day_label()

    def go_to(self, day: date) -> None:
        if day == self._day:
            return
        self._day = day
        self._show_day_label()
        self.day_changed.emit(day)

    def go_previous(self) -> None:
        self.go_to(self._day - timedelta(days=1))

    def go_next(self) -> None:
        self.go_to(self._day + timedelta(days=1))

    def go_today(self) -> None:
        self.go_to(self._today)

    def selected_activity_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        entry = self.model.entry(rows[0].row())
        return entry.id if isinstance(entry, Activity) else None

    def select_activity(self, activity_id: int) -> None:
        row = self.model.row_of(activity_id)
        if row is not None:
            self.table.selectRow(row)

    def edit_selected(self) -> None:
        activity_id = self.selected_activity_id()
        if activity_id is not None:
            self.edit_requested.emit(activity_id)

    def delete_selected(self) -> None:
        activity_id = self.selected_activity_id()
        if activity_id is not None:
            self.delete_requested.emit(activity_id)

    def show_planned(self, text: str) -> None:
        self.planned_label.setText(text)
        self.planned_label.setVisible(bool(text))

    def show_summary(self, text: str) -> None:
        self.summary_label.setText(text)
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.table.setVisible(not empty)  # an empty table's room goes to the drafts
        self.edit_button.setEnabled(not empty)
        self.delete_button.setEnabled(not empty)

    def _show_day_label(self) -> None:
        d = self._day
        suffix = "  (today)" if d == self._today else ""
        self.day_label.setText(f"{format_date(d, weekday=True)}{suffix}")
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(d.year, d.month, d.day))
        self.date_edit.blockSignals(False)

    def _on_date_edit_changed(self, qdate: QDate) -> None:
        self.go_to(date(qdate.year(), qdate.month(), qdate.day()))

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if isinstance(entry, Gap):
            self.add_requested.emit((entry.start, entry.end))
        elif isinstance(entry, Activity) and entry.id is not None:
            self.edit_requested.emit(entry.id)
