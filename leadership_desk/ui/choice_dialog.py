"""A short question with a few answers, for decisions such as which 1:30 on a DST night."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget


class ChoiceDialog(QDialog):
    """A message and one button per answer; closing the window answers nothing."""

    def __init__(
        self, title: str, message: str, options: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.answer: int | None = None
        layout = QVBoxLayout(self)
        label = QLabel(message)
        label.setWordWrap(True)
        label.setMinimumWidth(380)
        layout.addWidget(label)
        self.buttons: list[QPushButton] = []
        for index, option in enumerate(options):
            button = QPushButton(option)
            button.clicked.connect(lambda _=False, i=index: self._answer(i))
            layout.addWidget(button)
            self.buttons.append(button)
        if self.buttons:
            self.buttons[0].setDefault(True)

    def _answer(self, index: int) -> None:
        self.answer = index
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, message: str, options: list[str]
    ) -> int | None:
        """The index of the chosen answer, or None if the window was closed."""
        dialog = cls(title, message, options, parent)
        dialog.exec()
        return dialog.answer
