"""The reminders and tray part of Settings: each reminder easy to turn off, the work day."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QTimeEdit,
    QWidget,
)

from leadership_desk.domain.reminders import ReminderSettings

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class ReminderForm(QGroupBox):
    """Edits ReminderSettings; `value()` raises ValidationError for an impossible work day."""

    def __init__(self, settings: ReminderSettings, parent: QWidget | None = None) -> None:
        super().__init__("Reminders and the tray", parent)
        self.idle_box = QCheckBox("Remind me when nothing runs for 20 minutes in work hours")
        self.long_box = QCheckBox("Remind me when an activity runs more than 3 hours")
        self.review_box = QCheckBox("Offer to review my day at the end of the work day")
        self.tray_box = QCheckBox("Keep running in the tray when I close the window")
        self.tray_box.setToolTip("While the timer runs, closing the window keeps Leadership "
                                 "Desk in the system tray; untick to quit instead")
        for box, value in ((self.idle_box, settings.idle),
                           (self.long_box, settings.long_running),
                           (self.review_box, settings.end_of_day),
                           (self.tray_box, settings.keep_in_tray)):
            box.setChecked(value)
        self.start_edit = QTimeEdit(QTime(settings.work_start.hour, settings.work_start.minute))
        self.end_edit = QTimeEdit(QTime(settings.work_end.hour, settings.work_end.minute))
        for edit, name in ((self.start_edit, "Work day starts"),
                           (self.end_edit, "Work day ends")):
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        hours = QHBoxLayout()
        hours.addWidget(self.start_edit)
        hours.addWidget(self.end_edit)
        hours.addStretch(1)
        self.day_boxes = []
        days = QHBoxLayout()
        for index, name in enumerate(DAYS):
            box = QCheckBox(name)
            box.setChecked(index in settings.work_days)
            self.day_boxes.append(box)
            days.addWidget(box)
        days.addStretch(1)
        layout = QFormLayout(self)
        layout.addRow(self.idle_box)
        layout.addRow(self.long_box)
        layout.addRow(self.review_box)
        layout.addRow("Work hours", hours)
        layout.addRow("Work days", days)
        layout.addRow(self.tray_box)

    def value(self) -> ReminderSettings:
        def as_time(edit: QTimeEdit) -> time:
            return time(edit.time().hour(), edit.time().minute())

        return ReminderSettings(
            idle=self.idle_box.isChecked(), long_running=self.long_box.isChecked(),
            end_of_day=self.review_box.isChecked(),
            work_days=tuple(i for i, box in enumerate(self.day_boxes) if box.isChecked()),
            work_start=as_time(self.start_edit), work_end=as_time(self.end_edit),
            keep_in_tray=self.tray_box.isChecked())
