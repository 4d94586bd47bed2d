"""The planned-vs-actual chart: instruction planned and logged, week by week, with the
protected blocks kept written on each week. Plain data in, a matplotlib Figure out."""

from __future__ import annotations

from matplotlib.figure import Figure

from leadership_desk.domain.balance import format_duration
from leadership_desk.domain.periods import format_date
from leadership_desk.domain.week_plan import WeekPlanned
from leadership_desk.reports.charts import LIGHT, ChartColors

PLANNED_LABEL = "Planned instruction"
LOGGED_LABEL = "Logged instruction"
MAX_WEEKS = 12  # a small chart: the last 12 weeks of the period


def has_plans(weeks: list[WeekPlanned]) -> bool:
    """Whether any week had instruction planned or protected blocks; without, the chart
    would only repeat the trend."""
    return any(w.planned or w.blocks for w in weeks)


def _weeks(weeks: list[WeekPlanned]) -> list[WeekPlanned]:
    return list(weeks)[-MAX_WEEKS:]


def planned_figure(weeks: list[WeekPlanned], colors: ChartColors = LIGHT) -> Figure:
    """Paired bars per week (hours planned, hours logged); 'kept 2 of 3' above a week with
    protected blocks."""
    shown = _weeks(weeks)
    figure = Figure(figsize=(8, 2.6), layout="constrained")
    figure.set_facecolor(colors.background)
    ax = figure.add_subplot()
    ax.set_facecolor(colors.background)
    ax.tick_params(colors=colors.text, which="both")
    for spine in ax.spines.values():
        spine.set_edgecolor(colors.grid)
    positions = range(len(shown))
    planned = [w.planned / 3600 for w in shown]
    logged = [w.logged / 3600 for w in shown]
    ax.bar([p - 0.2 for p in positions], planned, width=0.4, color=colors.background,
           edgecolor=colors.instruction, hatch="//", label=PLANNED_LABEL)
    ax.bar([p + 0.2 for p in positions], logged, width=0.4, color=colors.instruction,
           label=LOGGED_LABEL)
    top = max([*planned, *logged, 1.0])
    for position, week in zip(positions, shown, strict=True):
        if week.blocks:
            ax.text(position, max(planned[position], logged[position]) + top * 0.04,
                    f"kept {week.blocks_kept} of {week.blocks}", ha="center", va="bottom",
                    fontsize=7, color=colors.text)
    ax.set_ylim(0, top * 1.25)
    ax.set_xticks(list(positions), [f"{w.week_start:%b} {w.week_start.day}" for w in shown],
                  fontsize=7, color=colors.text)
    ax.set_ylabel("hours", color=colors.text)
    ax.set_title("Planned and logged instruction, by week", loc="left", fontsize=11,
                 color=colors.text)
    legend = ax.legend(loc="upper left", fontsize=8, frameon=False, ncols=2)
    for text in legend.get_texts():
        text.set_color(colors.text)
    if not shown:
        ax.text(0.5, 0.5, "No weeks to show", transform=ax.transAxes, ha="center",
                color=colors.text)
    return figure


def planned_description(weeks: list[WeekPlanned]) -> str:
    """The chart's numbers in words, for screen readers and the tooltip."""
    shown = _weeks(weeks)
    if not shown:
        return "Planned and logged instruction: no weeks to show."
    parts = []
    for w in shown:
        text = (f"week of {format_date(w.week_start)}: planned {format_duration(w.planned)}, "
                f"logged {format_duration(w.logged)}")
        if w.blocks:
            text += f", protected blocks kept {w.blocks_kept} of {w.blocks}"
        parts.append(text)
    return "Planned and logged instruction by week: " + "; ".join(parts) + "."
