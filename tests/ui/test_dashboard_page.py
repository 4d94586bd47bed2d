"""The dashboard in the window: loads when shown, follows the period, updates, saves charts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from leadership_desk.domain.periods import Period
from leadership_desk.reports import charts
from leadership_desk.ui.dashboard_page import shift_period
from tests.helpers import log


def load(qtbot, window):
    with qtbot.waitSignal(window.dashboard_page.loaded, timeout=20000):
        window.show_dashboard()


def test_dashboard_loads_when_first_shown_and_answers_the_questions(qtbot, window, services):
    log(services, "feedback-coaching", "2026-11-16 08:00", "2026-11-16 09:00")
    log(services, "discipline-supervision", "2026-11-16 09:00", "2026-11-16 12:00")
    page = window.dashboard_page
    assert page.data is None  # nothing loaded until the tab is opened
    load(qtbot, window)
    assert page.period == Period(date(2026, 7, 1), date(2027, 6, 30))
    assert page.share_label.text() == "25% instruction  (goal 75%)"
    assert page.gap_label.text() == "8 h more instruction would have met 75%."
    assert "Discipline, attendance & supervision (3 h)" in page.drains_label.text()
    assert "Logged on 1 of" in page.completeness_label.text()
    trend = page.trend_view.figure.axes[0]
    shares = [y for y in trend.get_lines()[0].get_ydata() if y == y]
    assert shares == [25]
    bars = page.breakdown_view.figure.axes[0].patches
    assert sorted(bar.get_width() for bar in bars) == [1, 3]
    assert page.heatmap_view.canvas is not None


def test_period_stepping_and_custom_range(qtbot, window, services):
    load(qtbot, window)
    page = window.dashboard_page
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.period_combo.setCurrentIndex(0)  # this week
    assert page.period == Period(date(2026, 11, 16), date(2026, 11, 22))
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.previous_button.click()
    assert page.period == Period(date(2026, 11, 9), date(2026, 11, 15))
    page.period_combo.setCurrentIndex(3)  # custom
    assert page.from_edit.isVisible()
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.to_edit.setDate(QDate(2026, 11, 30))
    assert page.period == Period(date(2026, 11, 9), date(2026, 11, 30))


def test_shift_period_by_kind():
    from leadership_desk.domain.periods import MonthDay

    july = MonthDay(7, 1)
    jan = Period(date(2027, 1, 1), date(2027, 1, 31))
    assert shift_period("month", jan, -1, july) == Period(date(2026, 12, 1), date(2026, 12, 31))
    year = Period(date(2026, 7, 1), date(2027, 6, 30))
    assert shift_period("year", year, 1, july) == Period(date(2027, 7, 1), date(2028, 6, 30))


def test_a_change_reloads_the_visible_dashboard(qtbot, window, services):
    load(qtbot, window)
    page = window.dashboard_page
    assert page.share_label.text() == "No data for this period yet"
    with qtbot.waitSignal(page.loaded, timeout=20000):
        window.timer_bar.buttons[services.categories.by_slug("feedback-coaching").id].click()
        services.clock.advance(minutes=10)
        window.stop_timer()
    assert page.share_label.text().startswith("100% instruction")


def test_save_chart(qtbot, window, services, tmp_path):
    log(services, "feedback-coaching", "2026-11-16 08:00", "2026-11-16 09:00")
    load(qtbot, window)
    window.dashboard_page.trend_view.save(tmp_path / "trend.svg")
    window.dashboard_page.heatmap_view.save(tmp_path / "heat")  # no suffix: a PNG
    assert "<svg" in (tmp_path / "trend.svg").read_text()
    assert (tmp_path / "heat.png").read_bytes()[:4] == b"\x89PNG"
    assert charts.TREND_LABEL in (tmp_path / "trend.svg").read_text()


def test_timer_buttons_make_room_outside_my_day(qtbot, window, services):
    button = next(iter(window.timer_bar.buttons.values()))
    assert button.isVisible()
    load(qtbot, window)
    assert not button.isVisible() and window.timer_bar.stop_button.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert services.activities.running() is not None  # the shortcuts still start the timer
    window.tabs.setCurrentIndex(0)
    assert button.isVisible()


def test_after_switching_the_period_the_charts_fill_their_width(qtbot, window, services):
    log(services, "feedback-coaching", "2026-11-16 08:00", "2026-11-16 09:00")
    load(qtbot, window)
    page = window.dashboard_page
    for index in (0, 1):  # this week, this month
        with qtbot.waitSignal(page.loaded, timeout=20000):
            page.period_combo.setCurrentIndex(index)
        for view in (page.trend_view, page.breakdown_view, page.heatmap_view):
            canvas = view.canvas
            qtbot.waitUntil(lambda c=canvas: abs(
                c.figure.bbox.width - c.width() * c.devicePixelRatioF()) < 2)
            assert canvas.isVisible() and canvas.figure is view.figure


def test_the_mouse_wheel_over_a_chart_scrolls_the_page(qtbot, window, services):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication, QScrollArea

    log(services, "feedback-coaching", "2026-11-16 08:00", "2026-11-16 09:00")
    load(qtbot, window)
    page = window.dashboard_page
    scroll = page.findChild(QScrollArea).verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.maximum() > 0)
    assert scroll.value() == 0
    canvas = page.trend_view.canvas
    centre = QPointF(canvas.width() / 2, canvas.height() / 2)
    event = QWheelEvent(centre, QPointF(canvas.mapToGlobal(QPoint(10, 10))), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas, event)
    assert scroll.value() > 0


def test_each_chart_has_a_name_and_says_its_numbers(qtbot, window, services):
    log(services, "feedback-coaching", "2026-11-16 08:00", "2026-11-16 09:00")
    log(services, "discipline-supervision", "2026-11-16 09:00", "2026-11-16 12:00")
    load(qtbot, window)
    page = window.dashboard_page
    trend = page.trend_view.canvas
    assert trend.accessibleName() == "Trend chart"
    assert trend.accessibleDescription().startswith("Instruction share by week, ")
    assert "25%; goal 75%." in trend.accessibleDescription()
    assert "Discipline, attendance & supervision 3 h (100%" in \
        page.breakdown_view.canvas.accessibleDescription()
    assert "most at 9:00 on Mondays" in page.heatmap_view.canvas.accessibleDescription()


def test_charts_follow_a_dark_palette(qtbot, window, services):
    from matplotlib.colors import to_hex
    from PySide6.QtGui import QColor, QPalette

    log(services, "feedback-coaching", "2026-11-16 08:00", "2026-11-16 09:00")
    load(qtbot, window)
    page = window.dashboard_page
    assert to_hex(page.trend_view.figure.get_facecolor()) != "#1e1e1e"
    dark = QPalette(page.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#1E1E1E"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#EEEEEE"))
    page.setPalette(dark)
    for view in (page.trend_view, page.breakdown_view, page.heatmap_view):
        assert to_hex(view.figure.get_facecolor()) == "#1e1e1e"
        assert to_hex(view.figure.axes[0].get_facecolor()) == "#1e1e1e"


def test_tab_reaches_each_chart(qtbot, window, services):
    log(services, "feedback-coaching", "2026-11-16 08:00", "2026-11-16 09:00")
    load(qtbot, window)
    page = window.dashboard_page
    for view in (page.trend_view, page.breakdown_view, page.heatmap_view):
        assert view.canvas.focusPolicy() & Qt.FocusPolicy.TabFocus
    page.trend_view.save_button.setFocus()
    qtbot.keyClick(page.trend_view.save_button, Qt.Key.Key_Tab)
    assert page.trend_view.canvas.hasFocus()
    picture = page.trend_view.canvas.grab().toImage()
    highlight = page.trend_view.canvas.palette().color(
        page.trend_view.canvas.palette().ColorRole.Highlight)
    assert picture.pixelColor(1, 20) == highlight  # the focus frame is drawn
