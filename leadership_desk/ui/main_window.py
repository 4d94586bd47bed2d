"""The main window: the timer, the day view and the balance, wired to the services.

Signals: data_changed() after any saved change to activities, categories or settings;
exported(object list of export records) after a summary was written.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leadership_desk import APP_NAME, __version__
from leadership_desk.domain.activities import Activity
from leadership_desk.domain.balance import count_of, format_duration
from leadership_desk.domain.categories import Category, Kind
from leadership_desk.domain.periods import day_start, format_date, local_date
from leadership_desk.domain.roles import Role
from leadership_desk.domain.timeline import day_timeline, default_slot
from leadership_desk.errors import LeadershipDeskError
from leadership_desk.services.container import Services
from leadership_desk.ui.activity_dialog import ActivityForm
from leadership_desk.ui.activity_editor import ActivityEditor, name_of
from leadership_desk.ui.backup_actions import BackupActions
from leadership_desk.ui.balance_panel import BalancePanel, BalanceView
from leadership_desk.ui.calendar_actions import CalendarActions
from leadership_desk.ui.categories_dialog import CategoriesDialog
from leadership_desk.ui.category_picker import CategoryPicker
from leadership_desk.ui.day_page import DayPage
from leadership_desk.ui.drafts_panel import DraftsPanel
from leadership_desk.ui.elided_label import ElidedLabel
from leadership_desk.ui.main_menu import build_menus
from leadership_desk.ui.network_actions import NetworkActions
from leadership_desk.ui.planned_text import day_blocks_text
from leadership_desk.ui.quick_entry_dialog import QuickEntryDialog
from leadership_desk.ui.review_dialog import ReviewDialog
from leadership_desk.ui.screen_fit import fit_to_screen, scrolling
from leadership_desk.ui.settings_dialog import SettingsDialog
from leadership_desk.ui.shortcuts_dialog import ShortcutsDialog
from leadership_desk.ui.summary_actions import SummaryActions
from leadership_desk.ui.summary_folders import SummaryFolders
from leadership_desk.ui.timer_bar import TimerBar, format_elapsed
from leadership_desk.ui.tray_controller import TrayController
from leadership_desk.ui.worker import Worker

if TYPE_CHECKING:
    from leadership_desk.ui.dashboard_page import DashboardPage
    from leadership_desk.ui.ias_dashboard_page import IasDashboardPage
    from leadership_desk.ui.schools_page import SchoolsPage  # imported when first built

HEARTBEAT_MS = 60_000

log = logging.getLogger("leadership_desk")


class MainWindow(QMainWindow):
    """Composes the timer bar, the day page and the balance panel; owns no data itself."""

    data_changed = Signal()
    exported = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(APP_NAME)
        self._categories: dict[int, Category] = {}
        self._zone_cache: ZoneInfo | None = None
        self._who = ""
        self._running: Activity | None = None
        profile = services.profiles.profile()
        self._role = profile.role
        self._words = profile.role.share_words  # "instruction", an IAS's "instructional support"
        today = self._today()
        self.timer_bar = TimerBar()
        self.day_page = DayPage(today)
        self.balance_panel = BalancePanel()
        balance_scroll = QScrollArea()
        balance_scroll.setWidget(self.balance_panel)
        balance_scroll.setWidgetResizable(True)
        balance_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        balance_scroll.setMinimumWidth(290)
        balance_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        balance_scroll.setMaximumWidth(420)
        self.drafts_panel = DraftsPanel(services)
        day_column = QVBoxLayout()
        day_column.addWidget(self.day_page, 1)
        day_column.addWidget(self.drafts_panel, 2)  # up to six rows of a busy calendar day
        day_tab = QWidget()
        body = QHBoxLayout(day_tab)
        body.setContentsMargins(4, 4, 4, 4)
        body.addLayout(day_column, 1)
        body.addWidget(balance_scroll)
        self.setAcceptDrops(True)
        # the dashboard is built (and matplotlib imported) only when first shown
        self._dashboard: DashboardPage | None = None
        self.dashboard_tab = QWidget()
        QVBoxLayout(self.dashboard_tab).setContentsMargins(0, 0, 0, 0)
        self._dashboard_stale = True
        self.tabs = QTabWidget()
        self.tabs.addTab(day_tab, "My day")
        self.tabs.addTab(self.dashboard_tab, "Dashboard")
        # the IAS's view stays out of a principal's way until there is something in it
        self.schools_page: SchoolsPage | None = None
        if profile.is_ias or services.rollup.has_schools():
            self._add_schools_tab()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.timer_bar)
        layout.addWidget(self.tabs, 1)
        # on a screen smaller than the window's content (1024x600 at 150%), it scrolls
        # instead of the window growing off the screen
        self.setCentralWidget(scrolling(central))
        self.status_label = ElidedLabel()
        self.statusBar().addWidget(self.status_label, 1)

        self.tray_controller = TrayController(self, services)
        self.backup_actions = BackupActions(self, services)
        self.summary_actions = SummaryActions(self, services)
        self.calendar_actions = CalendarActions(self, services)
        self.network_actions = NetworkActions(self, services)
        self.summary_folders = SummaryFolders(services, self)
        self._build_actions()
        self._show_export_words()
        self._connect()
        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(1000)
        self._tick_timer.timeout.connect(self._on_tick_timer_timeout)
        self._tick_timer.start()
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._on_heartbeat_timeout)
        self._heartbeat.start()
        self.refresh()
        self._restore_geometry()
        self.summary_folders.start()  # what is due runs off the GUI thread, after this

    # building

    def _build_actions(self) -> None:
        build_menus(self)

    def _connect(self) -> None:
        self.timer_bar.start_requested.connect(self._on_timer_bar_start_requested)
        self.timer_bar.stop_requested.connect(self.stop_timer)
        self.timer_bar.other_requested.connect(self.start_other)
        self.timer_bar.title_edited.connect(self._on_timer_bar_title_edited)
        self.day_page.day_changed.connect(self._on_day_page_day_changed)
        self.day_page.add_requested.connect(self._on_day_page_add_requested)
        self.day_page.quick_entry_requested.connect(self.quick_entry)
        self.day_page.edit_requested.connect(self.edit_activity)
        self.day_page.delete_requested.connect(self.delete_activity)
        self.data_changed.connect(self.refresh)
        self.data_changed.connect(self._on_data_changed_dashboard)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.backup_actions.message.connect(self._say)
        self.summary_actions.message.connect(self._say)
        self.summary_actions.exported.connect(self.exported)
        self.summary_folders.message.connect(self._say)
        self.summary_folders.imported.connect(self._on_summary_folders_imported)
        self.calendar_actions.message.connect(self._say)
        self.network_actions.message.connect(self._say)
        self.calendar_actions.imported.connect(self.data_changed)
        self.drafts_panel.drafts_changed.connect(self.data_changed)
        self.backup_actions.busy_changed.connect(self._on_backup_actions_busy_changed)
        self.backup_actions.restored.connect(self.data_changed)

    # refreshing

    def _now(self) -> datetime:
        return self.services.clock()

    def _zone(self) -> ZoneInfo:
        # read once per refresh: the one-second tick must not query the database
        if self._zone_cache is None:
            self._zone_cache = self.services.profiles.profile().zone
        return self._zone_cache

    def _today(self) -> date:
        return local_date(self._now(), self._zone())

    def refresh(self) -> None:
        """Re-reads everything shown from the services."""
        s = self.services
        now = self._now()
        profile = s.profiles.profile()
        self._zone_cache = profile.zone
        if profile.role is not self._role:
            self._apply_role(profile)
        self._categories = {c.id: c for c in s.categories.all()}
        favourites = s.categories.favourites()
        self.timer_bar.set_favourites(favourites)
        self.timer_bar.set_schools(s.visits.known() if profile.is_ias else None)
        self.tray_controller.set_favourites(favourites)
        for index, action in enumerate(self.favourite_actions):
            action.setEnabled(index < len(favourites))
            if index < len(favourites):
                action.setText(f"Start {favourites[index].name}")
        running = s.activities.running()
        self.timer_bar.show_running(
            running, self._categories.get(running.category_id) if running else None, now
        )
        self.stop_action.setEnabled(running is not None)
        self.day_page.set_today(self._today())
        self._refresh_day(now)
        self._refresh_balance()
        self._refresh_undo()
        if self.schools_page is not None:
            self.schools_page.refresh_support()
        where = profile.network if profile.is_ias else profile.school
        self._who = " · ".join(part for part in (profile.name, where) if part)
        self._running = running
        self._show_window_title(now)

    def _show_window_title(self, now: datetime) -> None:
        """The running activity and its elapsed time lead the title, so the taskbar shows
        them while the window is hidden behind others."""
        base = f"{APP_NAME} — {self._who}" if self._who else APP_NAME
        running = self._running
        category = self._categories.get(running.category_id) if running else None
        if running is None or category is None:
            self.setWindowTitle(base)
            self.tray_controller.show_running(None)
            return
        # the time first: a taskbar button cut short still shows it
        what = f"{format_elapsed(now - running.start)} {running.title or category.name}"
        self.setWindowTitle(f"▶ {what} — {base}")
        self.tray_controller.show_running(what)

    def export_for_role(self) -> None:
        """File ▸ Export: a principal's summary for their IAS, an IAS's network summary."""
        if self._role is Role.IAS:
            self.network_actions.export_network()
        else:
            self.summary_actions.export_summary()

    def _show_export_words(self) -> None:
        self.export_action.setText("&Export network summary…" if self._role is Role.IAS
                                   else "&Export summary for my IAS…")

    def _apply_role(self, profile) -> None:
        """After the role changed: each role sees only what it uses."""
        self._role = profile.role
        self._show_export_words()
        self._words = profile.role.share_words
        if profile.is_ias:
            self._add_schools_tab()
        elif self.schools_page is not None and not self.services.rollup.has_schools():
            self.tabs.removeTab(self.tabs.indexOf(self.schools_page))
            self.schools_page.deleteLater()
            self.schools_page = None
        if self._dashboard is not None:  # a principal's and an IAS's dashboards differ
            self._dashboard.deleteLater()
            self._dashboard = None
            self._dashboard_stale = True
            if self.tabs.currentWidget() is self.dashboard_tab:
                self._dashboard_stale = False
                self.dashboard_page.reload()

    def _add_schools_tab(self) -> SchoolsPage:
        if self.schools_page is None:
            from leadership_desk.ui.schools_page import SchoolsPage

            self.schools_page = SchoolsPage(self.services)
            self.schools_page.imported.connect(self._on_schools_page_imported)
            self.tabs.addTab(self.schools_page, "Schools")
        return self.schools_page

    def show_schools(self) -> SchoolsPage:
        """Opens the Schools view, adding its tab the first time."""
        page = self._add_schools_tab()
        self.tabs.setCurrentWidget(page)
        return page

    def _import_summaries(self) -> None:
        self.show_schools()._on_import_button_clicked()

    def _on_summary_folders_imported(self, results) -> None:
        """Summaries that came in from the watched folder: listed in the Schools view."""
        page = self._add_schools_tab()
        page.show_results(results, "From the shared folder: ")
        page.refresh()
        self.data_changed.emit()

    def _on_schools_page_imported(self, results) -> None:
        accepted = sum(r.status == "accepted" for r in results)
        self._say(f"Imported {accepted} of {count_of(len(results), 'summary', 'summaries')}.")

    @property
    def dashboard_page(self) -> DashboardPage | IasDashboardPage:
        """The Dashboard tab's page, built the first time it is needed."""
        if self._dashboard is None:
            if self._role is Role.IAS:  # an IAS's own dashboard, built on first show too
                from leadership_desk.ui import ias_dashboard_page

                self._dashboard = ias_dashboard_page.IasDashboardPage(self.services)
            else:
                from leadership_desk.ui import dashboard_page  # matplotlib's canvas later

                self._dashboard = dashboard_page.DashboardPage(self.services)
            self.dashboard_tab.layout().addWidget(self._dashboard)
            self._dashboard.show()  # a child added to a shown widget stays hidden otherwise
        return self._dashboard

    def show_dashboard(self) -> None:
        self.tabs.setCurrentWidget(self.dashboard_tab)

    def prepare_dashboard(self) -> None:
        """Loads the Dashboard and builds its charts in the background while it is not
        shown, so that opening it only draws them; a change in between loads it again."""
        if self._dashboard_stale and self.tabs.currentWidget() is not self.dashboard_tab:
            self._dashboard_stale = False
            self.dashboard_page.reload()

    def _on_tabs_current_changed(self, index: int) -> None:
        self.timer_bar.set_compact(index != 0)
        if self.tabs.currentWidget() is self.dashboard_tab and self._dashboard_stale:
            self._dashboard_stale = False
            self.dashboard_page.reload()

    def _on_data_changed_dashboard(self) -> None:
        if self.tabs.currentWidget() is self.dashboard_tab:
            self.dashboard_page.reload()
        else:
            self._dashboard_stale = True

    def _on_day_page_day_changed(self, _day: date) -> None:
        self._refresh_day(self._now())
        self._refresh_balance()

    def _refresh_day(self, now: datetime) -> None:
        selected = self.day_page.selected_activity_id()
        activities = self.services.activities.on_day(self.day_page.day)
        if any(a.school is not None for a in activities):
            self.day_page.model.set_school_names(dict(self.services.visits.known()))
        self.day_page.model.set_day(
            day_timeline(activities, now), self._categories, self._zone(), now
        )
        if selected is not None:
            self.day_page.select_activity(selected)
        self.drafts_panel.set_day(self.day_page.day)
        self.day_page.show_planned(day_blocks_text(
            self.services.plans.day_blocks(self.day_page.day), self._zone(), self._categories))
        report = self.services.reports.report(self.services.reports.period("day",
                                                                           self.day_page.day))
        b = report.balance
        self.day_page.show_summary(
            f"{count_of(len(activities), 'activity', 'activities')} · logged "
            f"{format_duration(b.total_seconds)} · "
            f"{self._words} {format_duration(b.of(Kind.INSTRUCTION))}"
        )

    def _refresh_balance(self) -> None:
        """The day on screen, its week and its school year (today's when it is today)."""
        reports = self.services.reports
        day, today = self.day_page.day, self.day_page.today
        week, this_week = reports.period("week", day), reports.period("week", today)
        year = reports.period("year", day)
        day_name = "Today" if day == today else format_date(day, weekday=True)
        week_name = ("This week" if week == this_week else
                     f"Week of {week.first:%b} {week.first.day}")
        year_name = ("This school year" if year == reports.period("year", today) else
                     f"School year {year.first.year}–{str(year.last.year)[-2:]}")
        views = [
            BalanceView(day_name, day_name.lower() if day == today else f"on {day_name}",
                        reports.report(reports.period("day", day)).balance, self._words),
            BalanceView(week_name, "this week" if week == this_week else
                        f"the week of {week.first:%b} {week.first.day}",
                        reports.report(week).balance, self._words),
            BalanceView(year_name, year_name.lower() if year_name.startswith("This") else
                        f"in {year_name}", reports.report(year).balance, self._words),
        ]
        self.balance_panel.show_views(views)

    def _refresh_undo(self) -> None:
        undo = self.services.activities.undo_label()
        redo = self.services.activities.redo_label()
        self.undo_action.setEnabled(undo is not None)
        self.undo_action.setText(f"&Undo {undo}" if undo else "&Undo")
        self.redo_action.setEnabled(redo is not None)
        self.redo_action.setText(f"&Redo {redo}" if redo else "&Redo")

    def _say(self, text: str) -> None:
        self.status_label.setText(text)

    def _show_error(self, error: LeadershipDeskError) -> None:
        QMessageBox.warning(self, APP_NAME, error.message)

    # the timer

    def _on_timer_bar_start_requested(self, category_id: int) -> None:
        running = self.services.activities.running()
        school = self.timer_bar.school()  # an IAS's choice of school; None for a principal
        if running is not None and running.category_id == category_id and \
                running.school == school:
            self.timer_bar.show_running(running, self._categories.get(category_id), self._now())
            self._say("Already running.")
            return
        try:
            started = self.services.activities.start(category_id, school=school)
        except LeadershipDeskError as error:
            self._show_error(error)
            return
        at = f" at {self.services.visits.name_of(school)}" if school else ""
        self._say(f"Started {self._categories[started.category_id].name}{at}.")
        if self.day_page.day != self._today():
            self.day_page.go_today()
        self.data_changed.emit()

    def _start_favourite(self, number: int) -> None:
        favourites = self.services.categories.favourites()
        if number <= len(favourites):
            self._on_timer_bar_start_requested(favourites[number - 1].id)

    def stop_timer(self) -> None:
        try:
            stopped = self.services.activities.stop()
        except LeadershipDeskError as error:
            self._show_error(error)
            return
        if stopped is not None:
            elapsed = format_duration(stopped.duration(self._now()).total_seconds())
            self._say(f"Stopped after {elapsed}.")
            self.data_changed.emit()

    def start_other(self) -> None:
        """Starts the timer on any category, chosen by typing part of its name (Ctrl+0)."""
        chosen = CategoryPicker.ask(self, "Start another category", "What are you doing now?",
                                    self.services.categories.active(),
                                    keywords=self.services.quick_entry.keywords())
        if chosen is not None:
            self._on_timer_bar_start_requested(chosen)

    def rename_running(self) -> None:
        """F2: the running activity's title, edited in place in the timer bar."""
        if not self.timer_bar.edit_title():
            self._say("Nothing is running to rename.")

    def _on_timer_bar_title_edited(self, title: str) -> None:
        running = self.services.activities.running()
        if running is None or running.title == title:
            return
        try:
            self.services.activities.update(running.with_changes(title=title))
        except LeadershipDeskError as error:
            self._show_error(error)
            return
        self._say("Renamed the running activity. Ctrl+Z undoes it.")
        self.data_changed.emit()

    def _on_tick_timer_timeout(self) -> None:
        now = self._now()
        self.timer_bar.tick(now)
        self._show_window_title(now)
        self.day_page.model.tick(now)
        if self._today() != self.day_page.today:
            self.refresh()

    def _on_heartbeat_timeout(self) -> None:
        try:
            self.services.profiles.mark_seen(self._now())
        except LeadershipDeskError as error:
            self._say(error.message)
        if self.services.activities.running() is not None:
            self._refresh_balance()

    # adding and editing

    def _on_day_page_add_requested(self, gap) -> None:
        if gap is None:
            self.add_activity()
        else:
            zone = self._zone()
            start, end = (instant.astimezone(zone) for instant in gap)
            self.add_activity(start=start, end=end)

    def add_activity(self, start: datetime | None = None, end: datetime | None = None) -> None:
        """The after-the-fact form: by default from the end of the day's previous activity
        to the next one (see default_slot)."""
        zone = self._zone()
        day = self.day_page.day
        if start is None:
            lo = day_start(day, zone)
            hi = day_start(day + timedelta(days=1), zone)
            start, end = default_slot(self.services.activities.on_day(day), lo, hi,
                                      self._now())
            start, end = start.astimezone(zone), end.astimezone(zone)
        form = ActivityForm(day=start.date(), start=start.time(), end=end.time() if end else None,
                            category_id=None)
        self._edit_loop(form)

    def quick_entry(self, text: str = "") -> None:
        """Quick entry (Ctrl+L) for the day on screen; each saved line refreshes the window."""
        dialog = QuickEntryDialog(self.services, self.day_page.day, self, text)
        dialog.saved.connect(self._on_quick_entry_saved)
        dialog.exec()

    def review_day(self) -> None:
        """Review my day (Ctrl+R) for the day on screen."""
        dialog = ReviewDialog(self.services, self.day_page.day, self)
        dialog.changed.connect(self.data_changed)
        dialog.edit_requested.connect(self.edit_activity)
        dialog.exec()

    def _on_quick_entry_saved(self, activity) -> None:
        if activity is not None:
            self._say(f"Added {self._name_of(activity)}. Ctrl+Z undoes it.")
        self.data_changed.emit()

    def edit_activity(self, activity_id: int) -> None:
        try:
            activity = self.services.activities.get(activity_id)
        except LeadershipDeskError as error:
            self._show_error(error)
            self.refresh()
            return
        zone = self._zone()
        start = activity.start.astimezone(zone)
        end = activity.end.astimezone(zone) if activity.end else None
        form = ActivityForm(
            day=start.date(),
            start=start.time(),
            end=end.time() if end else None,
            category_id=activity.category_id,
            title=activity.title,
            note=activity.note,
            school=activity.school,
            start_fold=start.fold,
            end_fold=end.fold if end else None,
            activity_id=activity.id,
        )
        self._edit_loop(form)

    def _edit_loop(self, form: ActivityForm) -> None:
        categories = list(self._categories.values())
        saved = ActivityEditor(self, self.services).run(form, categories)
        if saved is None:
            return
        verb = "Saved changes to" if form.activity_id else "Added"
        later = " It is later than now, so it counts once that time has come." \
            if saved.start > self._now() else ""
        self._say(f"{verb} {self._name_of(saved)}.{later} Ctrl+Z undoes it.")
        saved_day = saved.start.astimezone(self._zone()).date()
        if saved_day != self.day_page.day:
            self.day_page.go_to(saved_day)
        self.data_changed.emit()
        self.day_page.select_activity(saved.id)

    def _name_of(self, activity: Activity) -> str:
        return name_of(activity, self._categories)

    def delete_activity(self, activity_id: int) -> None:
        try:
            deleted = self.services.activities.delete(activity_id)
        except LeadershipDeskError as error:
            self._show_error(error)
            return
        self._say(f"Deleted {self._name_of(deleted)}. Ctrl+Z brings it back.")
        self.data_changed.emit()

    # undo and redo

    def undo(self) -> None:
        try:
            label = self.services.activities.undo()
        except LeadershipDeskError as error:
            self._say(error.message)
            return
        self._say(f"Undone: {label}.")
        self.data_changed.emit()

    def redo(self) -> None:
        try:
            label = self.services.activities.redo()
        except LeadershipDeskError as error:
            self._say(error.message)
            return
        self._say(f"Redone: {label}.")
        self.data_changed.emit()

    # dialogs

    def open_planning(self) -> None:
        from leadership_desk.ui.planning_dialog import PlanningDialog

        if PlanningDialog.ask(self, self.services):
            self.data_changed.emit()

    def open_settings(self) -> None:
        profiles = self.services.profiles
        answer = SettingsDialog.ask(self, profiles.profile(), profiles.reminder_settings(),
                                    self.services.folders.settings(),
                                    open_planning=self.open_planning)
        if answer is None:
            return
        profile, reminders, *folders = answer
        change = None
        try:
            if profile.role is not self.services.roles.role():
                change = self.services.roles.set_role(profile.role)
            profiles.save(profile)
            profiles.save_reminder_settings(reminders)
            if folders:
                self.services.folders.save(folders[0])
                self.summary_folders.start()
        except LeadershipDeskError as error:
            self._show_error(error)
            return
        self._say("Settings saved." if change is None else f"Settings saved. {change.line()}")
        self.data_changed.emit()

    def open_categories(self) -> None:
        dialog = CategoriesDialog(self.services.categories, self)
        dialog.categories_changed.connect(self.data_changed)
        dialog.exec()

    def show_shortcuts(self) -> None:
        ShortcutsDialog.ask(self)

    def show_about(self) -> None:
        QMessageBox.about(
            self, f"About {APP_NAME}",
            f"<b>{APP_NAME} {__version__}</b><p>Your log stays on this computer:<br>"
            f"{self.services.path}</p>",
        )

    def _on_backup_actions_busy_changed(self, busy: bool) -> None:
        # no saves while a restore rewrites the log underneath
        self.centralWidget().setEnabled(not busy)
        self.menuBar().setEnabled(not busy)
        if busy:
            self._heartbeat.stop()
        else:
            self._heartbeat.start()

    def dragEnterEvent(self, event) -> None:  # Qt's name
        if any(url.toLocalFile().lower().endswith(".ics") for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # Qt's name
        for url in event.mimeData().urls():
            if url.toLocalFile().lower().endswith(".ics"):
                event.acceptProposedAction()
                self.calendar_actions.import_file(Path(url.toLocalFile()), self.day_page.day)
                return

    def bring_to_front(self) -> None:
        """Shown when a second start of the app asks for this window."""
        log.info("A second start asked for this window; bringing it to the front")
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # window state

    def _restore_geometry(self) -> None:
        geometry = QSettings(APP_NAME, APP_NAME).value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            fit_to_screen(self, 1280, 720)  # a school laptop may have 1024x600

    def closeEvent(self, event) -> None:  # Qt's name
        if not self._tick_timer.isActive():  # already closed once
            super().closeEvent(event)
            return
        if self.tray_controller.keeps_running_on_close():
            event.ignore()
            self.hide()
            return
        self._tick_timer.stop()
        self._heartbeat.stop()
        self.summary_folders.stop()
        # an import stops between files; a backup, restore or export is let finish writing
        Worker.finish_all()
        QSettings(APP_NAME, APP_NAME).setValue("main_window/geometry", self.saveGeometry())
        # closing must not be blocked; the timer itself is already saved
        with contextlib.suppress(LeadershipDeskError):
            self.services.profiles.mark_seen(self._now())
        super().closeEvent(event)
