"""Planning in the window: Settings for days without school and protected blocks, the day's
blocks in the day view and review, the Dashboard's planning card and chart, and the Schools
columns."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QTime

from leadership_desk.domain.blocks import ProtectedBlock
from leadership_desk.reports.planned_chart import planned_description, planned_figure
from leadership_desk.services.rollup_service import SchoolRow
from leadership_desk.ui.planning_dialog import PlanningDialog
from leadership_desk.ui.review_dialog import ReviewDialog
from leadership_desk.ui.school_table_model import SchoolTableModel
from tests.helpers import log

# the clock: Tuesday 2026-11-17, 10:00 in Los Angeles


def _walkthrough_blocks(services, first_day=date(2026, 11, 2)):
    walk = services.categories.by_slug("observation-walkthrough")
    for weekday in (1, 3):  # Tuesday and Thursday 8:30-10:00
        services.planning.add_block(ProtectedBlock(weekday, time(8, 30), time(10), walk.id,
                                                   "Walkthroughs", first_day=first_day))


def test_settings_for_days_without_school_and_blocks(qtbot, qtmodeltester, services):
    dialog = PlanningDialog(services)
    qtbot.addWidget(dialog)
    dialog.add_days(date(2026, 11, 26), date(2026, 11, 29), "Thanksgiving break")
    qtmodeltester.check(dialog.days_model)
    assert dialog.days_model.rowCount() == 2  # Thursday and Friday
    assert dialog.days_model.index(0, 0).data() == "Thu, Nov 26, 2026"
    dialog.day_combo.setCurrentIndex(1)  # Tuesday
    dialog.start_edit.setTime(QTime(8, 30))
    dialog.end_edit.setTime(QTime(10, 0))
    dialog.title_edit.setText("Walkthroughs")
    dialog.add_block_button.click()
    qtmodeltester.check(dialog.blocks_model)
    assert [dialog.blocks_model.index(0, c).data() for c in range(4)] == [
        "Tuesday", "08:30–10:00", "Classroom observation & walkthroughs", "Walkthroughs"]
    dialog.end_edit.setTime(QTime(8, 0))  # ends before it starts
    dialog.add_block_button.click()
    assert dialog.error_label.isVisibleTo(dialog)
    assert "end after it starts" in dialog.error_label.text()
    assert len(services.planning.blocks()) == 1 and dialog.changed
    dialog.blocks_view.selectRow(0)
    dialog.remove_block_button.click()
    assert dialog.blocks_model.rowCount() == 0


def test_days_without_school_from_the_districts_calendar(qtbot, services, tmp_path,
                                                        monkeypatch):
    from leadership_desk.ui.no_school_dialog import NoSchoolDialog
    from tests.services.test_planning_calendar import DISTRICT

    (tmp_path / "district.ics").write_bytes(DISTRICT)
    offered = []

    def tick_suggested(parent, events):
        offered.extend(events)
        return [e for e in events if e.suggested]
    monkeypatch.setattr(NoSchoolDialog, "ask", tick_suggested)
    dialog = PlanningDialog(services)
    qtbot.addWidget(dialog)
    dialog.choose_from_calendar(tmp_path / "district.ics")
    assert [e.title for e in offered] == ["Thanksgiving Break - No School", "Winter concert"]
    assert [dialog.days_model.index(r, 0).data() for r in range(3)] == [
        "Wed, Nov 25, 2026", "Thu, Nov 26, 2026", "Fri, Nov 27, 2026"]
    dialog.choose_from_calendar(tmp_path / "missing.ics")
    assert "cannot be read" in dialog.error_label.text()


def test_settings_for_which_categories_are_observation_and_feedback(qtbot, services):
    from PySide6.QtCore import Qt

    dialog = PlanningDialog(services)
    qtbot.addWidget(dialog)
    observation, feedback = dialog.role_lists["observation"], dialog.role_lists["feedback"]

    def ticked(listing):
        return [listing.item(i).text() for i in range(listing.count())
                if listing.item(i).checkState() == Qt.CheckState.Checked]
    assert ticked(observation) == ["Classroom observation & walkthroughs"]
    assert ticked(feedback) == ["Feedback & coaching", "Teacher evaluation"]
    # tick Teacher evaluation as observation: it stops counting as feedback
    row = [observation.item(i).text() for i in range(observation.count())].index(
        "Teacher evaluation")
    observation.item(row).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: ticked(feedback) == ["Feedback & coaching"])
    assert ticked(dialog.role_lists["observation"]) == [
        "Classroom observation & walkthroughs", "Teacher evaluation"]
    evaluation = services.categories.by_slug("teacher-evaluation")
    assert services.planning.roles()[evaluation.id] == "observation"


def test_the_days_blocks_show_as_planned_in_the_day_and_its_review(qtbot, window, services):
    _walkthrough_blocks(services)
    log(services, "observation-walkthrough", "2026-11-17 08:30", "2026-11-17 09:50")
    window.refresh()
    label = window.day_page.planned_label
    assert label.isVisibleTo(window)
    # 80 of 90 minutes logged as instruction: kept (72 needed)
    assert label.text().startswith("Protected blocks: 08:30–10:00 Walkthroughs (kept)")
    review = ReviewDialog(services, date(2026, 11, 19))  # Thursday, still to come
    qtbot.addWidget(review)
    assert review.planned.text().startswith("Protected blocks: 08:30–10:00 Walkthroughs "
                                            "(planned)")
    # planned time is never counted
    assert window.services.reports.report(
        window.services.reports.period("day", date(2026, 11, 19))).balance.total_seconds == 0


def test_the_dashboard_shows_the_week_ahead_and_planned_vs_logged(qtbot, window, services):
    _walkthrough_blocks(services)
    log(services, "observation-walkthrough", "2026-11-16 09:00", "2026-11-16 09:30")
    log(services, "feedback-coaching", "2026-11-16 13:00", "2026-11-16 13:30")
    with qtbot.waitSignal(window.dashboard_page.loaded, timeout=20000):
        window.show_dashboard()
    card = window.dashboard_page.planning_card
    # this week (Tuesday): Tue and Thu blocks, 3 h; no weeks logged before, so no usual load
    assert card.week_label.text() == ("Planned: 3 h of instruction. Log a few weeks to see "
                                      "what 75% needs.")
    assert card.items_label.text() == ("Tue: 08:30–10:00 Walkthroughs\n"
                                       "Thu: 08:30–10:00 Walkthroughs")
    assert card.follow_label.text().startswith(
        "Observations followed by feedback within 2 school days: 1 of 1 (100%).")
    # 60 minutes of instruction, 30 of them feedback
    assert window.dashboard_page.leverage_label.text().startswith(
        "50% of the instruction was high leverage")
    view = window.dashboard_page.planned_view
    assert view.isVisibleTo(window)
    assert view.figure is not None and "planned 3 h" in view.description


def test_without_plans_there_is_no_planned_chart(qtbot, window, services):
    log(services, "observation-walkthrough", "2026-11-16 09:00", "2026-11-16 09:30")
    with qtbot.waitSignal(window.dashboard_page.loaded, timeout=20000):
        window.show_dashboard()
    assert not window.dashboard_page.planned_view.isVisibleTo(window)
    assert window.dashboard_page.planning_card.items_label.text().startswith(
        "Nothing planned yet.")


def test_planned_chart_holds_the_weeks():
    from leadership_desk.domain.week_plan import WeekPlanned

    weeks = [WeekPlanned(date(2026, 11, 9), 3 * 3600, 5400, 2, 1),
             WeekPlanned(date(2026, 11, 16), 1800, 0, 0, 0)]
    figure = planned_figure(weeks)
    ax = figure.axes[0]
    heights = [round(p.get_height(), 2) for p in ax.patches]
    assert heights == [3.0, 0.5, 1.5, 0.0]  # planned bars, then logged bars (hours)
    assert [t.get_text() for t in ax.texts] == ["kept 1 of 2"]
    assert planned_description(weeks).startswith(
        "Planned and logged instruction by week: week of Nov 9, 2026: planned 3 h, logged "
        "1 h 30 min, protected blocks kept 1 of 2;")


def test_schools_columns_say_no_data_for_version_1(qtmodeltester):
    def row(name, planning, planned):
        return SchoolRow(school_id=name, school=name, principal="P", first=None, last=None,
                         exported_at=datetime(2026, 11, 16, tzinfo=UTC), goal=0.75,
                         minutes={"instruction": 0, "management": 0, "other": 0},
                         share=0.5, change=None, days_logged=1, planning=planning,
                         planned=planned)

    model = SchoolTableModel()
    model.set_rows([
        row("Two", {"high_leverage_share": 0.4,
                    "follow_through": {"observations": 4, "followed": 3, "share": 0.75}},
            {"instruction_minutes": 360.0, "blocks": 4, "blocks_kept": 1}),
        row("One", None, None)])
    qtmodeltester.check(model)
    first = model.columnCount() - 3
    assert [model.headerData(first + c, _horizontal()) for c in range(3)] == [
        "High-leverage\nshare", "Feedback\nfollow-through", "Protected\nblocks kept"]
    assert [model.index(0, first + c).data() for c in range(3)] == [
        "40%", "75% (3 of 4)", "25% (1 of 4)"]
    assert [model.index(1, first + c).data() for c in range(3)] == ["no data"] * 3


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_the_no_school_list_ticks_the_suggested_events(qtbot):
    from PySide6.QtCore import Qt

    from leadership_desk.services.planning_service import AllDayEvent
    from leadership_desk.ui.no_school_dialog import NoSchoolDialog

    events = [AllDayEvent(date(2026, 11, 25), date(2026, 11, 27), "Thanksgiving Break", True),
              AllDayEvent(date(2026, 12, 4), date(2026, 12, 4), "Winter concert", False)]
    dialog = NoSchoolDialog(events)
    qtbot.addWidget(dialog)
    assert dialog.list.item(0).text() == ("Wed, Nov 25, 2026 – Fri, Nov 27, 2026   "
                                          "Thanksgiving Break")
    assert dialog.chosen() == events[:1]
    dialog.list.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen() == events
