"""The first-run form: principal or IAS, who you are, your school (or network) and time zone,
and the default categories."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from leadership_desk.domain.categories import Category
from leadership_desk.domain.profile import Profile
from leadership_desk.domain.roles import Role
from leadership_desk.errors import ValidationError
from leadership_desk.ui.profile_form import ProfileForm
from leadership_desk.ui.screen_fit import fit_to_screen


class FirstRunDialog(QDialog):
    """Asks principal or IAS, then name and school (an IAS: network) and time zone, and shows
    the categories the log starts with."""

    def __init__(
        self, profile: Profile, categories: list[Category], parent: QWidget | None = None,
        ias_categories: list[Category] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to Leadership Desk")
        self.setMinimumWidth(560)
        self.result_profile: Profile | None = None
        self._categories = {Role.PRINCIPAL: categories, Role.IAS: ias_categories or []}
        intro = QLabel(
            "<b>Welcome.</b> Leadership Desk keeps a log of your day on this computer only "
            "(no account, no internet) and shows how much of your time goes to instruction "
            "against your district's goal."
        )
        intro.setWordWrap(True)
        self.principal_radio = QRadioButton("I lead a school (principal)")
        self.principal_radio.setAccessibleName("I lead a school (principal)")
        self.ias_radio = QRadioButton(
            "I supervise principals (an IAS, or the assistant superintendent above them)")
        self.ias_radio.setAccessibleName("I supervise principals (IAS)")
        self.ias_radio.setEnabled(ias_categories is not None)
        group = QButtonGroup(self)
        group.addButton(self.principal_radio)
        group.addButton(self.ias_radio)
        roles = QHBoxLayout()
        roles.addWidget(self.principal_radio)
        roles.addWidget(self.ias_radio)
        roles.addStretch(1)
        self.form = ProfileForm(profile, full=False)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.hide()
        self.category_list = QListWidget()
        self.category_list.setAccessibleName("The categories your log starts with")
        self.categories_note = QLabel()
        self.categories_note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Start logging")
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(roles)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.categories_note)
        layout.addWidget(self.category_list, 1)
        layout.addWidget(buttons)
        self.principal_radio.toggled.connect(self._on_principal_radio_toggled)
        (self.ias_radio if profile.role is Role.IAS else self.principal_radio).setChecked(True)
        self.set_role(profile.role)
        fit_to_screen(self, 560, 560)

    def role(self) -> Role:
        return Role.IAS if self.ias_radio.isChecked() else Role.PRINCIPAL

    def set_role(self, role: Role) -> None:
        """Shows the fields and the categories of `role`."""
        (self.ias_radio if role is Role.IAS else self.principal_radio).setChecked(True)
        self.form.set_role(role)
        self.category_list.clear()
        for category in self._categories[role]:
            hl = ", high leverage" if category.high_leverage else ""
            self.category_list.addItem(QListWidgetItem(
                f"{category.name}  ({category.kind.label}{hl})"))
        whom = ("Every visit or task gets one of these categories; instruction ones count as "
                "instructional support. You can also note the school each one served. "
                if role is Role.IAS else "Every activity gets one of these categories, and "
                "each counts as instruction, management or other. ")
        self.categories_note.setText(whom + "You can rename, add or archive them later "
                                     "(File ▸ Categories…).")

    def _on_principal_radio_toggled(self, _checked: bool) -> None:
        self.set_role(self.role())

    def accept(self) -> None:
        try:
            profile = self.form.profile()
            if profile.role is Role.IAS and not profile.name:
                raise ValidationError("Please enter your name: it heads every summary you "
                                      "share.")
            if profile.role is Role.PRINCIPAL and not (profile.name and profile.school):
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
        cls, parent: QWidget | None, profile: Profile, categories: list[Category],
        ias_categories: list[Category] | None = None,
    ) -> Profile | None:
        dialog = cls(profile, categories, parent, ias_categories)
        return dialog.result_profile if dialog.exec() == QDialog.DialogCode.Accepted else None
