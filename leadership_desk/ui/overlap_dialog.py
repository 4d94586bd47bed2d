"""Asks what to do when an activity overlaps others: nothing is cut without the user's choice."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from leadership_desk.domain.overlaps import OverlapChoice


class OverlapDialog(QDialog):
    """Lists the overlapping activities and offers the three choices with their effect."""

    def __init__(
        self,
        message: str,
        conflicts: list[str],
        effects: dict[OverlapChoice, list[str] | str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Activities overlap")
        self.choice: OverlapChoice | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(f"<b>{message}</b>")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(QLabel("\n".join(f"• {line}" for line in conflicts)))
        labels = {
            OverlapChoice.SHORTEN_OTHERS: "Shorten the other activities",
            OverlapChoice.SHORTEN_THIS: "Shorten this activity",
            OverlapChoice.KEEP_BOTH: "Keep both as they are (the time counts twice)",
        }
        self.buttons: dict[OverlapChoice, QPushButton] = {}
        for choice, label in labels.items():
            effect = effects.get(choice, [])
            button = QPushButton(label)
            if isinstance(effect, str):  # why the choice is not possible
                button.setEnabled(False)
                detail = effect
            else:
                detail = "\n".join(effect)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
            layout.addWidget(button)
            if detail:
                text = QLabel(detail)
                text.setObjectName("muted")
                text.setWordWrap(True)
                layout.addWidget(text)
            self.buttons[choice] = button
        back = QPushButton("Go back to the form")
        back.clicked.connect(self.reject)
        layout.addWidget(back)

    def _choose(self, choice: OverlapChoice) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        message: str,
        conflicts: list[str],
        effects: dict[OverlapChoice, list[str] | str],
    ) -> OverlapChoice | None:
        dialog = cls(message, conflicts, effects, parent)
        dialog.exec()
        return dialog.choice
