"""The keyboard shortcuts (F1), in two aligned columns."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from leadership_desk.ui.screen_fit import fit_to_screen, scrolling

SHORTCUTS = (
    ("Ctrl+1 … Ctrl+8", "start the timer buttons, left to right"),
    ("Ctrl+0", "start any other category (type part of its name)"),
    ("F2", "rename what is running"),
    ("Ctrl+.", "stop the timer"),
    ("Ctrl+L", "quick entry: '8:00-9:15 walkthroughs', '45m email', 'now PLC'"),
    ("Ctrl+R", "review the day: activities, drafts and untracked time"),
    ("Ctrl+N", "add an activity with the full form"),
    ("Enter or Ctrl+E", "edit the selected activity"),
    ("Delete", "delete the selected activity"),
    ("Ctrl+Z / Ctrl+Shift+Z", "undo / redo (also after restarting)"),
    ("Alt+Left / Alt+Right", "previous / next day"),
    ("Ctrl+T", "back to today"),
    ("Ctrl+G", "go to a date (2026-11-16, 20261116 or 11/16/2026)"),
    ("Ctrl+D / Ctrl+B", "my day / the dashboard"),
    ("Ctrl+Shift+L", "import a calendar (.ics) as drafts"),
    ("A / C / R", "accept, change or reject the selected draft"),
    ("Ctrl+Shift+E", "export a summary for your IAS"),
    ("Ctrl+Shift+S", "the Schools view (for an IAS)"),
    ("F1", "this list"),
)


def shortcuts_html() -> str:
    rows = "".join(f"<tr><td style='padding-right:18px'><b>{html.escape(keys)}</b></td>"
                   f"<td>{html.escape(what)}</td></tr>" for keys, what in SHORTCUTS)
    return f"<table cellspacing='3'>{rows}</table>"


class ShortcutsDialog(QDialog):
    """Keys on the left, what they do on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.label = QLabel(shortcuts_html())
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName("Keyboard shortcuts")
        self.label.setAccessibleDescription("; ".join(f"{k}: {w}" for k, w in SHORTCUTS))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(self.label), 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, 520)

    @classmethod
    def ask(cls, parent: QWidget | None) -> None:
        cls(parent).exec()
