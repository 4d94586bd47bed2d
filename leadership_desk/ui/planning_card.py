"""The Dashboard's planning card: the week ahead against the goal with its planned items by
day, and how much observation was followed by feedback and how much instruction was high
leverage in the period shown."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from leadership_desk.domain.balance import count_of, format_share
from leadership_desk.domain.categories import Category
from leadership_desk.domain.periods import format_period
from leadership_desk.services.dashboard_service import PlanningFigures


def items_by_day(figures: PlanningFigures, zone: ZoneInfo,
                 categories: dict[int, Category]) -> list[str]:
    """One line per day of the week ahead with planned items: 'Tue: 08:30–10:00 Walkthroughs'."""
    lines: dict[str, list[str]] = {}
    for item in figures.week_ahead.items:
        start, end = item.start.astimezone(zone), item.end.astimezone(zone)
        category = categories.get(item.category_id)
        what = item.title or (category.name if category else "")
        source = "" if item.is_block else " (calendar)"
        lines.setdefault(f"{start:%a}", []).append(
            f"{start:%H:%M}–{end:%H:%M} {what}{source}")
    return [f"{day}: " + "; ".join(entries) for day, entries in lines.items()]


class PlanningCard(QFrame):
    """Plain-text labels filled from PlanningFigures; no arithmetic here."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("balanceCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel()
        self.heading.setObjectName("gapLabel")
        self.week_label = QLabel()
        self.items_label = QLabel()
        self.follow_label = QLabel()
        layout = QVBoxLayout(self)
        for label in (self.heading, self.week_label, self.items_label, self.follow_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # titles are the principal's text
            label.setWordWrap(True)
            layout.addWidget(label)
        self.hide()

    def show_figures(self, figures: PlanningFigures | None, zone: ZoneInfo,
                     categories: dict[int, Category]) -> None:
        if figures is None:
            self.hide()
            return
        ahead = figures.week_ahead
        days = len(ahead.school_days)
        self.heading.setText(f"The week of {format_period(ahead.week.first, ahead.week.last)} "
                             f"({count_of(days, 'school day')})")
        self.week_label.setText(ahead.sentence())
        lines = items_by_day(figures, zone, categories)
        closed = [d for d in ahead.week.days()
                  if d.weekday() < 5 and d not in ahead.school_days]
        if closed:
            lines.append("No school: " + ", ".join(f"{d:%a}" for d in closed))
        self.items_label.setText("\n".join(lines) if lines else
                                 "Nothing planned yet. Add protected blocks in File > School "
                                 "calendar and protected blocks, or import your calendar.")
        follow = figures.follow
        if follow.observations:
            text = (f"Observations followed by feedback within 2 school days: "
                    f"{follow.followed} of {follow.observations} "
                    f"({format_share(follow.share)}).")
        else:
            text = "No observations or walkthroughs to follow up in this period."
        if follow.waiting:
            text += (f" {count_of(follow.waiting, 'recent one')} still "
                     f"{'has' if follow.waiting == 1 else 'have'} time for feedback.")
        self.follow_label.setText(text)
        self.show()


def leverage_text(figures: PlanningFigures | None) -> str:
    """The high-leverage share, said next to the instruction share."""
    if figures is None or figures.high_leverage is None:
        return ""
    return (f"{format_share(figures.high_leverage)} of the instruction was high leverage "
            "(coaching and feedback, evaluation, instructional program).")


