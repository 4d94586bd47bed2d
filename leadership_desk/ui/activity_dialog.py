"""The form for adding or editing an activity after the fact."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from leadership_desk.domain.activities import NOTE_MAX, TITLE_MAX
from leadership_desk.domain.categories import Category
from leadership_desk.ui.school_choice import NEW_SCHOOL, SchoolChoice


@dataclass(frozen=True)
class ActivityForm:
    """What the user typed, kept as typed so nothing is lost when saving fails."""

    day: date
    start: time
    end: time | None
    category_id: int | None
    title: str = ""
    note: str = ""
    # Which of two identical wall-clock times is meant on the night clocks turn back.
    start_fold: int | None = None
    end_fold: int | None = None
    activity_id: int | None = None
    # an IAS's activity: the id of the school it served, and the name of a new one
    school: str | None = None
    school_name: str = ""

    def with_changes(self, **changes: object) -> ActivityForm:
        return replace(self, **changes)




class ActivityDialog(QDialog):
    """Day, start, end, category, title, a private note; for an IAS, the school served."""

    def __init__(
        self,
        form: ActivityForm,
        categories: list[Category],
        titles: list[str],
        error: str = "",
        parent: QWidget | None = None,
        title_categories: dict[str, int] | None = None,
        schools: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._title_categories = title_categories or {}
        self._form = form
        editing = form.activity_id is not None
        self.setWindowTitle("Edit activity" if editing else "Add activity")
        self.setMinimumWidth(460)

        self.error_label = QLabel(error)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(bool(error))

        self.day_edit = QDateEdit(QDate(form.day.year, form.day.month, form.day.day))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("ddd yyyy-MM-dd")
        self.start_edit = QTimeEdit(QTime(form.start.hour, form.start.minute))
        self.start_edit.setDisplayFormat("HH:mm")
        end = form.end or form.start
        self.end_edit = QTimeEdit(QTime(end.hour, end.minute))
        self.end_edit.setDisplayFormat("HH:mm")
        self.running = form.end is None and editing
        self.end_edit.setEnabled(not self.running)
        self.next_day_label = QLabel()
        self.next_day_label.setObjectName("muted")
        times = QHBoxLayout()
        times.addWidget(self.start_edit)
        times.addWidget(QLabel("to"))
        times.addWidget(self.end_edit)
        times.addWidget(self.next_day_label, 1)

        self.category_combo = QComboBox()
        for category in categories:
            suffix = " (archived)" if category.archived else ""
            self.category_combo.addItem(
                f"{category.name} — {category.kind.label}{suffix}", category.id
            )
        if form.category_id is not None:
            self.category_combo.setCurrentIndex(self.category_combo.findData(form.category_id))
        else:
            self.category_combo.setCurrentIndex(-1)
            self.category_combo.setPlaceholderText("Choose a category")

        self.title_edit = QLineEdit(form.title)
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setPlaceholderText("Short title, e.g. Grade 3 PLC")
        completer = QCompleter(titles, self.title_edit)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._on_title_completed)
        self.title_edit.setCompleter(completer)
        # a past title typed in full brings its category too, when none is chosen yet
        self.title_edit.editingFinished.connect(
            lambda: self.category_combo.currentIndex() < 0
            and self._on_title_completed(self.title_edit.text()))
        self.note_edit = QPlainTextEdit(form.note)
        self.note_edit.setPlaceholderText("Only you see this note. It is never exported.")
        self.note_edit.setFixedHeight(80)

        fields = QFormLayout()
        fields.addRow("Day", self.day_edit)
        fields.addRow("Time", times)
        # the title before the category: a title used before brings its category
        fields.addRow("Title", self.title_edit)
        fields.addRow("Category", self.category_combo)
        fields.addRow("Private note", self.note_edit)
        self._build_school_row(fields, form, schools)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addLayout(fields)
        layout.addWidget(self.buttons)

        self.start_edit.timeChanged.connect(self._on_time_changed)
        self.end_edit.timeChanged.connect(self._on_time_changed)
        self._on_time_changed()
        for widget, name in ((self.day_edit, "Day"), (self.start_edit, "Start time"),
                             (self.end_edit, "End time"), (self.category_combo, "Category"),
                             (self.title_edit, "Title"), (self.note_edit, "Private note")):
            widget.setAccessibleName(name)
        # times first: what a principal knows first about something done earlier
        self.setTabOrder(self.start_edit, self.end_edit)
        self.setTabOrder(self.end_edit, self.title_edit)
        self.setTabOrder(self.title_edit, self.category_combo)
        self.setTabOrder(self.category_combo, self.note_edit)
        self.setTabOrder(self.note_edit, self.day_edit)
        if editing:
            self.title_edit.setFocus()
        else:
            self.start_edit.setFocus()
            self.start_edit.setSelectedSection(QTimeEdit.Section.HourSection)

    def _on_title_completed(self, title: str) -> None:
        """A past title brings the category it was last logged with."""
        category_id = self._title_categories.get(title)
        index = self.category_combo.findData(category_id) if category_id else -1
        if index >= 0:
            self.category_combo.setCurrentIndex(index)

    def _on_time_changed(self) -> None:
        ends_next_day = not self.running and self.end_edit.time() <= self.start_edit.time()
        self.next_day_label.setText("ends the next day" if ends_next_day else "")

    def value(self) -> ActivityForm:
        """The form as typed; folds are kept only while the times they were chosen for stay."""
        qdate, qstart, qend = self.day_edit.date(), self.start_edit.time(), self.end_edit.time()
        start = time(qstart.hour(), qstart.minute())
        end = None if self.running else time(qend.hour(), qend.minute())
        day = date(qdate.year(), qdate.month(), qdate.day())
        same_day = day == self._form.day
        return ActivityForm(
            day=day,
            start=start,
            end=end,
            category_id=self.category_combo.currentData(),
            title=self.title_edit.text(),
            note=self.note_edit.toPlainText()[:NOTE_MAX],
            start_fold=self._form.start_fold if same_day and start == self._form.start else None,
            end_fold=self._form.end_fold if same_day and end == self._form.end else None,
            activity_id=self._form.activity_id,
            **self._school_value(),
        )

    def _build_school_row(self, fields: QFormLayout, form: ActivityForm,
                          schools: list[tuple[str, str]] | None) -> None:
        """The school served: one of the known schools, none, or a new one typed."""
        choice = self.school_choice = SchoolChoice(schools or [], self)
        # the names the tests and the window reach them by
        self.school_combo, self._new_school_row = choice.combo, choice.new_row
        self.new_school_id, self.new_school_name = choice.new_id, choice.new_name
        if form.school is not None and choice.combo.findData(form.school) < 0:
            choice.add_known(form.school, form.school, before_new=True)  # known by its id only
        if form.school_name:  # back after an error: what was typed
            choice.combo.setCurrentIndex(choice.combo.findData(NEW_SCHOOL))
            choice.new_id.setText(form.school or "")
            choice.new_name.setText(form.school_name)
        else:
            choice.combo.setCurrentIndex(max(0, choice.combo.findData(form.school)))
        if schools is None:  # a principal's activities are all their own school's
            choice.hide()
            return
        # after the category: what an IAS did, then where
        row = fields.rowCount() - 1
        fields.insertRow(row, "School", choice.combo)
        fields.insertRow(row + 1, "", choice.new_row)

    def _school_value(self) -> dict:
        if self.school_choice.choosing_new():
            school_id, name = self.school_choice.typed()
            return {"school": school_id or None, "school_name": name}
        return {"school": self.school_choice.chosen(), "school_name": ""}

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        form: ActivityForm,
        categories: list[Category],
        titles: list[str],
        error: str = "",
        title_categories: dict[str, int] | None = None,
        schools: list[tuple[str, str]] | None = None,
    ) -> ActivityForm | None:
        """Shows the form; returns what was typed, or None if cancelled. `schools` (id,
        name) offers a school for the activity (an IAS's log); None leaves it out."""
        dialog = cls(form, categories, titles, error, parent, title_categories, schools)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
