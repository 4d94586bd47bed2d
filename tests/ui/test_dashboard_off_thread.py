"""The Dashboard's charts are built off the GUI thread; the GUI thread only draws them."""

from __future__ import annotations

import threading

from leadership_desk.ui import dashboard_page
from tests.helpers import log


def test_the_charts_are_built_on_the_worker_and_shown_with_their_words(qtbot, window,
                                                                         services, monkeypatch):
    log(services, "feedback-coaching", "2026-11-16 08:00", "2026-11-16 09:00")
    built_on = []
    build = dashboard_page.chart_figures

    def recording(data, colors):
        built_on.append(threading.current_thread() is threading.main_thread())
        return build(data, colors)

    monkeypatch.setattr(dashboard_page, "chart_figures", recording)
    page = window.dashboard_page
    with qtbot.waitSignal(page.loaded, timeout=20000):
        window.show_dashboard()
    assert built_on == [False]
    views = (page.trend_view, page.breakdown_view, page.heatmap_view)
    assert all(view.figure is not None and view.canvas is not None for view in views)
    # each chart in its own view, with its own description (1 h of feedback and coaching)
    assert page.trend_view.description.startswith("Instruction share by week")
    assert "Feedback & coaching 1 h" in page.breakdown_view.description
    assert page.heatmap_view.description.startswith("When instruction and management happen")


def test_a_dashboard_loaded_ahead_draws_when_first_shown(qtbot, window, services):
    log(services, "feedback-coaching", "2026-11-16 08:00", "2026-11-16 09:00")
    window.resize(1366, 768)
    window.prepare_dashboard()
    page = window.dashboard_page
    qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
    # loaded and built while hidden, but nothing drawn or shown yet
    assert window.tabs.currentWidget() is not window.dashboard_tab
    assert page.trend_view.figure is None and page._ready is not None
    with qtbot.waitSignal(page.loaded, timeout=20000):
        window.show_dashboard()
    assert all(v.figure is not None for v in (page.trend_view, page.breakdown_view,
                                              page.heatmap_view))
    assert "Feedback & coaching 1 h" in page.breakdown_view.description
    # laid out ahead for the width the charts have once shown (give or take a scroll bar)
    settled = page.trend_view.figure.settled_layout
    assert abs(settled - page.trend_view.width()) <= 0.03 * page.trend_view.width()


def test_a_change_before_the_dashboard_is_shown_loads_it_again(qtbot, window, services):
    window.prepare_dashboard()
    page = window.dashboard_page
    qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
    assert page.data.balance.share is None  # nothing logged yet
    log(services, "feedback-coaching", "2026-11-16 08:00", "2026-11-16 09:00")
    window.data_changed.emit()
    with qtbot.waitSignal(page.loaded, timeout=20000):
        window.show_dashboard()
    qtbot.waitUntil(lambda: page.data.balance.share == 1.0, timeout=20000)


def test_a_palette_change_before_the_dashboard_is_shown_recolours_its_charts(qtbot, window):
    from PySide6.QtGui import QColor, QPalette

    window.prepare_dashboard()
    page = window.dashboard_page
    qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
    dark = QPalette(page.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#F0F0F0"))
    page.setPalette(dark)  # the system switched to dark mode
    window.show_dashboard()  # shown at once: charts loaded ahead would be put up now
    assert page.trend_view.figure.get_facecolor()[:3] == (0x20 / 255, 0x20 / 255, 0x20 / 255)
