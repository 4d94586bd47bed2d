"""The network at a glance, above the Schools table: each school's instruction share over
the last 4 weeks its summaries cover as a dot, the 4 weeks before as a ring, lowest first,
with the goal line.

Drawn with QPainter in a small widget rather than with matplotlib: the Schools view opens
without loading matplotlib (about a second on a school laptop), and 75 dots need no more.
Signals: school_chosen(str school id), on a click or Enter on a dot.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from leadership_desk.services.rollup_service import SchoolRow

LEFT, RIGHT, TOP, BOTTOM = 44, 10, 22, 8  # room for the scale on the left, the title on top
HEIGHT = 150
LABELS = 16  # room under the dots for the schools' names, when each column is wide enough
LABEL_STEP = 40  # the narrowest column (pixels) that still shows a name
DOT = QColor("#0072B2")  # the instruction blue of the charts (Okabe-Ito)
RING = QColor("#6E6E6E")
GOAL = QColor("#D55E00")


@dataclass(frozen=True)
class ChartDot:
    """One school on the chart: where its dot and its ring go, and the numbers behind them."""

    school_id: str
    school: str
    share: float
    previous: float | None
    x: float
    y: float
    ring_y: float | None


def share_y(share: float, height: float) -> float:
    """The height of a share in a chart `height` pixels tall: 100% at the top, 0 at the bottom."""
    return TOP + (1 - share) * (height - TOP - BOTTOM)


def network_goal(rows: list[SchoolRow]) -> float | None:
    """The goal most schools share (the district's); the line the chart draws."""
    if not rows:
        return None
    counts = Counter(row.goal for row in rows).most_common()
    return max(goal for goal, n in counts if n == counts[0][1])


def chart_dots(rows: list[SchoolRow], width: float, height: float) -> list[ChartDot]:
    """The schools with a recent share, lowest first (ties by name), spread evenly across."""
    shown = sorted((r for r in rows if r.recent_share is not None),
                   key=lambda r: (r.recent_share, r.school.casefold()))
    if not shown:
        return []
    step = (width - LEFT - RIGHT) / len(shown)
    return [ChartDot(r.school_id, r.school, r.recent_share, r.previous_share,
                     LEFT + (index + 0.5) * step, share_y(r.recent_share, height),
                     None if r.previous_share is None else share_y(r.previous_share, height))
            for index, r in enumerate(shown)]


def dot_words(dot: ChartDot) -> str:
    before = ("no data the 4 weeks before" if dot.previous is None
              else f"{dot.previous * 100:.0f}% the 4 weeks before")
    return f"{dot.school}: {dot.share * 100:.0f}% ({before})"


def chart_title(rows: list[SchoolRow], point: bool) -> str:
    """What the dots are; a school known only from a network summary has its latest share
    (then the title has no room to say "point at a dot")."""
    if any(r.via for r in rows):
        return ("Instruction share, lowest first (dot: last 4 weeks covered, or a network "
                "summary's latest; ring: the 4 weeks before); dashed line: the goal")
    return ("Instruction share, last 4 weeks covered (dot) and the 4 weeks before (ring), "
            "lowest first; dashed line: the goal" + ("; point at a dot for its school"
                                                      if point else ""))


def chart_description(rows: list[SchoolRow]) -> str:
    """Every number the chart draws, in words, for a screen reader."""
    dots = chart_dots(rows, 1000, 200)
    goal = network_goal(rows)
    if not dots:
        return "Network chart: no school has a share for the last 4 weeks yet."
    below = sum(1 for d in dots if goal is not None and d.share < goal)
    missing = len(rows) - len(dots)
    latest = " (a school known only from a network summary: its latest share)" \
        if any(r.via for r in rows) else ""
    parts = [f"Instruction share in the last 4 weeks covered{latest}, lowest first, goal "
             f"{goal * 100:.0f}%: {below} of {len(dots)} schools below the goal."]
    parts.append("; ".join(dot_words(d) for d in dots) + ".")
    if missing:
        parts.append(f"{missing} more without data in the last 4 weeks.")
    return " ".join(parts)


class NetworkChart(QWidget):
    """The dot chart; arrows move between schools, Enter picks one."""

    school_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[SchoolRow] = []
        self.current = -1  # the dot picked with the keyboard, -1 for none
        self.setFixedHeight(HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Network chart: each school's instruction share")

    def set_rows(self, rows: list[SchoolRow]) -> None:
        self.rows = list(rows)
        self.current = -1
        self.setAccessibleDescription(chart_description(self.rows))
        self.setToolTip("")
        self.update()

    def dots(self) -> list[ChartDot]:
        return chart_dots(self.rows, self.width(), self.height() - self._label_room())

    def _label_room(self) -> int:
        """Names go under the dots while a column is wide enough to say something."""
        shown = sum(1 for r in self.rows if r.recent_share is not None)
        step = (self.width() - LEFT - RIGHT) / max(1, shown)
        return LABELS if shown and step >= LABEL_STEP else 0

    def dot_at(self, x: float) -> ChartDot | None:
        """The dot whose column holds `x`."""
        dots = self.dots()
        if not dots or x < LEFT or x >= self.width() - RIGHT:
            return None
        step = (self.width() - LEFT - RIGHT) / len(dots)
        return dots[min(len(dots) - 1, int((x - LEFT) // step))]

    def paintEvent(self, _event) -> None:  # Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(self.palette().ColorRole.WindowText)
        painter.setPen(text)
        painter.drawText(QRectF(LEFT, 2, self.width() - LEFT - RIGHT, TOP - 4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         chart_title(self.rows, not self._label_room()))
        h = self.height() - self._label_room()
        grid = QColor(text)
        grid.setAlpha(50)
        for share in (0.0, 0.5, 1.0):
            y = share_y(share, h)
            painter.setPen(grid)
            painter.drawLine(QPointF(LEFT, y), QPointF(self.width() - RIGHT, y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - 8, LEFT - 6, 16), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, f"{share * 100:.0f}%")
        goal = network_goal(self.rows)
        if goal is not None:
            y = share_y(goal, h)
            painter.setPen(QPen(GOAL, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(LEFT, y), QPointF(self.width() - RIGHT, y))
            painter.drawText(QRectF(0, y - 8, LEFT - 6, 16), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, f"{goal * 100:.0f}%")
        dots = self.dots()
        step = (self.width() - LEFT - RIGHT) / max(1, len(dots))
        radius = max(2.5, min(5.0, step / 2 - 1))
        for index, dot in enumerate(dots):
            if dot.ring_y is not None:
                painter.setPen(QPen(RING, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawLine(QPointF(dot.x, dot.ring_y), QPointF(dot.x, dot.y))
                painter.drawEllipse(QPointF(dot.x, dot.ring_y), radius, radius)
            painter.setPen(QPen(text, 2) if index == self.current else Qt.PenStyle.NoPen)
            painter.setBrush(DOT)
            painter.drawEllipse(QPointF(dot.x, dot.y), radius, radius)
        if self._label_room():
            painter.setPen(text)
            metrics = painter.fontMetrics()
            for dot in dots:
                name = metrics.elidedText(dot.school, Qt.TextElideMode.ElideRight,
                                          int(step) - 4)
                painter.drawText(QRectF(dot.x - step / 2, h, step, LABELS),
                                 Qt.AlignmentFlag.AlignCenter, name)
        if self.hasFocus():  # where the keyboard is: the arrows move between schools
            painter.setPen(QPen(text, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(1, 1, self.width() - 2, self.height() - 2))
        if not dots:
            painter.setPen(text)
            painter.drawText(QRectF(LEFT, TOP, self.width() - LEFT - RIGHT, h - TOP - BOTTOM),
                             Qt.AlignmentFlag.AlignCenter,
                             "No school has a share for the last 4 weeks yet.")
        painter.end()

    def mouseMoveEvent(self, event) -> None:  # Qt's name
        dot = self.dot_at(event.position().x())
        if dot is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPosition().toPoint(), dot_words(dot), self)

    def mousePressEvent(self, event) -> None:  # Qt's name
        dot = self.dot_at(event.position().x())
        if dot is not None:
            self.school_chosen.emit(dot.school_id)

    def keyPressEvent(self, event) -> None:  # Qt's name
        dots = self.dots()
        key = event.key()
        if dots and key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End):
            moves = {Qt.Key.Key_Left: self.current - 1, Qt.Key.Key_Right: self.current + 1,
                     Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(dots) - 1}
            self.current = max(0, min(len(dots) - 1, moves[key]))
            dot = dots[self.current]
            self.setToolTip(dot_words(dot))
            QToolTip.showText(self.mapToGlobal(QPointF(dot.x, dot.y).toPoint()),
                              dot_words(dot), self)
            self.update()
        elif dots and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current >= 0:
            self.school_chosen.emit(dots[self.current].school_id)
        else:
            super().keyPressEvent(event)
