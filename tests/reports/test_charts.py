"""The charts hold what they should: goal line, bar lengths, gaps, cell values. No display."""

from __future__ import annotations

import math
from datetime import date

import pytest

from leadership_desk.domain.categories import Category, Kind
from leadership_desk.domain.dashboard import CategoryRow, WeekPoint
from leadership_desk.reports import charts

INSTRUCTION, MANAGEMENT = Kind.INSTRUCTION, Kind.MANAGEMENT


def week(day: int, instruction: int, management: int, target: float = 0.75) -> WeekPoint:
    return WeekPoint(date(2026, 9, day), {INSTRUCTION: instruction, MANAGEMENT: management,
                                          Kind.OTHER: 0}, target)


def line(figure, label):
    return next(drawn for drawn in figure.axes[0].get_lines()
                if drawn.get_label().startswith(label))


def test_trend_draws_shares_gaps_and_the_goal_line():
    weeks = [week(7, 3600, 3600), week(14, 0, 0), week(21, 2700, 900), week(28, 0, 0)]
    figure = charts.trend_figure(weeks, [0.5, 0.5, 0.6, 0.6], goal=0.75,
                                 today=date(2026, 9, 25))
    shares = list(line(figure, charts.TREND_LABEL).get_ydata())
    assert shares[0] == 50 and shares[2] == 75
    assert math.isnan(shares[1]) and math.isnan(shares[3])  # gaps, never zeros
    goal = line(figure, charts.GOAL_LABEL)
    assert set(goal.get_ydata()) == {75}
    assert list(line(figure, charts.ROLLING_LABEL).get_ydata())[:3] == [50, 50, 60]
    # the empty past week is marked; the future one is not
    assert len(line(figure, "No time logged").get_xdata()) == 1
    assert figure.axes[0].get_ylim() == (0, 100)


def test_trend_shows_stepped_targets():
    weeks = [week(7, 1, 1, 0.35), week(14, 1, 1, 0.45)]
    figure = charts.trend_figure(weeks, [0.5, 0.5], goal=0.75, stepped=True)
    assert list(line(figure, charts.TARGET_LABEL).get_ydata()) == [35, 45]


def test_breakdown_bars_are_the_hours_with_labels():
    feedback = Category(slug="f", name="Feedback & coaching", kind=INSTRUCTION,
                        high_leverage=True, id=1)
    email = Category(slug="e", name="Email", kind=MANAGEMENT, id=2)
    rows = {INSTRUCTION: [CategoryRow(feedback, 5400, 1.0)],
            MANAGEMENT: [CategoryRow(email, 7200, 1.0, top_drain=True)], Kind.OTHER: []}
    figure = charts.breakdown_figure(rows)
    ax = figure.axes[0]
    assert [bar.get_width() for bar in ax.patches] == [1.5, 2.0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["Feedback & coaching ★ high leverage", "Email ▲ top drain"]
    values = [t.get_text().strip() for t in ax.texts]
    assert values == ["1 h 30 min · 100% of instruction", "2 h · 100% of management"]
    assert ax.patches[1].get_hatch() == "//"


def test_breakdown_without_data_says_so():
    figure = charts.breakdown_figure({INSTRUCTION: [], MANAGEMENT: [], Kind.OTHER: []})
    assert figure.axes[0].texts[0].get_text() == "No time logged in this period"


def test_heatmap_cells_hold_the_hours_and_say_them():
    instruction = [[0.0] * 24 for _ in range(7)]
    management = [[0.0] * 24 for _ in range(7)]
    instruction[1][9] = 90
    management[3][15] = 20
    figure = charts.heatmap_figure(instruction, management)
    top, bottom = figure.axes[0], figure.axes[1]  # the colour bars come after
    data = top.images[0].get_array()
    assert data[1][9 - 7] == pytest.approx(1.5)
    assert "1.5h" in [t.get_text() for t in top.texts]
    assert "20m" in [t.get_text() for t in bottom.texts]
    assert [t.get_text() for t in top.get_yticklabels()][:2] == ["Mon", "Tue"]


def test_charts_save_as_png_and_svg(tmp_path):
    figure = charts.trend_figure([week(7, 1, 1)], [0.5], goal=0.75)
    charts.save_figure(figure, tmp_path / "t.png")
    charts.save_figure(figure, tmp_path / "t.svg")
    assert (tmp_path / "t.png").read_bytes()[:4] == b"\x89PNG"
    assert "<svg" in (tmp_path / "t.svg").read_text()
