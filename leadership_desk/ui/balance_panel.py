"""The balance for today, this week and this school year, against the goal."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from leadership_desk.domain.balance import Balance, format_duration
from leadership_desk.domain.categories import Kind
from leadership_desk.ui.share_bar import ShareBar


@dataclass(frozen=True)
class BalanceView:
    """What one card shows: a heading, the words for its period, and the numbers."""

    heading: str
    period_words: str
    balance: Balance
    # what the share is called: an IAS's is "instructional support"
    words: str = "instruction"


class BalanceCard(QFrame):
    """One period's share, the bar against the goal, time by kind, and the gap to the goal."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("balanceCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel()
        self.heading.setObjectName("cardHeading")
        self.share_label = QLabel()
        self.share_label.setObjectName("shareLabel")
        self.share_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.share_label.setWordWrap(True)  # "75% / instruction" on two lines when narrow
        self.heading.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.share_label, 1)
        self.bar = ShareBar()
        self.words_label = QLabel()
        self.words_label.setObjectName("muted")
        self.words_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.words_label.hide()
        self.kind_labels: dict[Kind, QLabel] = {}
        kinds = QGridLayout()
        kinds.setHorizontalSpacing(12)
        kinds.setVerticalSpacing(0)
        for column, kind in enumerate(Kind):
            name = QLabel(kind.label)
            name.setObjectName("muted")
            value = QLabel()
            value.setObjectName("kindValue")
            kinds.addWidget(name, 0, column)
            kinds.addWidget(value, 1, column)
            self.kind_labels[kind] = value
        self.gap_label = QLabel()
        self.gap_label.setWordWrap(True)
        self.gap_label.setObjectName("gapLabel")
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.words_label)
        layout.addWidget(self.bar)
        layout.addLayout(kinds)
        layout.addWidget(self.gap_label)

    def show_view(self, view: BalanceView) -> None:
        b = view.balance
        self.heading.setText(view.heading)
        if b.share is None:
            self.share_label.setText("no data yet")
        else:
            # an IAS's longer words go on a line of their own, under the bar
            short = view.words == "instruction"
            self.share_label.setText(f"{b.share * 100:.0f}%" + (" instruction" if short
                                                                 else ""))
        self.words_label.setText(f"{view.words} share")
        self.words_label.setVisible(view.words != "instruction")
        self.bar.set_values(b.share, b.goal, view.words)
        for kind, label in self.kind_labels.items():
            label.setText(format_duration(b.of(kind)))
        self.gap_label.setText(b.gap_text(view.period_words, view.words))


class BalancePanel(QWidget):
    """A column of balance cards (today, this week, this school year)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = [BalanceCard(self) for _ in range(3)]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel("Where your time goes")
        title.setObjectName("panelTitle")
        layout.addWidget(title)
        self.goal_label = QLabel()
        self.goal_label.setWordWrap(True)
        layout.addWidget(self.goal_label)
        for card in self.cards:
            layout.addWidget(card)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("muted")
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def show_views(self, views: list[BalanceView]) -> None:
        goal = views[0].balance.goal if views else 0.75
        words = views[0].words if views else "instruction"
        self.goal_label.setText(f"Goal: {goal * 100:.0f}% of your time on {words}, "
                                f"{100 - goal * 100:.0f}% on management.")
        other = ("travel between schools, lunch, your own learning" if words != "instruction"
                 else "lunch, travel, your own learning")
        self.note.setText(
            f"Blue: {words}. Orange: management. The line across the bar marks the goal.\n"
            f"{words.capitalize()} share = {words} ÷ ({words} + management); other time "
            f"({other}) is left out.")
        for card, view in zip(self.cards, views, strict=True):
            card.show_view(view)
