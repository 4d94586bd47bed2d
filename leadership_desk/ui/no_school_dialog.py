"""Which of a calendar file's all-day events are days without school: the principal ticks
them (those whose names sound like no school are ticked already)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadership_desk.domain.periods import format_date
from leadership_desk.services.planning_service import AllDayEvent
from leadership_desk.ui.screen_fit import fit_to_screen


def event_text(event: AllDayEvent) -> str:
    when = format_date(event.first, weekday=True)
    if event.last != event.first:
        when += f" – {format_date(event.last, weekday=True)}"
    return f"{when}   {event.title}"


class NoSchoolDialog(QDialog):
    """A ticked list of all-day events; OK marks the ticked ones as days without school."""

    def __init__(self, events: list[AllDayEvent], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Days without school from the calendar")
        self.events = list(events)
        message = ("Tick the events when there is no school. Their weekdays will not count "
                   "as school days." if events else
                   "This calendar has no all-day events in this school year.")
        label = QLabel(message)
        label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("All-day events of the calendar")
        for event in self.events:
            item = QListWidgetItem(event_text(event))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if event.suggested
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Mark as no school")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 520)

    def chosen(self) -> list[AllDayEvent]:
        return [event for index, event in enumerate(self.events)
                if self.list.item(index).checkState() == Qt.CheckState.Checked]

    @classmethod
    def ask(cls, parent: QWidget | None, events: list[AllDayEvent]) -> list[AllDayEvent] | None:
        """The events ticked, or None when cancelled."""
        dialog = cls(events, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
