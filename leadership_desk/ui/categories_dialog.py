"""Managing categories: add, rename, recolour, re-order, re-map the kind, archive, delete."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leadership_desk.domain.categories import Category, Kind
from leadership_desk.errors import LeadershipDeskError
from leadership_desk.services.category_service import MAX_FAVOURITES, CategoryService
from leadership_desk.ui.category_table_model import CategoryTableModel
from leadership_desk.ui.screen_fit import fit_to_screen


class CategoriesDialog(QDialog):
    """The category list with an edit form; every change is saved at once.

    Signals: categories_changed().
    """

    categories_changed = Signal()

    def __init__(self, categories: CategoryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Categories")
        fit_to_screen(self, 820, 600)
        self._service = categories
        self.model = CategoryTableModel(self)
        self.table = QTableView()
        self.table.setAccessibleName("Categories")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # one line per category; the full name shows below
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.add_button = QPushButton("Add…")
        self.up_button = QPushButton("Move up")
        self.down_button = QPushButton("Move down")
        self.archive_button = QPushButton("Archive")
        self.delete_button = QPushButton("Delete")
        row = QHBoxLayout()
        for button in (self.add_button, self.up_button, self.down_button, self.archive_button,
                       self.delete_button):
            row.addWidget(button)
        row.addStretch(1)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.name_edit.setAccessibleName("Category name")
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName("Counts as")
        for kind in Kind:
            self.kind_combo.addItem(kind.label, kind.value)
        self.color_button = QPushButton("Choose colour…")
        self.high_leverage_check = QCheckBox("High leverage (linked to student growth)")
        self.favourite_check = QCheckBox("Button on the timer")
        self.save_button = QPushButton("Save changes")
        editor = QGroupBox("Selected category")
        form = QFormLayout(editor)
        form.addRow("Name", self.name_edit)
        form.addRow("Counts as", self.kind_combo)
        form.addRow("Colour", self.color_button)
        form.addRow("", self.high_leverage_check)
        form.addRow("", self.favourite_check)
        form.addRow("", self.save_button)
        kind_note = QLabel(
            "Changing what a category counts as changes every report, past weeks included."
        )
        kind_note.setObjectName("muted")
        kind_note.setWordWrap(True)
        form.addRow("", kind_note)

        self.message_label = QLabel()
        self.message_label.setObjectName("errorLabel")
        self.message_label.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.table.setMinimumHeight(120)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(row)
        inner.addWidget(self.table, 1)
        inner.addWidget(editor)
        inner.addWidget(self.message_label)
        # on a small screen the list and the form scroll instead of being cut
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(close)

        self._color = "#888888"
        self._shown: Category | None = None  # the category the form was filled from
        self._switching = False
        self.add_button.clicked.connect(self._on_add_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.archive_button.clicked.connect(self._on_archive_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.color_button.clicked.connect(self._on_color_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.favourite_check.toggled.connect(self._on_favourite_toggled)
        self.model.set_categories(self._service.all())
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.selectRow(0)

    def reload(self, select_id: int | None = None) -> None:
        self._switching = True  # a reset of the model is not the principal clicking a row
        try:
            self.model.set_categories(self._service.all())
            if select_id is not None:
                row = self.model.row_of(select_id)
                if row is not None:
                    self.table.selectRow(row)
        finally:
            self._switching = False
        self._fill_form()

    def selected(self) -> Category | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.category(rows[0].row()) if rows else None

    def _form_category(self) -> Category | None:
        """The shown category as the form now describes it."""
        if self._shown is None:
            return None
        return replace(self._shown, name=self.name_edit.text(),
                       kind=Kind(self.kind_combo.currentData()), color=self._color,
                       high_leverage=self.high_leverage_check.isChecked(),
                       favourite=self.favourite_check.isChecked())

    def has_unsaved_changes(self) -> bool:
        edited = self._form_category()
        return edited is not None and edited != self._shown

    def _on_selection_changed(self) -> None:
        if self._switching:
            return
        edited = self._form_category()
        if edited is not None and edited != self._shown:
            # another row was clicked with edits in the form: keep them, never drop them
            target = self.selected()
            saved = self._run(lambda: self._service.update(edited),
                              target.id if target is not None else edited.id, save_first=False)
            if saved:  # the reload has filled the form from the row clicked
                self.message_label.setText(f"Saved the changes to '{edited.name}'.")
                return
            # the edits could not be saved: stay on them, with the reason shown
            self._switching = True
            try:
                self.table.selectRow(self.model.row_of(edited.id))
            finally:
                self._switching = False
            return
        self._fill_form()

    def _fill_form(self) -> None:
        category = self.selected()
        enabled = category is not None
        for widget in (self.name_edit, self.kind_combo, self.color_button,
                       self.high_leverage_check, self.favourite_check, self.save_button,
                       self.up_button, self.down_button, self.archive_button,
                       self.delete_button):
            widget.setEnabled(enabled)
        self._shown = category
        if category is None:
            return
        self.name_edit.setText(category.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(category.kind.value))
        self._set_color(category.color)
        self.high_leverage_check.setChecked(category.high_leverage)
        self.favourite_check.blockSignals(True)
        self.favourite_check.setChecked(category.favourite)
        self.favourite_check.blockSignals(False)
        self.favourite_check.setEnabled(not category.archived)
        self.archive_button.setText("Restore" if category.archived else "Archive")

    def _set_color(self, color: str) -> None:
        self._color = color
        swatch = QPixmap(28, 16)
        swatch.fill(QColor(color))
        self.color_button.setIcon(QIcon(swatch))
        self.color_button.setText(f"{color.upper()}  (click to change)")

    def _run(self, action, select_id: int | None = None, save_first: bool = True) -> bool:
        """Calls the service, after saving what the form holds (a rename is never lost);
        shows the message on failure. Returns whether it worked."""
        edited = self._form_category()
        if save_first and edited is not None and edited != self._shown:
            try:
                self._service.update(edited)
            except LeadershipDeskError as error:
                self.message_label.setText(error.message)
                return False
        try:
            result = action()
        except LeadershipDeskError as error:
            self.message_label.setText(error.message)
            return False
        self.message_label.setText("")
        if select_id is None and isinstance(result, Category):
            select_id = result.id
        self.reload(select_id)
        self.categories_changed.emit()
        return True

    def _on_add_clicked(self) -> None:
        name, ok = QInputDialog.getText(self, "New category", "Name of the new category:")
        if not ok or not name.strip():
            return
        kinds = [k.label for k in Kind]
        kind_label, ok = QInputDialog.getItem(self, "New category", "It counts as:", kinds, 0,
                                              False)
        if not ok:
            return
        kind = Kind(kind_label.lower())
        self._run(lambda: self._service.add(name, kind))

    def _move(self, offset: int) -> None:
        category = self.selected()
        if category is not None:
            self._run(lambda: self._service.move(category.id, offset), category.id)

    def _on_archive_clicked(self) -> None:
        category = self.selected()
        if category is not None:
            self._run(lambda: self._service.archive(category.id, not category.archived))

    def _on_delete_clicked(self) -> None:
        category = self.selected()
        if category is not None:
            self._run(lambda: self._service.delete(category.id))

    def _on_color_clicked(self) -> None:
        color = QColorDialog.getColor(QColor(self._color), self, "Category colour")
        if color.isValid():
            self._set_color(color.name())

    def done(self, result: int) -> None:  # Qt's name
        """Closing keeps what the form holds; if it cannot be saved, the dialog stays open."""
        edited = self._form_category()
        if edited is not None and edited != self._shown and not self._run(
                lambda: self._service.update(edited), edited.id, save_first=False):
            return
        super().done(result)

    def _on_favourite_toggled(self, checked: bool) -> None:
        shown = self._shown
        if (checked and shown is not None and not shown.favourite
                and len(self._service.favourites()) >= MAX_FAVOURITES):
            self.favourite_check.blockSignals(True)
            self.favourite_check.setChecked(False)  # the box shows what can happen
            self.favourite_check.blockSignals(False)
            self.message_label.setText(f"The timer has room for {MAX_FAVOURITES} buttons; "
                                       "untick one first.")

    def _on_save_clicked(self) -> None:
        edited = self._form_category()
        if edited is not None:
            self._run(lambda: self._service.update(edited), edited.id, save_first=False)
