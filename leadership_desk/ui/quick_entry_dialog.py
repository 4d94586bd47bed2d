"""Quick entry: type a line such as '8:00-9:15 walkthroughs grade 3', see exactly what Enter
will save, press Enter; the line clears for the next one. Esc closes.

Signals: saved(object: the saved Activity) after each entry is saved.
"""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from leadership_desk.domain.balance import format_duration
from leadership_desk.domain.categories import Category
from leadership_desk.domain.quick_entry import QuickEntry
from leadership_desk.errors import LeadershipDeskError, OverlapError
from leadership_desk.services.container import Services
from leadership_desk.ui.activity_editor import ask_overlap, name_of
from leadership_desk.ui.school_choice import NEW_SCHOOL, SchoolChoice

# an end left open this far from the start is worth a word in the preview
LONG_OPEN_END = timedelta(hours=2)
EXAMPLES = ("8:00-9:15 walkthroughs grade 3  ·  9:15 feedback with 2nd grade team  ·  "
            "now email  ·  45m discipline  ·  -20m parent call  ·  @slug names the category")


class QuickEntryDialog(QDialog):
    """One line, its preview, Enter to save (undoable); stays open for the next line."""

    saved = Signal(object)

    def __init__(self, services: Services, day: date, parent: QWidget | None = None,
                 text: str = "", *, single: bool = False) -> None:
        super().__init__(parent)
        self.services = services
        self.day = day
        self.single = single  # close after one entry (from the day's review)
        self.setWindowTitle(f"Quick entry — {day:%A} {day:%b} {day.day}")
        self.setMinimumWidth(560)
        self._zone: ZoneInfo = services.profiles.profile().zone
        self._categories: dict[int, Category] = {}
        self._parse = None
        self._entry: QuickEntry | None = None
        self.line = QLineEdit(text)
        self.line.setPlaceholderText("8:00-9:15 walkthroughs grade 3")
        self.line.setAccessibleName("What you did, with its time")
        self.line.setClearButtonEnabled(True)
        for button in self.line.findChildren(QToolButton):
            button.setAccessibleName("Clear the line")
        hint = QLabel(EXAMPLES)
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setAccessibleName("What Enter will save")
        self.done_label = QLabel()
        self.done_label.setObjectName("muted")
        self.done_label.setWordWrap(True)
        # an IAS: the school the entries served (kept from line to line); a new school is
        # typed by id and name once
        ias = services.profiles.profile().is_ias
        choice = self.school_choice = SchoolChoice(services.visits.known() if ias else [], self)
        self.school_combo, self._new_school_row = choice.combo, choice.new_row
        self.new_school_id, self.new_school_name = choice.new_id, choice.new_name
        school_row = QFormLayout()
        school_row.setContentsMargins(0, 0, 0, 0)
        if ias:
            school_row.addRow("School", choice.combo)
            school_row.addRow("", choice.new_row)
        else:
            choice.hide()
        self.school_combo.currentIndexChanged.connect(self._on_school_combo_changed)
        self.new_school_name.textChanged.connect(
            lambda _text: self._on_line_text_changed(self.line.text()))
        layout = QVBoxLayout(self)
        layout.addLayout(school_row)
        layout.addWidget(self.line)
        layout.addWidget(self.preview)
        layout.addWidget(hint)
        layout.addWidget(self.done_label)
        self.line.textChanged.connect(self._on_line_text_changed)
        self.line.returnPressed.connect(self.submit)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self)
        undo.activated.connect(self.undo_last)
        self._reload()
        self._on_line_text_changed(self.line.text())

    def _on_school_combo_changed(self, _index: int) -> None:
        self._on_line_text_changed(self.line.text())

    def _school(self) -> str | None:
        """The school the line served; a new one is named first (ValidationError if not)."""
        chosen = self.school_combo.currentData()
        if chosen != NEW_SCHOOL:
            return chosen
        school_id = self.services.visits.name_school(self.new_school_id.text(),
                                                     self.new_school_name.text())
        self.school_choice.add_known(school_id, self.new_school_name.text().strip(),
                                     before_new=True)
        self.school_combo.setCurrentIndex(self.school_combo.count() - 2)
        return school_id

    def _reload(self) -> None:
        """Reads the log afresh (after each save, so the next line ends at the right time)."""
        self._categories = {c.id: c for c in self.services.categories.all()}
        self._parse = self.services.quick_entry.parser(self.day)

    def _on_line_text_changed(self, text: str) -> None:
        self._entry = None
        if not text.strip():
            self.preview.setText("Type the time and what you did, then press Enter.")
            return
        try:
            self._entry = self._parse(text)
        except LeadershipDeskError as error:
            self.preview.setText(f"Not understood yet: {error.message}")
            return
        self.preview.setText(self.describe(self._entry))

    def describe(self, entry: QuickEntry) -> str:
        """The preview line: exactly what Enter will save."""
        category = self._categories[entry.category_id]
        start = entry.start.astimezone(self._zone)
        if entry.end is None:
            when = f"from {start:%H:%M}, running (the timer)"
        else:
            length = format_duration((entry.end - entry.start).total_seconds())
            when = f"{start:%H:%M}–{entry.end.astimezone(self._zone):%H:%M} ({length})"
        title = f" · “{entry.title}”" if entry.title else ""
        if self.school_combo.currentData() == NEW_SCHOOL:
            name = self.new_school_name.text().strip() or "a new school"
            title += f" · at {name}"
        elif self.school_combo.currentData() is not None:
            title += f" · at {self.school_combo.currentText()}"
        text = (f"Enter saves: {when} · {category.name} ({category.kind.label}){title}\n"
                f"Why this category: {entry.reason}.")
        if entry.open_end and entry.end - entry.start >= LONG_OPEN_END:
            end = f"{entry.end.astimezone(self._zone):%H:%M}"
            text += (f"\nIt runs to {end} because nothing later is logged: if it ended sooner, "
                     f"type the end too, like {start:%H:%M}-{start + timedelta(minutes=30):%H:%M}.")
        return text

    def submit(self) -> bool:
        """Saves the line as previewed; True when saved."""
        self._on_line_text_changed(self.line.text())
        entry = self._entry
        if entry is None:
            return False
        choice = None
        try:
            school = self._school()
        except LeadershipDeskError as error:
            self.preview.setText(f"Not saved: {error.message}")
            return False
        while True:
            try:
                activity = self.services.quick_entry.save(entry, choice, school)
            except OverlapError as problem:
                candidate = entry.activity(self._zone.key)
                choice = ask_overlap(self, candidate, problem, self._categories, self._zone)
                if choice is None:
                    return False
                continue
            except LeadershipDeskError as error:
                self.preview.setText(f"Not saved: {error.message}")
                return False
            break
        self.done_label.setText(f"Saved {name_of(activity, self._categories)}. "
                                "Ctrl+Z undoes it. Type the next one, or Esc to close.")
        self.saved.emit(activity)
        if self.single:
            self.accept()
            return True
        self._reload()
        self.line.clear()
        return True

    def undo_last(self) -> None:
        try:
            label = self.services.activities.undo()
        except LeadershipDeskError as error:
            self.done_label.setText(error.message)
            return
        self.done_label.setText(f"Undone: {label}.")
        self.saved.emit(None)
        self._reload()
        self._on_line_text_changed(self.line.text())
