"""The IAS's dashboard: their own share by week, support per school against an even share,
schools waiting for a visit, and support given vs need.

Signals: loaded() after the charts are drawn.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from leadership_desk.domain.balance import format_share, instruction_share
from leadership_desk.domain.categories import Kind
from leadership_desk.domain.ias_support import UNVISITED_DAYS, unvisited
from leadership_desk.domain.periods import format_date
from leadership_desk.services.container import Services, run_on_own_connection
from leadership_desk.services.ias_dashboard_service import IasDashboardData
from leadership_desk.ui.chart_view import ChartView, chart_colors
from leadership_desk.ui.worker import Worker

UNVISITED_SHOWN = 6  # schools named in the line; the tooltip has all of them


def _last_visit(day) -> str:
    return "never" if day is None else f"last {format_date(day)}"


class IasDashboardPage(QWidget):
    """The school year so far, loaded off the GUI thread; shown instead of a principal's
    dashboard when the log is an IAS's."""

    loaded = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._worker: Worker | None = None
        self._pending = False
        self.data: IasDashboardData | None = None
        self.share_label = QLabel()
        self.share_label.setObjectName("shareLabel")
        self.visits_label = QLabel()
        self.visits_label.setWordWrap(True)
        self.visits_label.setAccessibleName("Schools waiting for a visit")
        headline = QFrame()
        headline.setObjectName("balanceCard")
        headline.setFrameShape(QFrame.Shape.StyledPanel)
        headline_layout = QVBoxLayout(headline)
        headline_layout.addWidget(self.share_label)
        headline_layout.addWidget(self.visits_label)
        self.trend_view = ChartView("support trend")
        self.support_view = ChartView("support per school")
        self.need_view = ChartView("support vs need")
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.addWidget(headline)
        for view in (self.trend_view, self.support_view, self.need_view):
            inner.addWidget(view)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)

    def reload(self) -> None:
        """Loads the school year on a worker thread; draws when it arrives."""
        if self._worker is not None:
            self._pending = True
            return
        s = self.services
        path, clock, zone = s.path, s.clock, s.profiles.profile().timezone
        worker = Worker(lambda: run_on_own_connection(
            path, clock, zone, lambda own: own.ias_dashboard.load(), read_only=True))
        worker.signals.finished.connect(self._on_worker_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        self._worker = worker
        for view in (self.trend_view, self.support_view, self.need_view):
            if view.figure is None:
                view.show_message("Loading…")
        worker.start()

    def _on_worker_finished(self, data: IasDashboardData) -> None:
        self._worker = None
        if self._pending:
            self._pending = False
            self.reload()
            return
        self.data = data
        self._show_headline(data)
        self._draw(data)
        self.loaded.emit()

    def _on_worker_failed(self, error: Exception) -> None:
        self._worker = None
        self.share_label.setText("The dashboard could not be loaded")
        self.visits_label.setText(getattr(error, "message", str(error)))

    def _show_headline(self, data: IasDashboardData) -> None:
        seconds = {kind: sum(w.seconds.get(kind, 0) for w in data.weeks) for kind in Kind}
        share = instruction_share(seconds[Kind.INSTRUCTION], seconds[Kind.MANAGEMENT])
        self.share_label.setText(f"{format_share(share)} instructional support this school "
                                 f"year  (goal {data.goal * 100:.0f}%)")
        if not data.schools:
            self.visits_label.setText(
                "No schools yet: name the school an activity served (Add activity… or "
                "Quick entry), or import your principals' summaries in Schools.")
            return
        waiting = unvisited(data.schools, data.today)
        if not waiting:
            self.visits_label.setText(f"Every school had a visit in the last "
                                      f"{UNVISITED_DAYS} days.")
            return
        words = [f"{s.name} ({_last_visit(s.last_visit)})" for s in waiting]
        self.visits_label.setToolTip("\n".join(words))  # every one, whatever their number
        if len(words) > UNVISITED_SHOWN:  # a whole network: the longest waiting, then a count
            more = len(words) - UNVISITED_SHOWN
            words = [*words[:UNVISITED_SHOWN],
                     f"and {more} more (point here to see them all)"]
            self.visits_label.setText(
                f"No visit in the last {UNVISITED_DAYS} days: {len(waiting)} schools, the "
                f"longest waiting first: {'; '.join(words)}.")
            return
        self.visits_label.setText(f"No visit in the last {UNVISITED_DAYS} days: "
                                  f"{'; '.join(words)}.")

    def _draw(self, data: IasDashboardData) -> None:
        from leadership_desk.reports import ias_charts

        colors = chart_colors(self.palette())
        self.trend_view.show_figure(
            ias_charts.support_trend_figure(data.weeks, data.rolling, data.goal, data.today,
                                            colors=colors),
            ias_charts.support_trend_description(data.weeks, data.goal, data.today))
        self.support_view.show_figure(ias_charts.support_figure(data.schools, colors=colors),
                                      ias_charts.support_description(data.schools))
        self.need_view.show_figure(ias_charts.need_figure(data.schools, data.goal,
                                                          colors=colors),
                                   ias_charts.need_description(data.schools, data.goal))

    def changeEvent(self, event) -> None:  # Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.data is not None:
            self._draw(self.data)
