"""The first-run form: who you are, your school and time zone, and the default categories."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leadership_desk.domain.categories import Category
from leadership_desk.domain.profile import Profile
from leadership_desk.errors import ValidationError
from leadership_desk.ui.profile_form import ProfileForm
from leadership_desk.ui.screen_fit import fit_to_screen


class FirstRunDialog(QDialog):
    """Asks for name, school and time zone, and shows the categories the log starts with."""

    def __init__(
        self, profile: Profile, categories: list[Category], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to Leadership Desk")
        self.setMinimumWidth(560)
        self.result_profile: Profile | None = None
        intro = QLabel(
            "<b>Welcome.</b> Leadership Desk keeps a log of your day on this computer only "
            "(no account, no internet) and shows how much of your time goes to instruction "
            "against your district's goal."
        )
        intro.setWordWrap(True)
        self.form = ProfileForm(profile, full=False)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.hide()
        self.category_list = QListWidget()
        self.category_list.setAccessibleName("The categories your log starts with")
        for category in categories:
            hl = ", high leverage" if category.high_leverage else ""
            item = QListWidgetItem(f"{category.name}  ({category.kind.label}{hl})")
            self.category_list.addItem(item)
        categories_note = QLabel(
            "Every activity gets one of these categories, and each counts as instruction, "
            "management or other. You can rename, add or archive them later "
            "(File ▸ Categories…)."
        )
        categories_note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Start logging")
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(categories_note)
        layout.addWidget(self.category_list, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 560)

    def accept(self) -> None:
        try:
            profile = self.form.profile()
            if not profile.name or not profile.school:
                raise ValidationError(
                    "Please enter your name and your school: they head every summary you "
                    "share."
                )
            self.result_profile = profile
        except ValidationError as error:
            self.error_label.setText(error.message)
            self.error_label.show()
            return
        super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, profile: Profile, categories: list[Category]
    ) -> Profile | None:
        dialog = cls(profile, categories, parent)
        return dialog.result_profile if dialog.exec() == QDialog.DialogCode.Accepted else None
