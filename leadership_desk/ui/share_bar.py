"""A horizontal bar showing the instruction share with the goal marked on it."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

INSTRUCTION_COLOR = QColor("#0072B2")
MANAGEMENT_COLOR = QColor("#E69F00")
EMPTY_COLOR = QColor("#D9D9D9")


class ShareBar(QWidget):
    """Instruction (blue) against management (orange), a dark line at the goal.

    Values are also given in text next to the bar, so colour is never the only cue.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._share: float | None = None
        self._goal = 0.75
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, share: float | None, goal: float, words: str = "instruction") -> None:
        self._share = share
        self._goal = goal
        share_text = "no data" if share is None else f"{share * 100:.0f}% {words}"
        self.setAccessibleName(f"{words.capitalize()} share: {share_text}; "
                               f"goal {goal * 100:.0f}%")
        self.setToolTip(self.accessibleName())
        self.update()

    @property
    def share(self) -> float | None:
        return self._share

    def sizeHint(self) -> QSize:
        return QSize(200, 18)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 3, -1, -3)
        painter.setPen(Qt.PenStyle.NoPen)
        if self._share is None:
            painter.setBrush(EMPTY_COLOR)
            painter.drawRoundedRect(rect, 3, 3)
        else:
            painter.setBrush(MANAGEMENT_COLOR)
            painter.drawRoundedRect(rect, 3, 3)
            filled = QRectF(rect)
            filled.setWidth(rect.width() * self._share)
            painter.setBrush(INSTRUCTION_COLOR)
            painter.drawRoundedRect(filled, 3, 3)
        x = rect.left() + rect.width() * self._goal
        pen = QPen(self.palette().windowText().color())
        pen.setWidth(3)
        painter.setPen(pen)
        painter.drawLine(int(x), int(self.rect().top()), int(x), int(self.rect().bottom()))
        painter.end()
