"""The IAS dashboard's charts, checked by what their axes hold."""

from __future__ import annotations

from datetime import date

from leadership_desk.domain.categories import Kind
from leadership_desk.domain.dashboard import WeekPoint
from leadership_desk.domain.ias_support import SchoolSupport
from leadership_desk.reports import ias_charts


def school(name, month, year, instruction=0.0, share=None):
    return SchoolSupport(school_id=name, name=name, month_hours=month, year_hours=year,
                         year_instruction_hours=instruction, last_visit=None,
                         principal_share=share)


def test_support_per_school_draws_hours_beside_the_even_share():
    figure = ias_charts.support_figure([school("Adams", 6, 30), school("Burbank", 0, 10),
                                        school("Cleveland $5", 3, 20)])
    month, year = figure.axes
    # bars bottom to top, fewest school-year hours first
    assert [bar.get_width() for bar in month.patches] == [0, 3, 6]
    assert [bar.get_width() for bar in year.patches] == [10, 20, 30]
    assert [t.get_text() for t in month.get_yticklabels()] == ["Burbank", r"Cleveland \$5",
                                                               "Adams"]
    # the even share: (6 + 0 + 3) / 3 = 3 h this month; (30 + 10 + 20) / 3 = 20 h this year
    assert month.get_lines()[0].get_xdata()[0] == 3
    assert year.get_lines()[0].get_xdata()[0] == 20
    assert month.get_legend().get_texts()[0].get_text() == "Even share 3.0 h"
    assert "even share would be 3.0 h this month and 20 h" in \
        ias_charts.support_description([school("Adams", 6, 30), school("Burbank", 0, 10),
                                        school("Cleveland", 3, 20)])


def test_support_vs_need_places_each_school_with_a_summary():
    schools = [school("Adams", 0, 0, instruction=12, share=0.25),
               school("Burbank", 0, 0, instruction=3, share=0.8),
               school("No summary", 0, 0, instruction=5)]
    figure = ias_charts.need_figure(schools, goal=0.75)
    ax = figure.axes[0]
    points = ax.collections[0].get_offsets().tolist()
    assert points == [[25.0, 12.0], [80.0, 3.0]]
    assert [t.get_text() for t in ax.texts] == ["Adams", "Burbank"]
    assert ax.get_lines()[0].get_xdata()[0] == 75
    description = ias_charts.need_description(schools, 0.75)
    assert "Adams: principal 25% instruction, 12 h" in description
    assert "No summary imported yet from: No summary." in description


def test_the_own_trend_is_labelled_instructional_support():
    weeks = [WeekPoint(date(2026, 11, 2), {Kind.INSTRUCTION: 3600, Kind.MANAGEMENT: 3600}, 0.75),
             WeekPoint(date(2026, 11, 9), {Kind.INSTRUCTION: 2700, Kind.MANAGEMENT: 900}, 0.75)]
    figure = ias_charts.support_trend_figure(weeks, [None, None], 0.75)
    ax = figure.axes[0]
    assert ax.get_ylabel() == "Instructional support share"
    assert list(ax.get_lines()[0].get_ydata()) == [50, 75]
    assert ax.get_legend().get_texts()[0].get_text() == "Weekly instructional support share"
