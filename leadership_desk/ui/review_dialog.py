"""Review my day (Ctrl+R): the day's activities, calendar drafts and untracked time in one
list, run from the keyboard.

Up/Down move; after each change the cursor goes on to the next row that needs something
(untracked time or a draft). On untracked time, typing opens quick entry with its times;
on a draft, A accepts the suggestion, C chooses another category, R rejects it, Space or
Enter opens quick entry with its times; Shift+A accepts every suggestion; Ctrl+Z undoes;
digits 1–8 give the row a favourite category (an activity changes category, untracked time
is logged, a draft is accepted as it). Enter edits an activity. Overlaps are asked about
with the usual three choices.

Signals: changed() after anything was saved; edit_requested(int activity id).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leadership_desk.domain.activities import Activity
from leadership_desk.domain.balance import format_duration
from leadership_desk.domain.review import ACTIVITY, DRAFT, GAP, ReviewItem
from leadership_desk.errors import LeadershipDeskError, OverlapError
from leadership_desk.services.container import Services
from leadership_desk.ui.activity_editor import ask_overlap
from leadership_desk.ui.category_picker import CategoryPicker
from leadership_desk.ui.draft_acceptance import accept_drafts
from leadership_desk.ui.planned_text import day_blocks_text
from leadership_desk.ui.quick_entry_dialog import QuickEntryDialog
from leadership_desk.ui.review_table_model import ReviewTableModel
from leadership_desk.ui.screen_fit import fit_to_screen

HELP = ("↑↓ move · on untracked time, type what it was · on a draft: A accept, C change, "
        "R reject, Space describe · Shift+A accept all · 1–8 a timer button's category · "
        "Enter edit · Ctrl+Z undo · Esc close")


class ReviewTable(QTableView):
    """The review's list: keys go to the dialog's handler first (Up, Down and the rest of
    what a table does with keys still work when the handler leaves them)."""

    def __init__(self, handler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._handler = handler

    def keyPressEvent(self, event) -> None:  # Qt's name
        if not self._handler(event.key(), event.text(), event.modifiers()):
            super().keyPressEvent(event)


class ReviewDialog(QDialog):
    """One day's review; every change is saved at once and undoable."""

    changed = Signal()
    edit_requested = Signal(int)

    def __init__(self, services: Services, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.day = day
        self.setWindowTitle(f"Review my day — {day:%A} {day:%b} {day.day}")
        self.setMinimumSize(600, 300)
        self._zone = services.profiles.profile().zone
        self._categories = {c.id: c for c in services.categories.all()}
        self.summary = QLabel()
        self.summary.setObjectName("panelTitle")
        self.model = ReviewTableModel(self)
        self.table = ReviewTable(self.handle_key)
        self.table.setModel(self.model)
        self.table.setAccessibleName("The day's activities, drafts and untracked time")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.message = QLabel()
        self.message.setWordWrap(True)
        hint = QLabel(HELP)
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.accept_all_button = QPushButton("Accept all suggestions")
        self.accept_all_button.setToolTip("Accept every draft of the day that has a suggestion")
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_all_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        self.planned = QLabel(day_blocks_text(services.plans.day_blocks(day), self._zone,
                                              self._categories))
        self.planned.setObjectName("muted")
        self.planned.setWordWrap(True)
        self.planned.setTextFormat(Qt.TextFormat.PlainText)
        self.planned.setVisible(bool(self.planned.text()))
        layout.addWidget(self.planned)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.table.doubleClicked.connect(lambda _index: self._on_enter())
        fit_to_screen(self, 900, 520)
        self.reload(0)
        self.next_to_do()
        self.table.setFocus()

    # showing

    def reload(self, row: int | None = None) -> None:
        """Reads the day again, keeping the cursor on the same row (or the given one)."""
        current = self.table.currentIndex().row() if row is None else row
        review = self.services.review.review(self.day)
        self._categories = {c.id: c for c in self.services.categories.all()}
        self.model.set_items(review.items, self._categories, self._zone)
        if review.span_seconds:
            self.summary.setText(
                f"{format_duration(review.accounted_seconds)} of "
                f"{format_duration(review.span_seconds)} accounted for")
        else:
            self.summary.setText("Nothing logged or planned on this day yet")
        drafts = sum(item.kind == DRAFT for item in review.items)
        self.accept_all_button.setEnabled(drafts > 0)
        if self.model.rowCount():
            self.table.selectRow(max(0, min(current, self.model.rowCount() - 1)))

    def next_to_do(self) -> None:
        """Moves the cursor to the next row that needs something, from the current one (then
        from the top); stays put when nothing is left to do."""
        count = self.model.rowCount()
        start = max(0, self.table.currentIndex().row())
        for row in [*range(start, count), *range(0, start)]:
            if self.model.review_item(row).kind in (GAP, DRAFT):
                self.table.selectRow(row)
                return

    def current(self) -> ReviewItem | None:
        return self.model.review_item(self.table.currentIndex().row())

    # the keyboard

    def handle_key(self, key: int, text: str,
                   modifiers=Qt.KeyboardModifier.NoModifier) -> bool:
        """Acts on a key pressed in the list; True when it was used.

        Letters describe untracked time; on a draft they are A, C and R, and Space (or
        Enter) describes it instead, so a word never sets off a command by its first letter.
        """
        item = self.current()
        if item is None:
            return False
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            if key == Qt.Key.Key_Z:
                self.undo()
                return True
            return False
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if item.kind == ACTIVITY:
                self._on_enter()
            else:
                self.describe()
            return True
        if key == Qt.Key.Key_A and modifiers & Qt.KeyboardModifier.ShiftModifier:
            self.accept_all()
            return True
        if text and text in "12345678":
            self.assign_favourite(int(text))
            return True
        if not (text and text.isprintable() and not text.isspace()):
            return False
        if item.kind == DRAFT:
            command = {"a": self.accept_draft, "c": self.change_draft,
                       "r": self.reject_draft}.get(text.lower())
            if command is None:
                self.message.setText("On a calendar draft: A accepts it, C chooses another "
                                     "category, R rejects it, Space describes it in your words.")
            else:
                command()
            return True
        if item.kind == GAP:
            self.describe(text)
            return True
        return False

    def undo(self) -> None:
        try:
            label = self.services.activities.undo()
        except LeadershipDeskError as error:
            self.message.setText(error.message)
            return
        self._done(f"Undone: {label}.")

    def _on_enter(self) -> None:
        item = self.current()
        if item is not None and item.kind == ACTIVITY:
            self.edit_requested.emit(item.activity.id)
            self.reload()

    # actions

    def describe(self, typed: str = "") -> None:
        """Quick entry with the row's times, then what was typed."""
        item = self.current()
        start = f"{item.start.astimezone(self._zone):%H:%M}"
        end = f"{item.end.astimezone(self._zone):%H:%M}"
        dialog = QuickEntryDialog(self.services, self.day, self, f"{start}-{end} {typed}",
                                  single=True)
        saved: list = []
        dialog.saved.connect(saved.append)
        dialog.exec()
        if not any(saved):
            return
        if item.kind == DRAFT:  # described by hand: the draft has been dealt with
            self.services.calendar.reject([item.draft.id])
        self._done(f"Logged {format_duration((item.end - item.start).total_seconds())}.")

    def assign_favourite(self, number: int) -> None:
        favourites = self.services.categories.favourites()
        if number > len(favourites):
            self.message.setText(f"There is no timer button {number}.")
            return
        category = favourites[number - 1]
        item = self.current()
        if item.kind == DRAFT:
            self._accept([item.draft.id], category.id)
            return
        activities = self.services.activities
        try:
            if item.kind == ACTIVITY:
                activities.update(item.activity.with_changes(category_id=category.id))
            else:
                self._add_with_choice(Activity(category_id=category.id, start=item.start,
                                               end=item.end, zone=self._zone.key))
        except LeadershipDeskError as error:
            self.message.setText(error.message)
            return
        self._done(f"{category.name}. Ctrl+Z undoes it.")

    def _add_with_choice(self, activity: Activity) -> None:
        choice = None
        while True:
            try:
                self.services.activities.add(activity, choice=choice)
                return
            except OverlapError as problem:
                choice = ask_overlap(self, activity, problem, self._categories, self._zone)
                if choice is None:
                    raise

    def accept_draft(self) -> None:
        self._accept([self.current().draft.id])

    def change_draft(self) -> None:
        draft = self.current().draft
        chosen = CategoryPicker.ask(self, "Change category", "Accept as:",
                                    self.services.categories.active(),
                                    draft.suggested_category_id,
                                    self.services.quick_entry.keywords())
        if chosen is not None:
            self._accept([draft.id], chosen)

    def reject_draft(self) -> None:
        self.services.calendar.reject([self.current().draft.id])
        self._done("Rejected.")

    def accept_all(self) -> None:
        rows = (self.model.review_item(row) for row in range(self.model.rowCount()))
        ids = [item.draft.id for item in rows
               if item.kind == DRAFT and item.draft.suggested_category_id is not None]
        self._accept(ids)

    def _accept(self, ids: list[int], category_id: int | None = None) -> None:
        self._done(accept_drafts(self, self.services, ids, category_id))

    def _done(self, text: str) -> None:
        self.message.setText(text)
        self.changed.emit()
        self.reload()
        self.next_to_do()
