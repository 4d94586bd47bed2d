"""The fields of the principal's profile, shared by the first-run form and Settings."""

from __future__ import annotations

import zoneinfo
from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from leadership_desk.domain.periods import MonthDay
from leadership_desk.domain.profile import Profile
from leadership_desk.domain.roles import Role

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


class ProfileForm(QWidget):
    """Name, school (an IAS: network), time zone; with `full`, also the role, school id, goal
    and school-year start."""

    def __init__(self, profile: Profile, full: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile = profile
        self.name_edit = QLineEdit(profile.name)
        self.name_edit.setPlaceholderText("Your name")
        self.name_edit.setMaxLength(120)
        self.name_edit.setAccessibleName("Your name")
        self.school_edit = QLineEdit(profile.school)
        self.school_edit.setPlaceholderText("Your school")
        self.school_edit.setMaxLength(120)
        self.school_edit.setAccessibleName("Your school")
        self.zone_combo = QComboBox()
        self.zone_combo.setEditable(True)
        self.zone_combo.setAccessibleName("Time zone")
        zones = sorted(zoneinfo.available_timezones())
        self.zone_combo.addItems(zones)
        self.zone_combo.setCurrentText(profile.timezone)
        self.zone_combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.zone_combo.setToolTip("Where you work, e.g. America/Los_Angeles")
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName("You are")
        for role in Role:
            self.role_combo.addItem(role.label, role.value)
        self.role_combo.setCurrentIndex(list(Role).index(profile.role))
        self.role_combo.setToolTip("Changing this changes the categories on offer; the "
                                   "activities already logged stay as they are.")
        self.network_edit = QLineEdit(profile.network)
        self.network_edit.setPlaceholderText("e.g. North network (the schools you supervise)")
        self.network_edit.setMaxLength(120)
        self.network_edit.setAccessibleName("Your network")
        self._layout = layout = QFormLayout(self)
        if full:
            layout.addRow("You are", self.role_combo)
        else:
            self.role_combo.hide()
        layout.addRow("Name", self.name_edit)
        layout.addRow("School", self.school_edit)
        layout.addRow("Network", self.network_edit)
        self.school_id_edit = QLineEdit(profile.school_id)
        self.school_id_edit.setMaxLength(120)
        self.school_id_edit.setAccessibleName("School id")
        self.school_id_edit.setPlaceholderText("e.g. the state school code (optional)")
        self.goal_spin = QSpinBox()
        self.goal_spin.setRange(1, 99)
        self.goal_spin.setAccessibleName("Goal: instruction share in percent")
        self.goal_spin.setSuffix("% instruction")
        self.goal_spin.setValue(round(profile.goal_share * 100))
        self.month_combo = QComboBox()
        self.month_combo.addItems(MONTHS)
        self.month_combo.setAccessibleName("School year starts: month")
        self.month_combo.setCurrentIndex(profile.year_start.month - 1)
        self.day_spin = QSpinBox()
        self.day_spin.setRange(1, 31)
        self.day_spin.setAccessibleName("School year starts: day")
        self.day_spin.setValue(profile.year_start.day)
        self.stepped_check = QCheckBox("Step up month by month from")
        self.stepped_check.setChecked(profile.stepped_goal_start is not None)
        self.stepped_check.setMinimumWidth(self.stepped_check.sizeHint().width())
        self.stepped_spin = QSpinBox()
        self.stepped_spin.setRange(1, 98)
        self.stepped_spin.setAccessibleName("Stepped goal: first month's share in percent")
        self.stepped_spin.setSuffix(" %")
        self.stepped_spin.setValue(round((profile.stepped_goal_start or 0.35) * 100))
        self.months_spin = QSpinBox()
        self.months_spin.setRange(2, 12)
        self.months_spin.setAccessibleName("Stepped goal: months to reach the goal")
        self.months_spin.setSuffix(" months")
        self.months_spin.setValue(profile.stepped_goal_months)
        stepped = QHBoxLayout()
        stepped.addWidget(self.stepped_check)
        stepped.addWidget(self.stepped_spin)
        stepped.addWidget(QLabel("to the goal in"))
        stepped.addWidget(self.months_spin)
        stepped.addStretch(1)
        self.stepped_check.toggled.connect(self.stepped_spin.setEnabled)
        self.stepped_check.toggled.connect(self.months_spin.setEnabled)
        self.stepped_spin.setEnabled(self.stepped_check.isChecked())
        self.months_spin.setEnabled(self.stepped_check.isChecked())
        year_start = QHBoxLayout()
        year_start.addWidget(self.month_combo)
        year_start.addWidget(self.day_spin)
        if full:
            layout.addRow("School id", self.school_id_edit)
        layout.addRow("Time zone", self.zone_combo)
        if full:
            layout.addRow("Goal", self.goal_spin)
            layout.addRow("Monthly targets", stepped)
            layout.addRow("School year starts", year_start)
        else:
            for widget in (self.school_id_edit, self.goal_spin, self.month_combo, self.day_spin,
                           self.stepped_check, self.stepped_spin, self.months_spin):
                widget.hide()
        self.role_combo.currentIndexChanged.connect(self._on_role_combo_changed)
        self.set_role(profile.role)

    def role(self) -> Role:
        return Role(self.role_combo.currentData())

    def set_role(self, role: Role) -> None:
        """Shows the fields of `role`: a principal's school, or an IAS's network."""
        self.role_combo.setCurrentIndex(list(Role).index(role))
        ias = role is Role.IAS
        self._layout.setRowVisible(self.school_edit, not ias)
        self._layout.setRowVisible(self.network_edit, ias)
        if self.school_id_edit.parent() is self and self._layout.indexOf(self.school_id_edit) >= 0:
            self._layout.setRowVisible(self.school_id_edit, not ias)
        self.goal_spin.setSuffix("% instructional support" if ias else "% instruction")

    def _on_role_combo_changed(self, _index: int) -> None:
        self.set_role(self.role())

    def raw_values(self) -> dict:
        """The typed values, unchecked; `Profile(**...)` validates them."""
        return {
            "name": self.name_edit.text().strip(),
            "school": self.school_edit.text().strip(),
            "school_id": self.school_id_edit.text().strip(),
            "network": self.network_edit.text().strip(),
            "role": self.role(),
            "timezone": self.zone_combo.currentText().strip(),
            "goal_share": self.goal_spin.value() / 100,
            "year_start": (self.month_combo.currentIndex() + 1, self.day_spin.value()),
            "stepped_goal_start": (self.stepped_spin.value() / 100
                                   if self.stepped_check.isChecked() else None),
            "stepped_goal_months": self.months_spin.value(),
        }

    def profile(self) -> Profile:
        """The profile as typed; raises ValidationError naming what is wrong."""
        values = self.raw_values()
        month, day = values.pop("year_start")
        return replace(self._profile, **values, year_start=MonthDay(month, day))
