"""A chart laid out ahead (off the GUI thread) for its width looks as if laid out when drawn."""

from __future__ import annotations

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine

from leadership_desk.ui.chart_view import ChartView, settle_layout


def figure(width: float = 8) -> Figure:
    fig = Figure(figsize=(width, 3), layout="constrained")
    ax = fig.add_subplot()
    ax.plot([1, 2, 3], [4, 5, 6])
    ax.set_ylabel("Instruction share")
    ax.set_title("Instruction share by week")
    return fig


def test_the_layout_is_that_of_the_width_it_was_settled_for():
    settled = figure()
    settle_layout(settled, 1000)  # 10 inches at 100 dots per inch
    assert settled.get_size_inches()[0] == 8  # its own size is kept for the view's sizing
    assert not isinstance(settled.get_layout_engine(), ConstrainedLayoutEngine)
    reference = figure(10)
    FigureCanvasAgg(reference).draw()  # constrained layout at 10 inches
    assert settled.axes[0].get_position().bounds == \
        reference.axes[0].get_position().bounds
    # and not that of its own 8 inches: the margins are fractions of the width
    own = figure()
    FigureCanvasAgg(own).draw()
    assert settled.axes[0].get_position().x0 != own.axes[0].get_position().x0


def test_a_width_not_known_yet_leaves_the_layout_to_the_drawing():
    fig = figure()
    settle_layout(fig, 0)
    assert isinstance(fig.get_layout_engine(), ConstrainedLayoutEngine)


def test_after_its_first_drawing_the_chart_follows_resizes_again(qtbot):
    view = ChartView("trend")
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.show()
    fig = figure()
    settle_layout(fig, 1000)
    view.show_figure(fig, "words")
    view.canvas.draw()
    assert isinstance(fig.get_layout_engine(), ConstrainedLayoutEngine)
    assert not fig.settled_layout
