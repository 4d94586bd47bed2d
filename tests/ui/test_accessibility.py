"""Every control has a name a screen reader can say: the main window on every tab and every
dialog are walked, and each button, field, list, table and chart must have one (its own, or
the label that names it; a symbol such as '◀' or a combo box's current value is not a name).
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from leadership_desk.ui.main_window import MainWindow
from tests.ui.screens import dialogs, from_elsewhere, nameless
from tests.ui.test_layout import filled  # noqa: F401  (the fixture)

# Found in the day view, which is being reworked elsewhere; listed so that the rework names
# them, and so that this test fails as soon as one is named (then drop it from the list).
DAY_VIEW_UNNAMED: set[str] = set()


def test_every_control_of_the_main_window_has_a_name(qtbot, filled):  # noqa: F811
    window = MainWindow(filled)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.day_page.go_to(date(2026, 11, 16))
    missing, elsewhere = {}, set()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        if window.tabs.currentWidget() is window.dashboard_page:
            with qtbot.waitSignal(window.dashboard_page.loaded, timeout=20000):
                pass
        found = nameless(window)
        elsewhere |= {f for f in found if from_elsewhere(f)}
        found = [f for f in found if not from_elsewhere(f)]
        if found:
            missing[window.tabs.tabText(index)] = found
    window.close()
    assert missing == {}
    assert elsewhere <= DAY_VIEW_UNNAMED


@pytest.mark.parametrize("name", ["export", "categories", "settings", "first run", "shared",
                                  "go to date", "shortcuts", "restore", "overlap", "choice",
                                  "error", "activity", "school", "quick entry", "review",
                                  "category picker", "settings with reminders",
                                  "first run as an IAS", "activity of an IAS",
                                  "settings with folders", "summaries in use"])
def test_every_control_of_each_dialog_has_a_name(qtbot, filled, tmp_path, name):  # noqa: F811
    dialog = dialogs(filled, tmp_path)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    found = nameless(dialog)
    assert [f for f in found if not from_elsewhere(f)] == []
    assert {f for f in found if from_elsewhere(f)} <= DAY_VIEW_UNNAMED


def test_tab_reaches_every_timer_button_and_leaves_the_day_table(qtbot, filled):  # noqa: F811
    window = MainWindow(filled)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    def tab_stops():  # the focus chain as Tab walks it, from the first timer button
        first = next(iter(window.timer_bar.buttons.values()))
        stops, widget = [first], first.nextInFocusChain()
        while widget is not first:
            if widget.isVisible() and widget.isEnabled() and \
                    widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                stops.append(widget)
            widget = widget.nextInFocusChain()
        return stops

    stops = tab_stops()
    buttons = list(window.timer_bar.buttons.values())
    assert stops[:len(buttons) + 1] == [*buttons, window.timer_bar.other_button]
    assert not window.day_page.table.tabKeyNavigation()  # Tab goes on past the table
