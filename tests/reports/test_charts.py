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
    values = [t.get_text() for t in charts.value_labels(ax)]
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


def drawn(figure):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return canvas.get_renderer()


@pytest.mark.parametrize("later_weeks", [0, 1], ids=["last week", "weeks to come"])
@pytest.mark.parametrize("share", [0, 5, 50, 66, 70, 73, 75, 77, 80, 86, 90, 100])
def test_the_last_share_is_never_drawn_over_the_goal_line_nor_out_of_the_frame(share,
                                                                               later_weeks):
    weeks = [week(7, 1, 1), week(14, share * 36, (100 - share) * 36)]
    weeks += [week(21, 0, 0)] * later_weeks
    figure = charts.trend_figure(weeks, [0.5, share / 100] + [None] * later_weeks, goal=0.75,
                                 today=date(2026, 9, 15))
    renderer = drawn(figure)
    ax = figure.axes[0]
    label = next(t for t in ax.texts if t.get_text() == f"{share}%").get_window_extent(renderer)
    goal_y = ax.transData.transform((0, 75))[1]
    assert not label.y0 <= goal_y <= label.y1
    frame = ax.get_window_extent(renderer)
    assert frame.x0 <= label.x0 and label.x1 <= frame.x1
    assert frame.y0 <= label.y0 and label.y1 <= frame.y1


def category(number: int, kind=INSTRUCTION, name: str | None = None) -> Category:
    return Category(slug=f"c{number}", name=name or f"Category {number}", kind=kind,
                    id=number)


@pytest.mark.parametrize("spread", [[1], [100, 1], [100, 60, 59, 10], [3, 2, 2, 1, 1]])
def test_bar_labels_never_cross_the_frame(spread):
    total = sum(spread)
    rows = {MANAGEMENT: [CategoryRow(category(i, MANAGEMENT,
                                              "Office work, email & communications"),
                                     hours * 3600, hours / total, top_drain=i == 0)
                         for i, hours in enumerate(spread)]}
    figure = charts.breakdown_figure(rows)
    figure.set_size_inches(6, 3)  # narrower than the dashboard ever draws it
    renderer = drawn(figure)
    ax = figure.axes[0]
    frame = ax.get_window_extent(renderer)
    labels = charts.value_labels(ax)
    assert len(labels) == len(spread)
    for text in labels:  # right of the bars' frame, inside the figure
        box = text.get_window_extent(renderer)
        assert frame.x1 <= box.x0 and box.x1 <= figure.bbox.x1, text.get_text()


def test_user_text_is_drawn_as_typed_never_as_mathtext():
    name = r"Budget $\undefinedmacro$ school from $5 to $3"
    rows = {INSTRUCTION: [CategoryRow(category(1, name=name), 3600, 1.0)]}
    figure = charts.breakdown_figure(rows, title=name)
    drawn(figure)  # raised ValueError (mathtext) before
    label = figure.axes[0].get_yticklabels()[0]
    assert label._preprocess_math(label.get_text()) == (name, False)
    trend = charts.trend_figure([week(7, 1, 1)], [0.5], goal=0.75, title=name)
    drawn(trend)


def test_heatmap_cells_read_the_same_way_at_8_points_or_more():
    assert [charts.cell_text(m) for m in (0.6, 45, 59.6, 90, 597.6, 600, 725)] == \
        ["1m", "45m", "1.0h", "1.5h", "10h", "10h", "12h"]
    instruction = [[0.0] * 24 for _ in range(7)]
    instruction[0][9] = 597.6
    instruction[0][10] = 600
    figure = charts.heatmap_figure(instruction, [[0.0] * 24 for _ in range(7)])
    texts = [t for ax in figure.axes for t in ax.texts]
    assert [t.get_text() for t in texts] == ["10h", "10h"]
    ticks = [t for ax in figure.axes for t in ax.get_xticklabels() + ax.get_yticklabels()]
    assert min(t.get_fontsize() for t in texts + ticks) >= 8


def test_charts_follow_a_dark_palette():
    dark = charts.colors_for("#202020", "#F0F0F0")
    assert dark.instruction == charts.DARK.instruction and dark.background == "#202020"
    assert charts.colors_for("#FAFAFA", "#111111").instruction == charts.INSTRUCTION
    from matplotlib.colors import to_hex

    for figure in (charts.trend_figure([week(7, 1, 1)], [0.5], goal=0.75, colors=dark),
                   charts.breakdown_figure({INSTRUCTION: [CategoryRow(category(1), 60, 1.0)]},
                                           colors=dark),
                   charts.heatmap_figure([[60.0] * 24] * 7, [[0.0] * 24] * 7, colors=dark)):
        drawn(figure)
        assert to_hex(figure.get_facecolor()) == "#202020"
        ax = figure.axes[0]
        assert to_hex(ax.get_facecolor()) == "#202020"
        assert {to_hex(t.get_color()) for t in ax.get_yticklabels()} == {"#f0f0f0"}


def test_each_chart_says_its_numbers_in_words():
    weeks = [week(7, 62, 38), week(14, 65, 35), week(21, 0, 0), week(28, 69, 31)]
    assert charts.trend_description(weeks, 0.75) == (
        "Instruction share by week, 4 weeks from Sep 7, 2026: 62%, 65%, no data, 69%; "
        "goal 75%.")
    assert charts.trend_description(weeks, 0.75, today=date(2026, 9, 15)).startswith(
        "Instruction share by week, 2 weeks from Sep 7, 2026: 62%, 65%;")
    rows = {INSTRUCTION: [CategoryRow(category(1, name="Coaching"), 5400, 1.0)],
            MANAGEMENT: [CategoryRow(category(2, MANAGEMENT, "Email"), 7200, 1.0, True)]}
    assert charts.breakdown_description(rows) == (
        "Where the time goes. Instruction 1 h 30 min: Coaching 1 h 30 min (100%). "
        "Management 2 h: Email 2 h (100%, top drain).")
    instruction = [[0.0] * 24 for _ in range(7)]
    instruction[1][9] = 90
    assert charts.heatmap_description(instruction, [[0.0] * 24 for _ in range(7)]) == (
        "When instruction and management happen. Instruction 1 h 30 min: Tuesday 1 h 30 min; "
        "most at 9:00 on Tuesdays (1 h 30 min). Management: none.")


def test_the_trend_writes_dates_as_the_app_does():
    weeks = [week(day, 1, 1) for day in (7, 14, 21)]
    figure = charts.trend_figure(weeks, [0.5] * 3, goal=0.75)
    drawn(figure)
    labels = [t.get_text() for t in figure.axes[0].get_xticklabels() if t.get_text()]
    assert "Sep 7" in labels and not any(" 0" in label for label in labels)
