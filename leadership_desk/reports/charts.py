"""Chart builders: plain data in, a matplotlib Figure out. No pyplot, no Qt.

Colours are the Okabe-Ito palette (safe for the common colour-vision deficiencies), and
every chart also carries its values as text, so colour is never the only cue. The caller
passes the colours of its surroundings (`ChartColors`, light or dark), and each chart has a
`*_description` that says its numbers in words, for screen readers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from matplotlib.axes import Axes
from matplotlib.colors import LinearSegmentedColormap, to_rgb
from matplotlib.dates import MonthLocator, num2date
from matplotlib.figure import Figure, SubFigure
from matplotlib.ticker import FuncFormatter

from leadership_desk.domain.balance import format_duration, format_share
from leadership_desk.domain.categories import Kind
from leadership_desk.domain.dashboard import WEEKDAYS, CategoryRow, WeekPoint
from leadership_desk.domain.periods import format_date
from leadership_desk.errors import ValidationError
from leadership_desk.reports.pages import plain

INSTRUCTION = "#0072B2"
MANAGEMENT = "#E69F00"
OTHER = "#999999"
ROLLING = "#009E73"
KIND_COLORS = {Kind.INSTRUCTION: INSTRUCTION, Kind.MANAGEMENT: MANAGEMENT, Kind.OTHER: OTHER}

TREND_LABEL = "Weekly instruction share"
ROLLING_LABEL = "4-week average"
GOAL_LABEL = "Goal"
TARGET_LABEL = "Monthly target (stepped)"
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class ChartColors:
    """The colours of a chart's surroundings and of its data."""

    background: str = "#FFFFFF"
    text: str = "#1A1A1A"
    grid: str = "#B0B0B0"
    instruction: str = INSTRUCTION
    management: str = MANAGEMENT
    other: str = OTHER
    rolling: str = ROLLING

    def kind(self, kind: Kind) -> str:
        return {Kind.INSTRUCTION: self.instruction, Kind.MANAGEMENT: self.management,
                Kind.OTHER: self.other}[kind]


LIGHT = ChartColors()
# on a dark background the Okabe-Ito sky blue reads better than its deep blue
DARK = ChartColors(background="#2B2B2B", text="#EDEDED", grid="#6A6A6A",
                   instruction="#56B4E9", rolling="#2BC29A")


def luminance(color: str) -> float:
    red, green, blue = to_rgb(color)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def colors_for(background: str, text: str) -> ChartColors:
    """Chart colours for a window whose background and text have these colours."""
    base = DARK if luminance(background) < 0.5 else LIGHT
    return replace(base, background=background, text=text)


def on_color(color: str) -> str:
    """Black or white, whichever reads better on `color`."""
    return "#000000" if luminance(color) > 0.45 else "#FFFFFF"


def _style(figure: Figure | SubFigure, axes: list[Axes], colors: ChartColors) -> None:
    figure.set_facecolor(colors.background)
    for ax in axes:
        ax.set_facecolor(colors.background)
        ax.tick_params(colors=colors.text, which="both")
        for spine in ax.spines.values():
            spine.set_edgecolor(colors.grid)
        ax.xaxis.label.set_color(colors.text)
        ax.yaxis.label.set_color(colors.text)


def _month_day(value: float, _position: int) -> str:
    """'Nov 2', as the app writes dates (without the year the axis does not need)."""
    return format_date(num2date(value).date()).rsplit(",", 1)[0]


def _month(value: float, _position: int) -> str:
    return format_date(num2date(value).date()).split(" ", 1)[0]


def _percent(value: float, _position: int) -> str:
    return f"{value:.0f}%"


def _share_label_offset(share: float, goal: float, room_right: bool) -> tuple[int, int]:
    """Where the last week's "73%" goes, in points from its marker: away from the goal line
    (never drawn over it), inside the frame, and right of the marker when weeks follow it
    (clear of the line), else left of it."""
    if share > 88:
        above = False
    elif share < 10:
        above = True
    else:
        above = share >= goal or abs(share - goal) >= 10
    return (6 if room_right else -5, 7 if above else -13)


