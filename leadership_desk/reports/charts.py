"""Chart builders: plain data in, a matplotlib Figure out. No pyplot, no Qt.

Colours are the Okabe-Ito palette (safe for the common colour-vision deficiencies), and
every chart also carries its values as text, so colour is never the only cue.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from pathlib import Path

from matplotlib.dates import DateFormatter, MonthLocator
from matplotlib.figure import Figure, SubFigure
from matplotlib.ticker import FuncFormatter

from leadership_desk.domain.balance import format_duration
from leadership_desk.domain.categories import Kind
from leadership_desk.domain.dashboard import WEEKDAYS, CategoryRow, WeekPoint
from leadership_desk.errors import ValidationError
from leadership_desk.reports.pages import plain

INSTRUCTION = "#0072B2"
MANAGEMENT = "#E69F00"
OTHER = "#999999"
ROLLING = "#009E73"
KIND_COLORS = {Kind.INSTRUCTION: INSTRUCTION, Kind.MANAGEMENT: MANAGEMENT, Kind.OTHER: OTHER}

# text drawn on a bar of each colour: dark on the light ones, white on the dark one
ON_COLOR = {INSTRUCTION: "white", MANAGEMENT: "black", OTHER: "black"}
INSIDE_LABEL = 0.6  # bars at least this share of the longest carry their label inside

TREND_LABEL = "Weekly instruction share"
ROLLING_LABEL = "4-week average"
GOAL_LABEL = "Goal"
TARGET_LABEL = "Monthly target (stepped)"


def _percent(value: float, _position: int) -> str:
    return f"{value:.0f}%"


def trend_figure(
    weeks: list[WeekPoint],
    rolling: list[float | None],
    goal: float,
    stepped: bool = False,
    title: str = "Instruction share by week",
    today: date | None = None,
    figure: Figure | SubFigure | None = None,
) -> Figure | SubFigure:
    """Weekly share with the goal (or stepped targets) and a rolling 4-week average.

    Weeks with nothing logged are gaps in the line, never zeros, and are marked; weeks
    after `today` are simply empty.
    """
    if figure is None:
        figure = Figure(figsize=(8, 3.6), layout="constrained")
    ax = figure.add_subplot()
    x = [point.week_start for point in weeks]
    past = [today is None or point.week_start <= today for point in weeks]
    shares = [math.nan if p.share is None or not seen else p.share * 100
              for p, seen in zip(weeks, past, strict=True)]
    ax.plot(x, shares, marker="o", markersize=4, color=INSTRUCTION, label=TREND_LABEL)
    averages = [math.nan if r is None or not seen else r * 100
                for r, seen in zip(rolling, past, strict=True)]
    ax.plot(x, averages, linestyle="--", color=ROLLING, linewidth=1.5, label=ROLLING_LABEL)
    if stepped:
        ax.step(x, [p.target * 100 for p in weeks], where="post", color="black",
                linewidth=1.2, label=TARGET_LABEL)
    ax.axhline(goal * 100, color="black", linestyle=":", linewidth=1.2,
               label=f"{GOAL_LABEL} {goal * 100:.0f}%")
    last = next(((d, s) for d, s in zip(reversed(x), reversed(shares), strict=True)
                 if not math.isnan(s)), None)
    if last is not None:
        ax.annotate(f"{last[1]:.0f}%", last, textcoords="offset points", xytext=(6, 4),
                    fontsize=9, fontweight="bold", color=INSTRUCTION)
    empty = [d for d, s, seen in zip(x, shares, past, strict=True) if math.isnan(s) and seen]
    if empty:
        ax.plot(empty, [2] * len(empty), linestyle="none", marker="|", color=OTHER,
                markersize=8, label="No time logged")
    ax.set_ylim(0, 100)
    ax.yaxis.set_major_formatter(FuncFormatter(_percent))
    ax.set_ylabel("Instruction share")
    ax.set_title(plain(title), loc="left", fontsize=11)
    ax.grid(axis="y", alpha=0.3)
    ax.legend(loc="lower left", fontsize=8, ncols=2, frameon=False)
    if len(weeks) > 10:
        ax.xaxis.set_major_locator(MonthLocator())
    ax.xaxis.set_major_formatter(DateFormatter("%b %d" if len(weeks) <= 10 else "%b"))
    if x:
        ax.set_xlim(x[0] - timedelta(days=3), x[-1] + timedelta(days=3))
    return figure


def breakdown_height(rows: int) -> float:
    """Inches the breakdown needs for this many categories."""
    return max(2.5, 0.32 * rows + 1.0)


def breakdown_label(row: CategoryRow) -> str:
    marks = " ★ high leverage" if row.category.high_leverage else ""
    marks += " ▲ top drain" if row.top_drain else ""
    return plain(f"{row.category.name}{marks}")


def breakdown_figure(rows: dict[Kind, list[CategoryRow]],
                     title: str = "Where the time goes",
                     figure: Figure | SubFigure | None = None) -> Figure | SubFigure:
    """Hours per category, grouped by kind, with hours and percent of the kind on each bar."""
    ordered = [row for kind in (Kind.INSTRUCTION, Kind.MANAGEMENT, Kind.OTHER)
               for row in rows.get(kind, [])]
    if figure is None:
        figure = Figure(figsize=(8, breakdown_height(len(ordered))), layout="constrained")
    ax = figure.add_subplot()
    if not ordered:
        ax.text(0.5, 0.5, "No time logged in this period", ha="center", va="center",
                transform=ax.transAxes)
        ax.set_axis_off()
        return figure
    positions = list(range(len(ordered)))[::-1]
    hours = [row.seconds / 3600 for row in ordered]
    bars = ax.barh(positions, hours, color=[KIND_COLORS[row.category.kind] for row in ordered],
                   hatch=None)
    longest = max(hours)
    for bar, row in zip(bars, ordered, strict=True):
        color = KIND_COLORS[row.category.kind]
        if row.top_drain:
            bar.set_hatch("//")
            bar.set_edgecolor("black")
        label = (f"{format_duration(row.seconds)} · {row.share_of_kind * 100:.0f}% of "
                 f"{row.category.kind.value}")
        middle = bar.get_y() + bar.get_height() / 2
        if bar.get_width() >= INSIDE_LABEL * longest:
            # a long bar carries its label inside, so the label never crosses the frame
            ax.text(bar.get_width(), middle, label + "  ", va="center", ha="right", fontsize=8,
                    color=ON_COLOR[color],
                    bbox={"facecolor": color, "edgecolor": "none", "pad": 0.5})
        else:
            ax.text(bar.get_width(), middle, "  " + label, va="center", fontsize=8)
    ax.set_yticks(positions, [breakdown_label(row) for row in ordered], fontsize=8)
    ax.set_xlabel("Hours")
    ax.set_xlim(0, max(hours) * 1.45)
    ax.set_title(plain(title), loc="left", fontsize=11)
    ax.grid(axis="x", alpha=0.3)
    return figure


def visible_hours(*grids: list[list[float]]) -> tuple[int, int]:
    """The first and last hour (inclusive) that have any time, at least 7:00 to 17:00."""
    used = [hour for grid in grids for row in grid for hour, v in enumerate(row) if v > 0]
    if not used:
        return 7, 17
    return min(min(used), 7), max(max(used), 17)


def heatmap_figure(instruction: list[list[float]], management: list[list[float]],
                   title: str = "When instruction and management happen") -> Figure:
    """Minutes by weekday and hour of day, one panel per kind, values written in the cells."""
    first, last = visible_hours(instruction, management)
    figure = Figure(figsize=(8, 5.2), layout="constrained")
    axes = figure.subplots(2, 1, sharex=True)
    for ax, grid, name, cmap in ((axes[0], instruction, "Instruction", "Blues"),
                                 (axes[1], management, "Management", "Oranges")):
        shown = [row[first:last + 1] for row in grid]
        in_hours = [[minutes / 60 for minutes in row] for row in shown]
        image = ax.imshow(in_hours, aspect="auto", cmap=cmap, vmin=0,
                          vmax=max(1.0, max(max(row) for row in in_hours)))
        for y, row in enumerate(shown):
            for x, minutes in enumerate(row):
                if minutes >= 1:
                    hours = minutes / 60
                    text = f"{hours:.0f}h" if hours >= 10 else (
                        f"{hours:.1f}h" if hours >= 1 else f"{minutes:.0f}m")
                    ax.text(x, y, text, ha="center", va="center", fontsize=6.5,
                            color="white" if hours > image.norm.vmax * 0.55 else "black")
        ax.set_yticks(range(7), WEEKDAYS, fontsize=8)
        ax.set_title(f"{name} (total time per weekday and hour)", loc="left", fontsize=9)
        figure.colorbar(image, ax=ax, label="hours", shrink=0.9)
    axes[1].set_xticks(range(last - first + 1),
                       [f"{hour}:00" for hour in range(first, last + 1)], fontsize=7,
                       rotation=45)
    figure.suptitle(plain(title), x=0.02, ha="left", fontsize=11)
    return figure


def save_figure(figure: Figure, path: Path) -> None:
    """Writes the figure as PNG or SVG, by the file's extension."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in ("png", "svg"):
        raise ValidationError(f"{path.name}: charts are saved as .png or .svg files.")
    figure.savefig(path, format=suffix, dpi=150)
