"""Settings for planning: the days without school (by hand or from the district's calendar)
and the protected weekly blocks of instructional time. Each change is saved at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from leadership_desk.domain.blocks import WEEKDAY_NAMES, ProtectedBlock
from leadership_desk.domain.categories import Kind
from leadership_desk.domain.periods import Period, school_year_of
from leadership_desk.errors import LeadershipDeskError
from leadership_desk.services.container import Services
from leadership_desk.ui.formats import use_app_date_format
from leadership_desk.ui.last_folder import last_folder, remember_folder
from leadership_desk.ui.no_school_dialog import NoSchoolDialog
from leadership_desk.ui.planning_models import BlockTableModel, NonSchoolDayTableModel
from leadership_desk.ui.screen_fit import fit_to_screen, scrolling


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setMinimumHeight(120)
    return view


def _named(widget: QWidget, name: str) -> QWidget:
    widget.setAccessibleName(name)
    return widget


class PlanningDialog(QDialog):
    """Days without school and protected blocks, each list with its add and remove controls."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.changed = False
        self.setWindowTitle("School calendar and protected blocks")
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.days_model = NonSchoolDayTableModel(self)
        self.days_view = _table(self.days_model, "Days without school")
        today = services.planning.today()
        self.first_edit = _named(QDateEdit(QDate(today.year, today.month, today.day)),
                                 "First day without school")
        self.last_edit = _named(QDateEdit(QDate(today.year, today.month, today.day)),
                                "Last day without school")
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            use_app_date_format(edit)
        self.label_edit = _named(QLineEdit(), "Name of the days without school")
        self.label_edit.setPlaceholderText("Name, such as Thanksgiving break")
        self.add_days_button = _named(QPushButton("Add"), "Add days without school")
        self.remove_days_button = _named(QPushButton("Make school days again"),
                                         "Make the selected days school days again")
        self.ics_button = _named(QPushButton("From the district's calendar (.ics)…"),
                                 "Choose days without school from a calendar file")
        days_box = QGroupBox("Days without school")
        days_layout = QVBoxLayout(days_box)
        days_layout.addWidget(QLabel("Holidays, breaks and teacher work days are left out of "
                                     "every count of school days."))
        days_layout.addWidget(self.days_view)
        row = QHBoxLayout()
        for widget in (QLabel("From"), self.first_edit, QLabel("to"), self.last_edit,
                       self.label_edit, self.add_days_button):
            row.addWidget(widget)
        days_layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.remove_days_button)
        row.addStretch(1)
        row.addWidget(self.ics_button)
        days_layout.addLayout(row)

        self.blocks_model = BlockTableModel(self)
        self.blocks_view = _table(self.blocks_model, "Protected blocks")
        self.day_combo = _named(QComboBox(), "Day of the block")
        for index, name in enumerate(WEEKDAY_NAMES[:5]):
            self.day_combo.addItem(name, index)
        self.start_edit = _named(QTimeEdit(QTime(8, 30)), "Block starts")
        self.end_edit = _named(QTimeEdit(QTime(10, 0)), "Block ends")
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
        self.category_combo = _named(QComboBox(), "Category of the block")
        for category in services.categories.all():
            if category.kind is Kind.INSTRUCTION and not category.archived:
                self.category_combo.addItem(category.name, category.id)
        self.title_edit = _named(QLineEdit(), "Name of the block")
        self.title_edit.setPlaceholderText("Name, such as Walkthroughs")
        self.add_block_button = _named(QPushButton("Add"), "Add the protected block")
        self.remove_block_button = _named(QPushButton("Remove"),
                                          "Remove the selected protected block")
        blocks_box = QGroupBox("Protected blocks")
        blocks_layout = QVBoxLayout(blocks_box)
        blocks_layout.addWidget(QLabel("Instructional time you set aside every week. They show "
                                       "as planned in your day and count only once logged."))
        blocks_layout.addWidget(self.blocks_view)
        row = QHBoxLayout()
        for widget in (self.day_combo, self.start_edit, QLabel("to"), self.end_edit):
            row.addWidget(widget)
        row.addWidget(self.category_combo, 1)  # the times stay as wide as their text
        blocks_layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.title_edit, 1)
        row.addWidget(self.add_block_button)
        row.addWidget(self.remove_block_button)
        blocks_layout.addLayout(row)

        roles_box = QGroupBox("Feedback follow-through")
        roles_layout = QVBoxLayout(roles_box)
        roles_layout.addWidget(QLabel("Which categories are observation, and which are the "
                                      "feedback that should follow within 2 school days."))
        self.role_lists = {}
        lists = QHBoxLayout()
        for role, title in (("observation", "Observation"), ("feedback", "Feedback")):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            listing = QListWidget()
            listing.setAccessibleName(f"Categories that count as {role}")
            listing.setMinimumHeight(110)
            listing.itemChanged.connect(lambda item, r=role: self._on_role_item_changed(r, item))
            column.addWidget(listing)
            lists.addLayout(column)
            self.role_lists[role] = listing
        roles_layout.addLayout(lists)

        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(days_box)
        inner.addWidget(blocks_box)
        inner.addWidget(roles_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(content), 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        self.add_days_button.clicked.connect(self._on_add_days_clicked)
        self.remove_days_button.clicked.connect(self._on_remove_days_clicked)
        self.ics_button.clicked.connect(self._on_ics_clicked)
        self.add_block_button.clicked.connect(self._on_add_block_clicked)
        self.remove_block_button.clicked.connect(self._on_remove_block_clicked)
        self.refresh()
        fit_to_screen(self, 720, 720)

    def refresh(self) -> None:
        self.days_model.set_days(self.services.planning.non_school_days())
        categories = {c.id: c for c in self.services.categories.all()}
        self.blocks_model.set_blocks(self.services.planning.blocks(), categories)
        roles = self.services.planning.roles()
        for role, listing in self.role_lists.items():
            listing.blockSignals(True)  # filling the list is not the principal ticking
            listing.clear()
            for category in categories.values():
                if category.kind is not Kind.INSTRUCTION or category.archived:
                    continue
                item = QListWidgetItem(category.name)
                item.setData(Qt.ItemDataRole.UserRole, category.slug)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if roles.get(category.id) == role
                                   else Qt.CheckState.Unchecked)
                listing.addItem(item)
            listing.blockSignals(False)

    def _run(self, action) -> None:
        try:
            action()
        except LeadershipDeskError as error:
            self.error_label.setText(error.message)
            self.error_label.show()
            return
        self.error_label.hide()
        self.changed = True
        self.refresh()

    def add_days(self, first: date, last: date, label: str) -> None:
        self._run(lambda: self.services.planning.add_non_school_days(first, last, label))

    def _on_add_days_clicked(self) -> None:
        self.add_days(self.first_edit.date().toPython(), self.last_edit.date().toPython(),
                      self.label_edit.text())

    def _on_remove_days_clicked(self) -> None:
        rows = sorted({i.row() for i in self.days_view.selectionModel().selectedRows()})
        days = [self.days_model.day(r).day for r in rows]

        def remove() -> None:
            for day in days:
                self.services.planning.remove_non_school_days(day, day)
        self._run(remove)

    def _on_ics_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "The district's calendar",
                                              str(last_folder("calendar")),
                                              "Calendar files (*.ics)")
        if path:
            remember_folder("calendar", path)
            self.choose_from_calendar(Path(path))

    def choose_from_calendar(self, path: Path) -> None:
        """Lists the file's all-day events of this school year; marks the ones chosen."""
        planning = self.services.planning
        year = school_year_of(planning.today(), self.services.profiles.profile().year_start)

        def choose() -> None:
            try:
                data = path.read_bytes()
            except OSError as error:
                raise LeadershipDeskError(f"{path.name} cannot be read ({error.strerror}).") \
                    from None
            events = planning.all_day_events(data, Period(year.first, year.last))
            chosen = NoSchoolDialog.ask(self, events)
            if chosen:
                planning.mark_no_school(chosen)
        self._run(choose)

    def add_block(self, block: ProtectedBlock) -> None:
        self._run(lambda: self.services.planning.add_block(block))

    def _on_add_block_clicked(self) -> None:
        def add() -> None:
            start, end = self.start_edit.time().toPython(), self.end_edit.time().toPython()
            category_id = self.category_combo.currentData()
            self.services.planning.add_block(ProtectedBlock(
                self.day_combo.currentData(), start.replace(second=0), end.replace(second=0),
                category_id, self.title_edit.text()))
        self._run(add)

    def _on_remove_block_clicked(self) -> None:
        rows = sorted({i.row() for i in self.blocks_view.selectionModel().selectedRows()})
        ids = [self.blocks_model.block(r).id for r in rows]

        def remove() -> None:
            for block_id in ids:
                self.services.planning.remove_block(block_id)
        self._run(remove)

    def set_role(self, slug: str, role: str | None) -> None:
        """Saves a category's role; the lists are redrawn after the click that asked it is
        over (redrawing a list inside its own signal would delete the item being ticked)."""
        try:
            self.services.planning.set_role(slug, role)
        except LeadershipDeskError as error:
            self.error_label.setText(error.message)
            self.error_label.show()
        else:
            self.error_label.hide()
            self.changed = True
        QTimer.singleShot(0, self.refresh)

    def _on_role_item_changed(self, role: str, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        self.set_role(item.data(Qt.ItemDataRole.UserRole), role if checked else None)

    @classmethod
    def ask(cls, parent: QWidget | None, services: Services) -> bool:
        """Shows the dialog; True when anything was changed."""
        dialog = cls(services, parent)
        dialog.exec()
        return dialog.changed