def trend_figure(
    weeks: list[WeekPoint],
    rolling: list[float | None],
    goal: float,
    stepped: bool = False,
    title: str = "Instruction share by week",
    today: date | None = None,
    figure: Figure | SubFigure | None = None,
    colors: ChartColors = LIGHT,
) -> Figure | SubFigure:
    """Weekly share with the goal (or stepped targets) and a rolling 4-week average.

    Weeks with nothing logged are gaps in the line, never zeros, and are marked; weeks
    after `today` are simply empty.
    """
    if figure is None:
        figure = Figure(figsize=(8, 3.6), layout="constrained")
    ax = figure.add_subplot()
    _style(figure, [ax], colors)
    x = [point.week_start for point in weeks]
    past = [today is None or point.week_start <= today for point in weeks]
    shares = [math.nan if p.share is None or not seen else p.share * 100
              for p, seen in zip(weeks, past, strict=True)]
    ax.plot(x, shares, marker="o", markersize=4, color=colors.instruction, label=TREND_LABEL)
    averages = [math.nan if r is None or not seen else r * 100
                for r, seen in zip(rolling, past, strict=True)]
    ax.plot(x, averages, linestyle="--", color=colors.rolling, linewidth=1.5,
            label=ROLLING_LABEL)
    if stepped:
        ax.step(x, [p.target * 100 for p in weeks], where="post", color=colors.text,
                linewidth=1.2, label=TARGET_LABEL)
    ax.axhline(goal * 100, color=colors.text, linestyle=":", linewidth=1.2,
               label=f"{GOAL_LABEL} {goal * 100:.0f}%")
    last = next(((d, s) for d, s in zip(reversed(x), reversed(shares), strict=True)
                 if not math.isnan(s)), None)
    if last is not None:
        room_right = last[0] != x[-1]
        ax.annotate(f"{last[1]:.0f}%", last, textcoords="offset points",
                    xytext=_share_label_offset(last[1], goal * 100, room_right),
                    ha="left" if room_right else "right",
                    fontsize=9, fontweight="bold", color=colors.instruction,
                    bbox={"facecolor": colors.background, "edgecolor": "none", "pad": 1,
                          "alpha": 0.85})
    empty = [d for d, s, seen in zip(x, shares, past, strict=True) if math.isnan(s) and seen]
    if empty:
        ax.plot(empty, [2] * len(empty), linestyle="none", marker="|", color=colors.other,
                markersize=8, label="No time logged")
    ax.set_ylim(0, 100)
    ax.yaxis.set_major_formatter(FuncFormatter(_percent))
    ax.set_ylabel("Instruction share")
    ax.set_title(plain(title), loc="left", fontsize=11, color=colors.text)
    ax.grid(axis="y", alpha=0.3, color=colors.grid)
    ax.legend(loc="lower left", fontsize=8, ncols=2, frameon=False, labelcolor=colors.text)
    if len(weeks) > 10:
        ax.xaxis.set_major_locator(MonthLocator())
    ax.xaxis.set_major_formatter(FuncFormatter(_month_day if len(weeks) <= 10 else _month))
    if x:
        ax.set_xlim(x[0] - timedelta(days=3), x[-1] + timedelta(days=3))
    return figure


def trend_description(weeks: list[WeekPoint], goal: float, stepped: bool = False,
                      title: str = "Instruction share by week",
                      today: date | None = None) -> str:
    """The trend in words: 'Instruction share by week, 4 weeks from Sep 7, 2026: 62%, 65%,
    no data, 69%; goal 75%.'"""
    seen = [p for p in weeks if today is None or p.week_start <= today]
    if not seen:
        return f"{title}: no weeks yet; goal {goal * 100:.0f}%."
    values = ", ".join(format_share(p.share) for p in seen)
    count = "1 week" if len(seen) == 1 else f"{len(seen)} weeks"
    text = f"{title}, {count} from {format_date(seen[0].week_start)}: {values}; "
    if stepped:
        targets = sorted({round(p.target * 100) for p in seen})
        return text + f"monthly targets from {targets[0]}% to {targets[-1]}%, goal " \
            f"{goal * 100:.0f}%."
    return text + f"goal {goal * 100:.0f}%."


