"""The row of large buttons that start, switch and stop the timer, with the running activity."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from leadership_desk.domain.activities import TITLE_MAX, Activity
from leadership_desk.domain.categories import Category

BUTTONS_PER_ROW = 4
NO_SCHOOL = "For no school"


def format_elapsed(elapsed: timedelta) -> str:
    """'1:05:09' style clock for the running activity."""
    seconds = max(0, int(elapsed.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


class FavouriteButton(QPushButton):
    """A timer button whose two lines (name, kind) are cut with an ellipsis to its width,
    the full name in the tooltip."""

    def __init__(self, name: str, detail: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_name = name
        self.detail = detail
        self.setMinimumWidth(120)
        self._elide()

    def resizeEvent(self, event) -> None:  # Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(40, self.width() - 34)  # the coloured edge and the padding
        font = self.font()
        font.setBold(True)  # measured bold: the running button is drawn bold
        metrics = QFontMetrics(font)
        name = metrics.elidedText(self.full_name, Qt.TextElideMode.ElideRight, room)
        detail = metrics.elidedText(self.detail, Qt.TextElideMode.ElideRight, room)
        # "&&" shows one ampersand; a single one would be taken as a shortcut marker
        self.setText(f"{name}\n{detail}".replace("&", "&&"))


class TimerBar(QFrame):
    """Favourite category buttons; one click starts or switches, Stop ends; Other… starts
    any category; the running activity's title can be changed in place (F2).

    Signals: start_requested(category_id), stop_requested(), other_requested(),
    title_edited(str: the new title of the running activity).
    """

    start_requested = Signal(int)
    stop_requested = Signal()
    other_requested = Signal()
    title_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerBar")
        self.buttons: dict[int, QPushButton] = {}
        self._shown: tuple = ()
        self._running: Activity | None = None
        self._compact = False
        self.running_label = QLabel()
        self.running_label.setObjectName("runningLabel")
        self.elapsed_label = QLabel()
        self.elapsed_label.setObjectName("elapsedLabel")
        self.stop_button = QPushButton("Stop")
        self.stop_button.setObjectName("stopButton")
        self.stop_button.setToolTip("End the running activity now (Ctrl+.)")
        self.stop_button.clicked.connect(self.stop_requested)
        self.other_button = QPushButton("Other…")
        self.other_button.setToolTip("Start any category, found by typing its name (Ctrl+0)")
        self.other_button.setAccessibleName("Start another category")
        self.other_button.clicked.connect(self.other_requested)
        # an IAS's timer names the school it serves; hidden for a principal
        self.school_combo = QComboBox()
        self.school_combo.setAccessibleName("School the timer's next activity serves")
        self.school_combo.setToolTip("The school what you start next is for (your support "
                                     "hours by school come from it)")
        self.school_combo.setMinimumContentsLength(20)
        self.school_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.school_combo.hide()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("Title of what is running (Enter saves, Esc cancels)")
        self.title_edit.setAccessibleName("Title of the running activity")
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.hide()
        self.title_edit.returnPressed.connect(self._on_title_edit_return_pressed)
        cancel = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.title_edit)
        cancel.setContext(Qt.ShortcutContext.WidgetShortcut)
        cancel.activated.connect(self.title_edit.hide)
        status = QHBoxLayout()
        status.addWidget(self.running_label, 1)
        status.addWidget(self.title_edit, 1)
        status.addWidget(self.elapsed_label)
        status.addWidget(self.school_combo)
        status.addWidget(self.other_button)
        status.addWidget(self.stop_button)
        self._grid = QGridLayout()
        self._grid.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(status)
        layout.addLayout(self._grid)
        self.show_running(None, None, datetime.now().astimezone())

    def set_schools(self, schools: list[tuple[str, str]] | None) -> None:
        """The schools an IAS can name for what they start, (id, name) each; None for a
        principal (no choice shown). The choice made stays while the list is refreshed."""
        self.school_combo.setVisible(schools is not None)
        items = [(None, NO_SCHOOL)] + [(sid, name) for sid, name in schools or []]
        current = [(self.school_combo.itemData(i), self.school_combo.itemText(i))
                   for i in range(self.school_combo.count())]
        if [(sid, name if sid is None else f"For {name}") for sid, name in items] == current:
            return
        chosen = self.school()
        self.school_combo.blockSignals(True)
        self.school_combo.clear()
        for sid, name in items:
            self.school_combo.addItem(name if sid is None else f"For {name}", sid)
        self.school_combo.setCurrentIndex(max(0, self.school_combo.findData(chosen)))
        self.school_combo.blockSignals(False)

    def school(self) -> str | None:
        """The school chosen for what starts next (None: no school, or a principal)."""
        if self.school_combo.isHidden():
            return None
        return self.school_combo.currentData()

    def set_favourites(self, categories: list[Category]) -> None:
        """Rebuilds the buttons: one per favourite category, with its shortcut Ctrl+1..8.

        Refreshes happen on every change; the buttons are only rebuilt when the favourites
        themselves changed, so a click never loses its button under the pointer.
        """
        shown = tuple((c.id, c.name, c.kind, c.high_leverage, c.color) for c in categories)
        if shown == self._shown:
            self._mark_running()
            return
        self._shown = shown
        for button in self.buttons.values():
            self._grid.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for index, category in enumerate(categories):
            hl = " · high leverage" if category.high_leverage else ""
            button = FavouriteButton(category.name, f"{category.kind.label}{hl}")
            button.setObjectName("favouriteButton")
            button.setCheckable(True)
            button.setMinimumHeight(52)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setStyleSheet(f"QPushButton#favouriteButton {{ border-left: 8px solid "
                                 f"{category.color}; }}")
            button.setToolTip(f"Start {category.name} ({category.kind.label}) now "
                              f"(Ctrl+{index + 1})")
            button.setAccessibleName(f"Start {category.name}, {category.kind.label}")
            button.clicked.connect(
                lambda _checked=False, cid=category.id: self.start_requested.emit(cid)
            )
            self._grid.addWidget(button, index // BUTTONS_PER_ROW, index % BUTTONS_PER_ROW)
            button.setVisible(not self._compact)
            self.buttons[category.id] = button
        # Tab goes through the buttons in their order, then Other… and Stop, before the page
        # (buttons made after the page would otherwise come last, after its table)
        chain = [*self.buttons.values(), self.school_combo, self.other_button,
                 self.stop_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        self._mark_running()

    def set_compact(self, compact: bool) -> None:
        """Only the running activity and Stop (the buttons stay on Ctrl+1..8), so charts and
        tables get the room on a laptop screen."""
        for button in self.buttons.values():
            button.setVisible(not compact)
        self._compact = compact
        if self._running is None:
            self.running_label.setText(self._idle_text())

    def _idle_text(self) -> str:
        if self._compact:
            return "Nothing running. Start with Ctrl+1 … Ctrl+8, or from My day."
        return "Nothing running. Click what you are doing now."

    def show_running(
        self, activity: Activity | None, category: Category | None, now: datetime
    ) -> None:
        self._running = activity
        if activity is None or category is None:
            self.running_label.setText(self._idle_text())
            self.elapsed_label.setText("")
            self.stop_button.setEnabled(False)
        else:
            title = f" — {activity.title}" if activity.title else ""
            self.running_label.setText(
                f"Now: <b>{_escape(category.name)}</b> ({category.kind.label}){_escape(title)}"
            )
            self.running_label.setTextFormat(Qt.TextFormat.RichText)
            self.stop_button.setEnabled(True)
            self.tick(now)
        self._mark_running()

    def edit_title(self) -> bool:
        """Shows the running activity's title for editing; False when nothing runs."""
        if self._running is None:
            return False
        self.title_edit.setText(self._running.title)
        self.title_edit.show()
        self.title_edit.setFocus()
        self.title_edit.selectAll()
        return True

    def _on_title_edit_return_pressed(self) -> None:
        self.title_edit.hide()
        self.title_edited.emit(self.title_edit.text())

    def tick(self, now: datetime) -> None:
        """Updates the elapsed time of the running activity."""
        if self._running is not None:
            self.elapsed_label.setText(format_elapsed(now - self._running.start))

    def _mark_running(self) -> None:
        running_id = self._running.category_id if self._running else None
        for category_id, button in self.buttons.items():
            button.setChecked(category_id == running_id)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
