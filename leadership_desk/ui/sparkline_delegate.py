"""Draws a school's weekly instruction shares as a small line with the goal marked, in the
Schools table's Trend column (block characters read as a row of black bars)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

# the model gives (shares oldest first, None for a week without data; the goal) in this role
SPARK_ROLE = Qt.ItemDataRole.UserRole + 2
LINE = QColor("#0072B2")  # the instruction blue of the charts (Okabe-Ito)


def spark_points(shares: list[float | None], width: float, height: float,
                 margin: float = 3) -> list[list[tuple[float, float]]]:
    """The line's pieces in a width x height box (0 at the bottom, 100% at the top); a week
    without data breaks the line."""
    if not shares:
        return []
    step = (width - 2 * margin) / max(1, len(shares) - 1)
    pieces: list[list[tuple[float, float]]] = [[]]
    for index, share in enumerate(shares):
        if share is None:
            if pieces[-1]:
                pieces.append([])
            continue
        y = margin + (1 - share) * (height - 2 * margin)
        pieces[-1].append((margin + index * step, y))
    return [piece for piece in pieces if piece]


class SparklineDelegate(QStyledItemDelegate):
    """Paints SPARK_ROLE data; selection and focus are drawn as for any other cell."""

    def paint(self, painter: QPainter, option, index) -> None:
        data = index.data(SPARK_ROLE)
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        if not data:
            return
        shares, goal = data
        rect = option.rect.adjusted(4, 3, -4, -3)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(rect.topLeft())
        text = option.palette.color(option.palette.ColorRole.Text)
        painter.setPen(QPen(text, 1, Qt.PenStyle.DotLine))
        goal_y = 3 + (1 - goal) * (rect.height() - 6)
        painter.drawLine(QPointF(0, goal_y), QPointF(rect.width(), goal_y))
        painter.setPen(QPen(LINE, 2))
        for piece in spark_points(shares, rect.width(), rect.height()):
            if len(piece) == 1:
                painter.drawEllipse(QPointF(*piece[0]), 1.5, 1.5)
            else:
                painter.drawPolyline([QPointF(*point) for point in piece])
        painter.restore()
