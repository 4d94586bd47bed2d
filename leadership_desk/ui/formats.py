"""How Qt's own date fields show a date: the same as the app's text ('Nov 16, 2026')."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDateEdit

# matches leadership_desk.domain.periods.format_date, in Qt's display-format letters
DATE_EDIT_FORMAT = "MMM d, yyyy"


def use_app_date_format(edit: QDateEdit) -> None:
    """The app's date format, with English month names as in every other date it shows."""
    edit.setLocale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    edit.setDisplayFormat(DATE_EDIT_FORMAT)
