"""The network chart above the Schools table: what it draws from the schools' numbers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, Qt

from leadership_desk.services.rollup_service import SchoolRow
from leadership_desk.ui.network_chart import (
    NetworkChart,
    chart_description,
    chart_dots,
    network_goal,
)
from tests.services.test_rollup import summary


def row(school: str, recent: float | None, previous: float | None = None,
        goal: float = 0.75) -> SchoolRow:
    return SchoolRow(school_id=f"id-{school}", school=school, principal="P", first=None,
                     last=None, exported_at=datetime(2026, 11, 14, tzinfo=UTC), goal=goal,
                     minutes={}, share=recent, change=None, days_logged=0,
                     recent_share=recent, previous_share=previous)


def test_dots_go_lowest_first_evenly_across_with_100_percent_at_the_top():
    rows = [row("Roosevelt", 0.5, 0.6), row("Lincoln", 0.25), row("No data", None)]
    dots = chart_dots(rows, 400, 150)
    # 400 wide less 44 on the left and 10 on the right: 346, two columns of 173
    assert [(d.school, d.x) for d in dots] == [("Lincoln", 130.5), ("Roosevelt", 303.5)]
    # 150 high less 22 at the top and 8 at the bottom: 120 for 0..100%
    assert [d.y for d in dots] == [22 + 0.75 * 120, 22 + 0.5 * 120]
    assert [d.ring_y for d in dots] == [None, 22 + 0.4 * 120]


def test_ties_are_ordered_by_name_and_75_schools_each_get_a_column():
    rows = [row(f"School {n:02d}", 0.5) for n in range(75, 0, -1)]
    dots = chart_dots(rows, 44 + 10 + 750, 150)
    assert [d.school for d in dots] == [f"School {n:02d}" for n in range(1, 76)]
    assert [d.x for d in dots[:3]] == [49.0, 59.0, 69.0]  # columns of 10 pixels


def test_the_goal_line_is_the_goal_most_schools_share():
    assert network_goal([row("A", 0.5, goal=0.6), row("B", 0.5), row("C", 0.5)]) == 0.75
    assert network_goal([]) is None


def test_the_accessible_description_reads_out_every_number():
    words = chart_description([row("Roosevelt", 0.8, 0.6), row("Lincoln", 0.25),
                               row("Quiet", None)])
    assert words == (
        "Instruction share in the last 4 weeks covered, lowest first, goal 75%: 1 of 2 "
        "schools below the goal. Lincoln: 25% (no data the 4 weeks before); Roosevelt: 80% "
        "(60% the 4 weeks before). 1 more without data in the last 4 weeks.")


def test_a_click_or_the_keyboard_picks_a_school(qtbot):
    chart = NetworkChart()
    qtbot.addWidget(chart)
    chart.resize(400, 150)
    chart.set_rows([row("Roosevelt", 0.5, 0.6), row("Lincoln", 0.25)])
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.accessibleDescription().startswith("Instruction share in the last 4 weeks")
    with qtbot.waitSignal(chart.school_chosen) as chosen:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(300, 80))
    assert chosen.args == ["id-Roosevelt"]
    with qtbot.waitSignal(chart.school_chosen) as chosen:
        qtbot.keyClick(chart, Qt.Key.Key_Right)
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert chosen.args == ["id-Lincoln"]  # the first from the left: the lowest


def test_the_roll_up_gives_the_last_4_weeks_and_the_4_before(services):
    services.imports.import_bytes(summary("Lincoln", (60, 40), (50, 50)), "a")
    (lincoln,) = services.rollup.rows()
    assert lincoln.recent_share == pytest.approx(0.5)
    assert lincoln.previous_share == pytest.approx(0.6)


def test_the_schools_page_draws_the_chart_and_a_dot_selects_the_row(qtbot, services):
    from leadership_desk.ui.schools_page import SchoolsPage

    services.imports.import_bytes(summary("Lincoln", (60, 40), (50, 50)), "a")
    services.imports.import_bytes(summary("Roosevelt", (30, 70), (20, 80)), "b")
    page = SchoolsPage(services)
    qtbot.addWidget(page)
    assert [d.school for d in page.chart.dots()] == ["Roosevelt", "Lincoln"]
    page.attention_check.setChecked(True)
    page.filter_edit.setText("Roosevelt")
    page._on_chart_school_chosen("Lincoln")
    selected = page.table.selectionModel().selectedRows()
    assert [page.proxy.data(i) for i in selected] == ["Lincoln"]


def test_names_go_under_the_dots_while_the_columns_are_wide_enough(qtbot):
    chart = NetworkChart()
    qtbot.addWidget(chart)
    chart.resize(44 + 10 + 400, 150)
    chart.set_rows([row("Roosevelt", 0.0), row("Lincoln", 1.0)])  # columns of 200 pixels
    # 16 pixels under the plot for the names: 0% sits at 150 - 16 - 8 = 126, 100% at 22
    assert [(d.school, d.y) for d in chart.dots()] == [("Roosevelt", 126.0), ("Lincoln", 22.0)]
    chart.set_rows([row(f"School {n:02d}", 0.0) for n in range(1, 76)])  # columns of 5.3
    assert {d.y for d in chart.dots()} == {142.0}  # no names: the plot keeps the room