def breakdown_height(rows: int) -> float:
    """Inches the breakdown needs for this many categories."""
    return max(2.5, 0.32 * rows + 1.0)


def breakdown_label(row: CategoryRow) -> str:
    marks = " ★ high leverage" if row.category.high_leverage else ""
    marks += " ▲ top drain" if row.top_drain else ""
    return plain(f"{row.category.name}{marks}")


def _bar_label(row: CategoryRow) -> str:
    return (f"{format_duration(row.seconds)} · {row.share_of_kind * 100:.0f}% of "
            f"{row.category.kind.value}")


def breakdown_figure(rows: dict[Kind, list[CategoryRow]],
                     title: str = "Where the time goes",
                     figure: Figure | SubFigure | None = None,
                     colors: ChartColors = LIGHT) -> Figure | SubFigure:
    """Hours per category, grouped by kind, with hours and percent of the kind on each bar."""
    ordered = [row for kind in (Kind.INSTRUCTION, Kind.MANAGEMENT, Kind.OTHER)
               for row in rows.get(kind, [])]
    if figure is None:
        figure = Figure(figsize=(8, breakdown_height(len(ordered))), layout="constrained")
    ax = figure.add_subplot()
    _style(figure, [ax], colors)
    if not ordered:
        ax.text(0.5, 0.5, "No time logged in this period", ha="center", va="center",
                transform=ax.transAxes, color=colors.text)
        ax.set_axis_off()
        return figure
    positions = list(range(len(ordered)))[::-1]
    hours = [row.seconds / 3600 for row in ordered]
    bars = ax.barh(positions, hours, color=[colors.kind(row.category.kind) for row in ordered])
    for bar, row in zip(bars, ordered, strict=True):
        if row.top_drain:
            bar.set_hatch("//")
            bar.set_edgecolor(on_color(colors.kind(row.category.kind)))
    ax.set_yticks(positions, [breakdown_label(row) for row in ordered], fontsize=8)
    # the values in a column of their own at the right: never over a bar, never off the frame
    values = ax.secondary_yaxis("right")
    values.set_yticks(positions, [_bar_label(row) for row in ordered], fontsize=8)
    values.tick_params(length=0, colors=colors.text)
    values.spines["right"].set_visible(False)
    ax.set_xlabel("Hours")
    ax.set_xlim(0, max(hours) * 1.05)
    ax.set_title(plain(title), loc="left", fontsize=11, color=colors.text)
    ax.grid(axis="x", alpha=0.3, color=colors.grid)
    return figure


def value_labels(ax: Axes) -> list:
    """The breakdown's value labels ('2 h · 40% of management'), top to bottom."""
    values = ax.child_axes[0]
    return [label for label in values.get_yticklabels() if label.get_text()]


def breakdown_description(rows: dict[Kind, list[CategoryRow]],
                          title: str = "Where the time goes") -> str:
    """The breakdown in words, kind by kind, largest category first."""
    parts = []
    for kind in (Kind.INSTRUCTION, Kind.MANAGEMENT, Kind.OTHER):
        kind_rows = rows.get(kind, [])
        if not kind_rows:
            continue
        total = format_duration(sum(r.seconds for r in kind_rows))
        listed = ", ".join(
            f"{r.category.name} {format_duration(r.seconds)} ({r.share_of_kind * 100:.0f}%"
            + (", high leverage" if r.category.high_leverage else "")
            + (", top drain" if r.top_drain else "") + ")" for r in kind_rows)
        parts.append(f"{kind.value.capitalize()} {total}: {listed}")
    if not parts:
        return f"{title}: no time logged in this period."
    return f"{title}. " + ". ".join(parts) + "."


