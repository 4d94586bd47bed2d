"""Pages nobody has opened yet cost nothing at start-up."""

from __future__ import annotations


def test_the_dashboard_is_built_when_first_shown(qtbot, window):
    assert window._dashboard is None
    window.show_dashboard()
    assert window._dashboard is not None
    assert window.tabs.currentWidget() is window.dashboard_tab
    assert window.dashboard_page.isVisibleTo(window)
