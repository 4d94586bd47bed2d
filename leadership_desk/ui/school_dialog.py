"""One school's own dashboard from its imported summaries: headline, reflection, charts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from leadership_desk.domain.balance import count_of, format_duration
from leadership_desk.domain.periods import format_date, format_period
from leadership_desk.services.rollup_service import SchoolDetail
from leadership_desk.ui.chart_view import ChartView
from leadership_desk.ui.school_table_model import planning_cells
from leadership_desk.ui.screen_fit import fit_to_screen


class SchoolDialog(QDialog):
    """The drill-down for one school, built from what its principal exported."""

    def __init__(self, detail: SchoolDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = detail.row
        self.setWindowTitle(f"{row.school} — {row.principal}")
        fit_to_screen(self, 900, 700)
        share = "no data" if row.share is None else f"{row.share * 100:.0f}% instruction"
        headline = QLabel(f"{share}  (goal {row.goal * 100:.0f}%)")
        headline.setTextFormat(Qt.TextFormat.PlainText)
        headline.setObjectName("shareLabel")
        period = format_period(row.first, row.last) if row.first and row.last else "no days"
        facts = QLabel(
            f"{period} · {count_of(row.days_logged, 'day')} logged · "
            f"{format_duration(sum(row.minutes.values()) * 60)} logged · last summary "
            f"{format_date(row.exported_at.date())}"
            + (f" · {', '.join(row.flags)}" if row.flags else ""))
        facts.setTextFormat(Qt.TextFormat.PlainText)
        facts.setWordWrap(True)
        high, follow, kept = planning_cells(row)
        planning = QLabel(f"High-leverage share of instruction: {high} · observations followed "
                          f"by feedback within 2 school days: {follow} · protected blocks "
                          f"kept: {kept}")
        planning.setTextFormat(Qt.TextFormat.PlainText)
        planning.setWordWrap(True)
        reflection = QLabel("<b>Reflection:</b> " + (detail.record.reflection.replace(
            "&", "&amp;").replace("<", "&lt;").replace("\n", "<br>") or "(none written)"))
        reflection.setWordWrap(True)
        self.trend_view = ChartView("trend")
        self.breakdown_view = ChartView("breakdown")
        self.planned_view = ChartView("planned and logged")
        from leadership_desk.reports.planned_chart import has_plans

        self.planned_view.setVisible(has_plans(detail.planned))
        body = QWidget()
        layout = QVBoxLayout(body)
        for widget in (headline, facts, planning, reflection, self.trend_view,
                       self.planned_view, self.breakdown_view):
            layout.addWidget(widget)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)
        from leadership_desk.reports import charts

        colors = self.trend_view.colors()
        title = f"{row.school}: instruction share"
        self.trend_view.show_figure(
            charts.trend_figure(detail.weeks, detail.rolling, row.goal, title=title,
                                colors=colors),
            charts.trend_description(detail.weeks, row.goal, title=title))
        if has_plans(detail.planned):
            from leadership_desk.reports import planned_chart

            self.planned_view.show_figure(
                planned_chart.planned_figure(detail.planned, colors=colors),
                planned_chart.planned_description(detail.planned))
        self.breakdown_view.show_figure(charts.breakdown_figure(detail.rows, colors=colors),
                                        charts.breakdown_description(detail.rows))
