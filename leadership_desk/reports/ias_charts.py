"""The IAS dashboard's charts: pure builders from plain data to a matplotlib Figure.

Same rules as reports/charts.py: no pyplot, no Qt, Okabe-Ito colours, values as text too,
and a `*_description` for screen readers.
"""

from __future__ import annotations

from datetime import date

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from leadership_desk.domain.dashboard import WeekPoint
from leadership_desk.domain.ias_support import SchoolSupport, even_share
from leadership_desk.reports.charts import (
    LIGHT,
    ChartColors,
    _style,
    trend_description,
    trend_figure,
)
from leadership_desk.reports.pages import plain

SHARE_WORDS = "Instructional support share"
EVEN_LABEL = "Even share"


def support_trend_figure(weeks: list[WeekPoint], rolling: list[float | None], goal: float,
                         today: date | None = None, colors: ChartColors = LIGHT) -> Figure:
    """The IAS's own instructional support share by week, against the goal."""
    figure = trend_figure(weeks, rolling, goal, title=f"{SHARE_WORDS} by week", today=today,
                          colors=colors)
    ax = figure.axes[0]
    ax.set_ylabel(SHARE_WORDS)
    ax.get_lines()[0].set_label(f"Weekly {SHARE_WORDS.lower()}")
    ax.legend(loc="lower left", fontsize=8, ncols=2, frameon=False, labelcolor=colors.text)
    return figure


def support_trend_description(weeks: list[WeekPoint], goal: float,
                              today: date | None = None) -> str:
    return trend_description(weeks, goal, title=f"{SHARE_WORDS} by week", today=today)


def _hours(value: float, _position: int = 0) -> str:
    return f"{value:.0f} h" if value >= 10 or value == 0 else f"{value:.1f} h"


def support_figure(schools: list[SchoolSupport], colors: ChartColors = LIGHT) -> Figure:
    """Hours of support per school, this month and this school year, each beside the even
    share of the network (the total spread evenly over its schools)."""
    ordered = sorted(schools, key=lambda s: (s.year_hours, s.name.casefold()))
    height = 1.2 + 0.28 * max(1, len(ordered))
    figure = Figure(figsize=(8, height), layout="constrained")
    axes = figure.subplots(1, 2, sharey=True)
    _style(figure, list(axes), colors)
    names = [plain(s.name) for s in ordered]
    for ax, title, values in ((axes[0], "This month", [s.month_hours for s in ordered]),
                              (axes[1], "This school year", [s.year_hours for s in ordered])):
        even = even_share(values)
        bars = ax.barh(range(len(ordered)), values, color=colors.instruction)
        ax.bar_label(bars, labels=[_hours(v) for v in values], padding=3, fontsize=8,
                     color=colors.text)
        ax.axvline(even, color=colors.text, linestyle=":", linewidth=1.2,
                   label=f"{EVEN_LABEL} {_hours(even)}")
        ax.set_title(title, loc="left", fontsize=10, color=colors.text)
        ax.xaxis.set_major_formatter(FuncFormatter(_hours))
        ax.set_xlim(0, max([*values, even, 1]) * 1.25)
        ax.legend(loc="lower right", fontsize=8, frameon=False, labelcolor=colors.text)
        ax.grid(axis="x", alpha=0.3, color=colors.grid)
    axes[0].set_yticks(range(len(ordered)), names, fontsize=8)
    figure.suptitle("Hours of support per school", x=0.01, ha="left", fontsize=11,
                    color=colors.text)
    return figure


def support_description(schools: list[SchoolSupport]) -> str:
    if not schools:
        return "No schools yet."
    month = even_share([s.month_hours for s in schools])
    year = even_share([s.year_hours for s in schools])
    parts = [f"{s.name}: {_hours(s.month_hours)} this month, {_hours(s.year_hours)} this "
             f"school year" for s in sorted(schools, key=lambda s: -s.year_hours)]
    return (f"Hours of support per school. An even share would be {_hours(month)} this month "
            f"and {_hours(year)} this school year. " + "; ".join(parts) + ".")


def need_figure(schools: list[SchoolSupport], goal: float,
                colors: ChartColors = LIGHT) -> Figure:
    """Support given vs need: each school with a principal's summary as a point, its
    principal's instruction share (across) against the IAS's instructional support hours
    to it this school year (up). Low share and few hours: support may be needed there."""
    points = [s for s in schools if s.principal_share is not None]
    figure = Figure(figsize=(8, 3.8), layout="constrained")
    ax = figure.add_subplot()
    _style(figure, [ax], colors)
    xs = [s.principal_share * 100 for s in points]
    ys = [s.year_instruction_hours for s in points]
    ax.scatter(xs, ys, color=colors.instruction, zorder=3)
    for school, x, y in zip(points, xs, ys, strict=True):
        ax.annotate(plain(school.name), (x, y), textcoords="offset points", xytext=(5, 4),
                    fontsize=8, color=colors.text)
    ax.axvline(goal * 100, color=colors.text, linestyle=":", linewidth=1.2,
               label=f"Principals' goal {goal * 100:.0f}%")
    ax.set_xlim(0, 100)
    ax.set_ylim(0, max([*ys, 1]) * 1.2)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:.0f}%"))
    ax.yaxis.set_major_formatter(FuncFormatter(_hours))
    ax.set_xlabel("Principal's instruction share (their summaries, this school year)")
    ax.set_ylabel("Your instructional support")
    ax.set_title("Support given vs need", loc="left", fontsize=11, color=colors.text)
    ax.grid(alpha=0.3, color=colors.grid)
    ax.legend(loc="upper right", fontsize=8, frameon=False, labelcolor=colors.text)
    return figure


def need_description(schools: list[SchoolSupport], goal: float) -> str:
    points = [s for s in schools if s.principal_share is not None]
    missing = [s.name for s in schools if s.principal_share is None]
    text = (f"Support given vs need, against the principals' {goal * 100:.0f}% goal. " +
            "; ".join(f"{s.name}: principal {s.principal_share * 100:.0f}% instruction, "
                      f"{_hours(s.year_instruction_hours)} of your instructional support"
                      for s in sorted(points, key=lambda s: s.principal_share)))
    if missing:
        text += f" No summary imported yet from: {', '.join(missing)}."
    return text