def visible_hours(*grids: list[list[float]]) -> tuple[int, int]:
    """The first and last hour (inclusive) that have any time, at least 7:00 to 17:00."""
    used = [hour for grid in grids for row in grid for hour, v in enumerate(row) if v > 0]
    if not used:
        return 7, 17
    return min(min(used), 7), max(max(used), 17)


def cell_text(minutes: float) -> str:
    """A heatmap cell: '45m' under an hour, '1.5h' under ten hours, '12h' from ten on; the
    value is rounded once, so 9.96 hours reads '10h' like 10 hours does."""
    whole_minutes = round(minutes)
    if whole_minutes < 60:
        return f"{whole_minutes}m"
    hours = round(whole_minutes / 60, 1)
    return f"{hours:.1f}h" if hours < 10 else f"{round(whole_minutes / 60)}h"


def heatmap_figure(instruction: list[list[float]], management: list[list[float]],
                   title: str = "When instruction and management happen",
                   colors: ChartColors = LIGHT) -> Figure:
    """Minutes by weekday and hour of day, one panel per kind, values written in the cells."""
    first, last = visible_hours(instruction, management)
    figure = Figure(figsize=(8, 5.4), layout="constrained")
    axes = figure.subplots(2, 1, sharex=True)
    _style(figure, list(axes), colors)
    for ax, grid, name, color in ((axes[0], instruction, "Instruction", colors.instruction),
                                  (axes[1], management, "Management", colors.management)):
        # from the background (nothing) to the kind's colour (the most), light or dark
        ramp = LinearSegmentedColormap.from_list(name, [colors.background, color])
        shown = [row[first:last + 1] for row in grid]
        in_hours = [[minutes / 60 for minutes in row] for row in shown]
        image = ax.imshow(in_hours, aspect="auto", cmap=ramp, vmin=0,
                          vmax=max(1.0, max(max(row) for row in in_hours)))
        for y, row in enumerate(shown):
            for x, minutes in enumerate(row):
                if round(minutes) >= 1:
                    ax.text(x, y, cell_text(minutes), ha="center", va="center", fontsize=8,
                            color=on_color(ramp(image.norm(minutes / 60))))
        ax.set_yticks(range(7), WEEKDAYS, fontsize=8)
        ax.set_title(f"{name} (total time per weekday and hour)", loc="left", fontsize=9,
                     color=colors.text)
        bar = figure.colorbar(image, ax=ax, shrink=0.9)
        bar.set_label("hours", color=colors.text)
        bar.ax.tick_params(colors=colors.text, labelsize=8)
        bar.outline.set_edgecolor(colors.grid)
    axes[1].set_xticks(range(last - first + 1),
                       [f"{hour}:00" for hour in range(first, last + 1)], fontsize=8,
                       rotation=45)
    figure.suptitle(plain(title), x=0.02, ha="left", fontsize=11, color=colors.text)
    return figure


def heatmap_description(instruction: list[list[float]], management: list[list[float]],
                        title: str = "When instruction and management happen") -> str:
    """For each kind: the time per weekday and the busiest hour."""
    parts = []
    for name, grid in (("Instruction", instruction), ("Management", management)):
        total = sum(sum(row) for row in grid)
        if total < 1:
            parts.append(f"{name}: none")
            continue
        days = ", ".join(f"{WEEKDAY_NAMES[d]} {format_duration(sum(row) * 60)}"
                         for d, row in enumerate(grid) if sum(row) >= 1)
        day, hour = max(((d, h) for d in range(7) for h in range(24)),
                        key=lambda dh: grid[dh[0]][dh[1]])
        parts.append(f"{name} {format_duration(total * 60)}: {days}; most at {hour}:00 on "
                     f"{WEEKDAY_NAMES[day]}s ({format_duration(grid[day][hour] * 60)})")
    return f"{title}. " + ". ".join(parts) + "."


def save_figure(figure: Figure, path: Path) -> None:
    """Writes the figure as PNG or SVG, by the file's extension."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in ("png", "svg"):
        raise ValidationError(f"{path.name}: charts are saved as .png or .svg files.")
    figure.savefig(path, format=suffix, dpi=150)
