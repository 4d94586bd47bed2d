"""Choosing any category by typing part of its name: the timer's "Other…" (Ctrl+0) and a
draft's "Change category…". Up/Down move, Enter chooses, Esc cancels."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from leadership_desk.domain.categories import Category

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class FilterLine(QLineEdit):
    """The filter line: Up and Down move through the list, so the hands stay on the keys.

    Signals: moved(int: +1 down, -1 up)."""

    moved = Signal(int)

    def keyPressEvent(self, event) -> None:  # Qt's name
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(event.key())
        if step is None:
            super().keyPressEvent(event)
        else:
            self.moved.emit(step)


class CategoryPicker(QDialog):
    """A filter line over every category the user may choose."""

    def __init__(self, title: str, prompt: str, categories: list[Category],
                 selected_id: int | None = None, parent: QWidget | None = None,
                 keywords: dict[int, list[str]] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumSize(380, 280)
        self.source = QStandardItemModel(self)
        for category in categories:
            hl = " ★" if category.high_leverage else ""
            item = QStandardItem(f"{category.name}{hl} — {category.kind.label}")
            item.setData(category.id, Qt.ItemDataRole.UserRole)
            # the words that suggest it (lunch, IEP, parent…) find it too
            words = " ".join((keywords or {}).get(category.id, []))
            item.setData(f"{category.name} {category.slug} {words}", SEARCH_ROLE)
            item.setEditable(False)
            self.source.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.filter = FilterLine()
        self.filter.setPlaceholderText("Type part of a name, e.g. disc, PLC, budget")
        self.filter.setAccessibleName("Filter categories")
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setAccessibleName("Categories")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        self.nothing_label = QLabel()
        self.nothing_label.setWordWrap(True)
        layout.addWidget(self.nothing_label)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.filter.moved.connect(self._move)
        self.list.doubleClicked.connect(self.accept)
        row = next((r for r in range(self.source.rowCount())
                    if self.source.item(r).data(Qt.ItemDataRole.UserRole) == selected_id), 0)
        self.list.setCurrentIndex(self.proxy.index(row, 0))
        self.filter.setFocus()

    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount():  # the best match first, ready for Enter
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        self.nothing_label.setText("" if self.proxy.rowCount() else
                                   f"No category matches '{text.strip()}'; try another word.")

    def accept(self) -> None:
        if self.chosen_id() is None:  # nothing to choose: say so, stay open
            self._on_filter_text_changed(self.filter.text())
            return
        super().accept()

    def _move(self, step: int) -> None:
        row = self.list.currentIndex().row() + step
        if 0 <= row < self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(row, 0))

    def chosen_id(self) -> int | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.data(index, Qt.ItemDataRole.UserRole)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, prompt: str, categories: list[Category],
            selected_id: int | None = None,
            keywords: dict[int, list[str]] | None = None) -> int | None:
        """The chosen category's id, or None when cancelled."""
        dialog = cls(title, prompt, categories, selected_id, parent, keywords)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen_id()
