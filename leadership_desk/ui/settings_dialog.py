"""Settings: the profile, the goal and the first day of the school year."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leadership_desk.domain.profile import Profile
from leadership_desk.domain.reminders import ReminderSettings
from leadership_desk.domain.summary_folders import FolderSettings
from leadership_desk.errors import ValidationError
from leadership_desk.ui.profile_form import ProfileForm
from leadership_desk.ui.reminder_form import ReminderForm
from leadership_desk.ui.screen_fit import fit_to_screen, scrolling


class SettingsDialog(QDialog):
    """Edits the whole profile; the form stays open with a message until it is valid."""

    def __init__(self, profile: Profile, parent: QWidget | None = None,
                 reminders: ReminderSettings | None = None,
                 folders: FolderSettings | None = None,
                 open_planning: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumWidth(600)
        self.result_profile: Profile | None = None
        self.result_reminders: ReminderSettings | None = None
        self.result_folders: FolderSettings | None = None
        self.form = ProfileForm(profile, full=True)
        self.reminder_form = ReminderForm(reminders or ReminderSettings())
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.form)
        inner.addWidget(self.reminder_form)
        self.folder_form = None
        if folders is not None:
            from leadership_desk.ui.summary_folder_form import SummaryFolderForm

            self.folder_form = SummaryFolderForm(folders)
            inner.addWidget(self.folder_form)
        if open_planning is not None:  # saved on its own, at once
            self.planning_button = QPushButton("School calendar and protected blocks…")
            self.planning_button.setAccessibleName("Days without school and protected blocks")
            self.planning_button.clicked.connect(open_planning)
            inner.addWidget(self.planning_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(content), 1)  # a short screen scrolls the settings
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        fit_to_screen(self, 640, 700)

    def accept(self) -> None:
        try:
            self.result_profile = self.form.profile()
            self.result_reminders = self.reminder_form.value()
            if self.folder_form is not None:
                self.result_folders = self.folder_form.value()
        except ValidationError as error:
            self.error_label.setText(error.message)
            self.error_label.show()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, profile: Profile,
            reminders: ReminderSettings | None = None,
            folders: FolderSettings | None = None,
            open_planning: Callable[[], None] | None = None,
            ) -> tuple[Profile, ReminderSettings] | tuple[Profile, ReminderSettings,
                                                          FolderSettings] | None:
        """The profile and reminder settings as saved (and the folder settings, when given),
        or None when cancelled."""
        dialog = cls(profile, parent, reminders, folders, open_planning)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if folders is None:
            return dialog.result_profile, dialog.result_reminders
        return dialog.result_profile, dialog.result_reminders, dialog.result_folders
