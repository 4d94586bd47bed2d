"""The dashboard: where the principal stands against the goal, the trend, where the time
goes, and when instruction happens, for a chosen period.

Signals: loaded() after the charts of a period are put on screen (a period loaded while the
page is hidden, ahead of its first showing, is put on screen when it is shown).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from leadership_desk.domain.balance import count_of, format_duration, format_points, format_share
from leadership_desk.domain.categories import Kind
from leadership_desk.domain.periods import Period, format_date, format_period, period_of
from leadership_desk.services.container import Services, run_on_own_connection
from leadership_desk.services.dashboard_service import DashboardData
from leadership_desk.ui.chart_view import (
    ChartView,
    chart_colors,
    load_chart_libraries,
    settle_layout,
)
from leadership_desk.ui.formats import use_app_date_format
from leadership_desk.ui.planning_card import PlanningCard, leverage_text
from leadership_desk.ui.worker import Worker

PERIODS = (("This week", "week"), ("This month", "month"), ("This school year", "year"),
           ("Custom range", "custom"))


def shift_period(kind: str, period: Period, steps: int, year_start) -> Period:
    """The same kind of period, `steps` periods earlier (negative) or later."""
    if kind == "week":
        return period_of("week", period.first + timedelta(days=7 * steps), year_start)
    if kind == "month":
        month = period.first.month - 1 + steps
        first = date(period.first.year + month // 12, month % 12 + 1, 1)
        return period_of("month", first, year_start)
    if kind == "year":
        anchor = period.first.replace(year=period.first.year + steps)
        return period_of("year", anchor, year_start)
    length = timedelta(days=period.day_count * steps)
    return Period(period.first + length, period.last + length)


def short_day(day: date) -> str:
    return format_date(day, weekday=True)


def chart_figures(data: DashboardData, colors) -> list:
    """The dashboard's charts, (figure, description) each: trend, planned and logged (None
    when nothing was planned), breakdown, heatmap. Plain matplotlib, no Qt: a worker thread
    may build them."""
    from leadership_desk.reports import charts, planned_chart

    planned = data.planning.weeks if data.planning is not None else []
    return [
        (charts.trend_figure(data.weeks, data.rolling, data.plan.goal, data.plan.stepped,
                             today=data.today, colors=colors),
         charts.trend_description(data.weeks, data.plan.goal, data.plan.stepped,
                                  today=data.today)),
        (planned_chart.planned_figure(planned, colors=colors),
         planned_chart.planned_description(planned))
        if planned_chart.has_plans(planned) else None,
        (charts.breakdown_figure(data.rows, colors=colors),
         charts.breakdown_description(data.rows)),
        (charts.heatmap_figure(data.heat_instruction, data.heat_management, colors=colors),
         charts.heatmap_description(data.heat_instruction, data.heat_management)),
    ]


class DashboardPage(QWidget):
    """Period controls, the headline, completeness, and three charts loaded off the GUI thread."""

    loaded = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._worker: Worker | None = None
        self._pending = False
        self.data: DashboardData | None = None
        self._ready: list | None = None  # charts loaded while the page was hidden
        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName("Period")
        for label, value in PERIODS:
            self.period_combo.addItem(label, value)
        self.period_combo.setCurrentIndex(2)
        self.previous_button = QPushButton("◀")
        self.previous_button.setToolTip("Previous period")
        self.previous_button.setAccessibleName("Previous period")
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip("Next period")
        self.next_button.setAccessibleName("Next period")
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        self.from_edit.setAccessibleName("First day")
        self.to_edit.setAccessibleName("Last day")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            use_app_date_format(edit)
        self.period_label = QLabel()
        self.period_label.setObjectName("dayLabel")
        self.compare_check = QCheckBox("Compare with the previous period")
        self.compare_check.setChecked(True)
        controls = QHBoxLayout()
        for widget in (self.period_combo, self.previous_button, self.next_button,
                       self.from_edit, QLabel("to"), self.to_edit):
            controls.addWidget(widget)
        self._to_label = controls.itemAt(4).widget()
        controls.addWidget(self.period_label, 1)
        controls.addWidget(self.compare_check)

        self.share_label = QLabel()
        self.share_label.setObjectName("shareLabel")
        self.leverage_label = QLabel()  # the high-leverage share, next to the share
        self.leverage_label.setWordWrap(True)
        self.change_label = QLabel()
        self.gap_label = QLabel()
        self.gap_label.setObjectName("gapLabel")
        self.gap_label.setWordWrap(True)
        self.completeness_label = QLabel()
        self.completeness_label.setWordWrap(True)
        self.drains_label = QLabel()
        self.drains_label.setWordWrap(True)
        headline = QFrame()
        headline.setObjectName("balanceCard")
        headline.setFrameShape(QFrame.Shape.StyledPanel)
        headline_layout = QVBoxLayout(headline)
        for widget in (self.share_label, self.leverage_label, self.change_label, self.gap_label,
                       self.completeness_label, self.drains_label):
            headline_layout.addWidget(widget)

        self.planning_card = PlanningCard()
        self.trend_view = ChartView("trend")
        self.planned_view = ChartView("planned and logged")
        self.breakdown_view = ChartView("breakdown")
        self.heatmap_view = ChartView("heatmap")
        charts = QWidget()
        charts_layout = self._charts_layout = QVBoxLayout(charts)
        charts_layout.addWidget(headline)
        charts_layout.addWidget(self.planning_card)
        for view in (self.trend_view, self.planned_view, self.breakdown_view,
                     self.heatmap_view):
            charts_layout.addWidget(view)
        charts_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(charts)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(scroll, 1)

        self._period = self._named_period("year", None)
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_changed)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.from_edit.dateChanged.connect(self._on_range_edited)
        self.to_edit.dateChanged.connect(self._on_range_edited)
        self.compare_check.toggled.connect(self._show_headline)
        self._show_period_controls()

    # the period

    @property
    def kind(self) -> str:
        return self.period_combo.currentData()

    @property
    def period(self) -> Period:
        return self._period

    def _named_period(self, kind: str, day: date | None) -> Period:
        return self.services.reports.period(kind, day)

    def set_period(self, period: Period) -> None:
        self._period = period
        self._show_period_controls()
        self.reload()

    def step(self, steps: int) -> None:
        year_start = self.services.profiles.profile().year_start
        self.set_period(shift_period(self.kind, self._period, steps, year_start))

    def _on_period_combo_changed(self) -> None:
        if self.kind == "custom":
            self._show_period_controls()
            return
        self.set_period(self._named_period(self.kind, None))

    def _on_range_edited(self) -> None:
        if self.kind != "custom":
            return
        first = self.from_edit.date().toPython()
        last = self.to_edit.date().toPython()
        if last >= first:
            self.set_period(Period(first, last))

    def _show_period_controls(self) -> None:
        custom = self.kind == "custom"
        for widget in (self.from_edit, self.to_edit, self._to_label):
            widget.setVisible(custom)
        for edit, day in ((self.from_edit, self._period.first), (self.to_edit, self._period.last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        p = self._period
        self.period_label.setText(format_period(p.first, p.last))

    # loading

    def reload(self) -> None:
        """Loads the period's data on a worker thread; draws when it arrives."""
        if self._worker is not None:
            self._pending = True
            return
        s = self.services
        path, clock, period = s.path, s.clock, self._period
        zone = s.profiles.profile().timezone
        palette = self.palette()
        width = self._charts_width()
        surroundings = (palette.color(QPalette.ColorRole.Window).name(),
                        palette.color(QPalette.ColorRole.WindowText).name())

        def load() -> tuple[DashboardData, list]:
            data = run_on_own_connection(path, clock, zone, lambda own: own.dashboard.load(
                period), read_only=True)
            # the figures too are built here, off the GUI thread (and matplotlib imported
            # here if it was not yet): the GUI thread only draws them
            load_chart_libraries()
            from leadership_desk.reports.charts import colors_for

            figures = chart_figures(data, colors_for(*surroundings))
            for shown in figures:
                if shown is not None:
                    settle_layout(shown[0], width)
            return data, figures

        worker = Worker(load)
        worker.signals.finished.connect(self._on_worker_finished)
        worker.signals.failed.connect(self._on_worker_failed)
        self._worker = worker
        for view in (self.trend_view, self.planned_view, self.breakdown_view,
                     self.heatmap_view):
            if view.figure is None:
                view.show_message("Loading…")
        worker.start()

    def _charts_width(self) -> int:
        """The charts' width in pixels: their own once shown; before, that of the tab's
        page area (its visible sibling's) less the margins and the scroll bar."""
        if self.isVisible():
            return self.trend_view.width()
        tab = self.parentWidget()
        area = tab.parentWidget() if tab is not None else None
        if area is None:
            return 0
        margins = self._charts_layout.contentsMargins()
        return (area.width() - margins.left() - margins.right()
                - self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent))

    def _on_worker_finished(self, result: tuple[DashboardData, list]) -> None:
        self._worker = None
        if self._pending:
            self._pending = False
            self.reload()
            return
        self.data, figures = result
        self._show_headline()
        self.planning_card.show_figures(self.data.planning,
                                        self.services.profiles.profile().zone,
                                        self.data.categories)
        if not self.isVisible():  # loaded ahead: the charts are drawn when first shown
            self._ready = figures
            return
        self._ready = None
        self._show(figures)
        self.loaded.emit()

    def showEvent(self, event) -> None:  # Qt's name
        super().showEvent(event)
        if self._ready is not None:
            figures, self._ready = self._ready, None
            self._show(figures)
            self.loaded.emit()

    def _on_worker_failed(self, error: Exception) -> None:
        self._worker = None
        message = getattr(error, "message", str(error))
        self.share_label.setText("The dashboard could not be loaded")
        self.gap_label.setText(message)

    def _draw(self, data: DashboardData) -> None:
        self._show(chart_figures(data, chart_colors(self.palette())))

    def _show(self, figures: list) -> None:
        views = (self.trend_view, self.planned_view, self.breakdown_view, self.heatmap_view)
        for view, shown in zip(views, figures, strict=True):
            view.setVisible(shown is not None)  # the planned chart only once something is
            if shown is not None:
                view.show_figure(*shown)

    def changeEvent(self, event) -> None:  # Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.data is not None:
            self._ready = None  # built ahead in the old colours
            self._draw(self.data)  # the charts follow a switch to a dark or light palette

    def _show_headline(self) -> None:
        data = self.data
        if data is None:
            return
        b = data.balance
        goal = f"{b.goal * 100:.0f}%"
        if b.share is None:
            self.share_label.setText("No data for this period yet")
        else:
            self.share_label.setText(f"{format_share(b.share)} instruction  (goal {goal})")
        self.leverage_label.setText(leverage_text(data.planning))
        self.leverage_label.setVisible(bool(self.leverage_label.text()))
        if self.compare_check.isChecked():
            before = format_share(data.previous.share)
            if data.change is None:
                self.change_label.setText(f"Previous period: {before}.")
            else:
                points = round(data.change * 100)
                arrow = "▲" if points > 0 else ("▼" if points < 0 else "→")
                self.change_label.setText(f"{arrow} {format_points(data.change)} from the "
                                          f"previous period ({before}).")
        self.change_label.setVisible(self.compare_check.isChecked())
        if b.share is None:
            self.gap_label.setText("Log a few days to see where you stand.")
        elif b.meets_goal:
            self.gap_label.setText(f"At or above the {goal} goal.")
        else:
            self.gap_label.setText(f"{format_duration(max(60, b.seconds_to_goal))} more "
                                   f"instruction would have met {goal}.")
        missing = data.missing_days
        school_days = data.school_days
        since = (f" since your first day logged, {format_date(data.counted_from)}"
                 if data.counted_from else "")
        text = (f"Logged on {school_days - len(missing)} of "
                f"{count_of(school_days, 'school day')}{since} so far.")
        if missing:
            listed = "; ".join(short_day(d) for d in reversed(missing[-5:]))
            text += f" Most recent days with nothing logged: {listed}."
        self.completeness_label.setText(text)
        drains = [row for row in data.rows[Kind.MANAGEMENT] if row.top_drain]
        self.drains_label.setText(
            "Biggest management drains: " + ", ".join(
                f"{row.category.name} ({format_duration(row.seconds)})" for row in drains)
            if drains else "")
