"""The school an IAS's activity served: none, one of the known schools, or a new one typed
by its id and name. Shared by the activity form and quick entry."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

NEW_SCHOOL = "\x00new"  # the combo's item for a school typed by id and name
NO_SCHOOL = "No school (network or office work)"


class SchoolChoice:
    """A combo of schools and, under it, the row where a new school's id and name are typed
    (shown only while "A new school…" is chosen). Not a widget itself: a form places the
    combo and the row where its layout wants them."""

    def __init__(self, schools: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        self.combo = QComboBox(parent)
        self.combo.setAccessibleName("School served")
        self.combo.addItem(NO_SCHOOL, None)
        for school_id, name in schools:
            self.add_known(school_id, name)
        self.combo.addItem("A new school…", NEW_SCHOOL)
        self.new_id = QLineEdit()
        self.new_id.setPlaceholderText("School id")
        self.new_id.setToolTip("The school's id, such as its state school code; the same id "
                               "as on its principal's summaries")
        self.new_id.setAccessibleName("New school's id")
        self.new_id.setMaxLength(120)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText("School name")
        self.new_name.setAccessibleName("New school's name")
        self.new_name.setMaxLength(120)
        self.new_row = QWidget(parent)
        row = QHBoxLayout(self.new_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.new_id)
        row.addWidget(self.new_name, 2)
        self.new_row.hide()
        self.combo.currentIndexChanged.connect(self._on_combo_changed)

    def add_known(self, school_id: str, name: str, *, before_new: bool = False) -> None:
        """Offers a school; `before_new` when the list is already built (a school just named)."""
        label = f"{name} ({school_id})" if name != school_id else name
        if before_new:
            self.combo.insertItem(self.combo.count() - 1, label, school_id)
        else:
            self.combo.addItem(label, school_id)

    def choosing_new(self) -> bool:
        return self.combo.currentData() == NEW_SCHOOL

    def chosen(self) -> str | None:
        """The known school chosen (None: no school, or a new one being typed)."""
        return None if self.choosing_new() else self.combo.currentData()

    def typed(self) -> tuple[str, str]:
        """The new school's id and name as typed, trimmed."""
        return self.new_id.text().strip(), self.new_name.text().strip()

    def hide(self) -> None:
        self.combo.hide()
        self.new_row.hide()

    def _on_combo_changed(self, _index: int) -> None:
        self.new_row.setVisible(self.choosing_new())
        if self.choosing_new():
            self.new_id.setFocus()
