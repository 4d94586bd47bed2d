"""The IAS's role in the window: the first run, Settings, the tabs, the school on the form."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

from PySide6.QtCore import Qt

from leadership_desk.app import prepare
from leadership_desk.domain.activities import Activity
from leadership_desk.domain.roles import Role
from leadership_desk.services.container import open_services
from leadership_desk.ui.activity_dialog import ActivityDialog, ActivityForm
from leadership_desk.ui.first_run_dialog import FirstRunDialog
from leadership_desk.ui.settings_dialog import SettingsDialog

TODAY = date(2026, 11, 17)


def tab_names(window) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_the_first_run_asks_an_ias_for_a_network_not_a_school(qtbot, services):
    dialog = FirstRunDialog(services.profiles.profile(), services.categories.all(),
                            ias_categories=services.roles.default_categories(Role.IAS))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.school_edit.isVisible() and not dialog.form.network_edit.isVisible()
    assert dialog.category_list.count() == 21
    dialog.ias_radio.click()
    assert not dialog.form.school_edit.isVisible() and dialog.form.network_edit.isVisible()
    assert dialog.category_list.count() == 15
    assert dialog.category_list.item(0).text().startswith("Walkthroughs & observation")
    dialog.form.name_edit.setText("Morgan Lee")
    dialog.form.school_edit.setText("")
    dialog.form.network_edit.setText("North")
    dialog.accept()
    profile = dialog.result_profile
    assert (profile.role, profile.name, profile.network, profile.school) == (
        Role.IAS, "Morgan Lee", "North", "")
    dialog.principal_radio.click()  # a principal still needs a school
    dialog.result_profile = None
    dialog.accept()
    assert dialog.result_profile is None and "school" in dialog.error_label.text()


def test_a_new_ias_starts_with_their_categories_and_the_schools_tab(qtbot, tmp_path, clock,
                                                                     monkeypatch):
    s = open_services(tmp_path / "fresh.sqlite3", clock=clock,
                      default_zone="America/Los_Angeles")

    def ask(cls, parent, profile, categories, ias_categories=None):
        return replace(profile, name="Morgan Lee", network="North", role=Role.IAS)

    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(ask))
    window = prepare(s)
    qtbot.addWidget(window)
    assert s.roles.role() is Role.IAS and s.profiles.profile().network == "North"
    assert all(c.slug.startswith("ias-") for c in s.categories.active())
    assert tab_names(window) == ["My day", "Dashboard", "Schools"]  # none imported yet
    assert "North" in window.windowTitle()
    s.activities.start(s.categories.by_slug("ias-coaching").id)
    clock.advance(minutes=30)
    window.refresh()
    card = window.balance_panel.cards[0]
    assert card.share_label.text() == "100%"
    assert card.words_label.text() == "instructional support share"
    assert card.words_label.isVisibleTo(window)
    assert "instructional support" in window.balance_panel.goal_label.text()
    assert "instructional support" in window.day_page.summary_label.text()
    window.close()
    s.close()


def test_an_ias_names_the_school_when_starting_the_timer(qtbot, tmp_path, clock, monkeypatch):
    s = open_services(tmp_path / "ias.sqlite3", clock=clock, default_zone="America/Los_Angeles")
    s.roles.set_role(Role.IAS)
    s.profiles.complete_setup(replace(s.profiles.profile(), name="Morgan Lee", role=Role.IAS))
    s.visits.add(Activity(category_id=s.categories.by_slug("ias-coaching").id,
                          start=clock.now - timedelta(hours=2),
                          end=clock.now - timedelta(hours=1), zone="America/Los_Angeles",
                          school="A1"), school_name="Adams Elementary")
    window = prepare(s)
    qtbot.addWidget(window)
    combo = window.timer_bar.school_combo
    assert not combo.isHidden()
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "For no school", "For Adams Elementary"]
    coaching = s.categories.by_slug("ias-coaching").id
    window._on_timer_bar_start_requested(coaching)
    assert s.activities.running().school is None  # network or office work
    clock.advance(minutes=10)
    combo.setCurrentIndex(1)
    window._on_timer_bar_start_requested(coaching)  # the same category, now for a school
    assert s.activities.running().school == "A1"
    assert "at Adams Elementary" in window.status_label.text()
    window.close()
    s.close()


def test_settings_switch_the_role_and_what_the_window_shows(qtbot, window, services,
                                                            monkeypatch):
    assert tab_names(window) == ["My day", "Dashboard"]  # a principal without summaries
    assert window.timer_bar.school_combo.isHidden() and window.timer_bar.school() is None
    reminders = services.profiles.reminder_settings()
    as_ias = replace(services.profiles.profile(), role=Role.IAS, network="North")
    monkeypatch.setattr(SettingsDialog, "ask",
                        classmethod(lambda cls, *a, **k: (as_ias, reminders)))
    window.open_settings()
    assert services.roles.role() is Role.IAS
    assert tab_names(window) == ["My day", "Dashboard", "Schools"]
    assert list(window.timer_bar.buttons) == [c.id for c in services.categories.favourites()]
    assert services.categories.favourites()[0].slug == "ias-co-observation"
    assert "15 categories added" in window.status_label.text()
    as_principal = replace(as_ias, role=Role.PRINCIPAL)
    monkeypatch.setattr(SettingsDialog, "ask",
                        classmethod(lambda cls, *a, **k: (as_principal, reminders)))
    window.open_settings()
    assert services.roles.role() is Role.PRINCIPAL
    assert tab_names(window) == ["My day", "Dashboard"]


def test_the_form_offers_known_schools_and_takes_a_new_one(qtbot, services):
    categories = services.categories.active()
    form = ActivityForm(day=TODAY, start=time(8), end=time(9), category_id=categories[0].id,
                        school="A1")
    dialog = ActivityDialog(form, categories, [], "", None, None,
                            [("A1", "Adams"), ("B2", "Burbank")])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.school_combo.currentText() == "Adams (A1)"
    assert dialog.value().school == "A1" and dialog.value().school_name == ""
    dialog.school_combo.setCurrentIndex(0)
    assert dialog.value().school is None
    dialog.school_combo.setCurrentIndex(dialog.school_combo.count() - 1)
    assert dialog.new_school_id.isVisible()
    dialog.new_school_id.setText("C3")
    dialog.new_school_name.setText("Cleveland High")
    assert (dialog.value().school, dialog.value().school_name) == ("C3", "Cleveland High")
    principal = ActivityDialog(form.with_changes(school=None), categories, [], "")
    qtbot.addWidget(principal)
    principal.show()
    assert not principal.school_combo.isVisible()


def test_an_ias_adds_a_visit_with_a_new_school_from_the_window(qtbot, window, services,
                                                               monkeypatch):
    services.roles.set_role(Role.IAS)
    window.refresh()
    coaching = services.categories.by_slug("ias-coaching")
    form = ActivityForm(day=TODAY, start=time(8), end=time(9), category_id=coaching.id,
                        school="C3", school_name="Cleveland High")
    offered = []

    def ask(cls, parent, form_in, categories, titles, error="", **options):
        offered.append(options.get("schools"))
        return form

    monkeypatch.setattr(ActivityDialog, "ask", classmethod(ask))
    window.add_activity()
    assert services.activities.get(1).school == "C3"
    assert services.visits.name_of("C3") == "Cleveland High"
    assert offered == [[]]  # an IAS is offered the schools (none known yet)


def test_the_day_shows_the_school_after_the_title(qtbot, window, services):
    from leadership_desk.domain.activities import Activity
    from tests.helpers import local

    services.roles.set_role(Role.IAS)
    coaching = services.categories.by_slug("ias-coaching").id
    for start, end, title, school, name in (("08:00", "09:00", "Debrief", "A1", "Adams"),
                                            ("09:00", "09:30", "", "A1", None),
                                            ("09:30", "10:00", "Email", None, None)):
        services.visits.add(Activity(category_id=coaching, start=local(f"2026-11-17 {start}"),
                                     end=local(f"2026-11-17 {end}"), title=title,
                                     zone="America/Los_Angeles", school=school), name)
    window.refresh()
    model = window.day_page.model
    titles = [model.index(row, 5).data() for row in range(model.rowCount())]
    assert titles == ["Debrief · Adams", "Adams", "Email"]


def test_quick_entry_lines_carry_the_chosen_school(qtbot, services):
    from leadership_desk.domain.activities import Activity
    from leadership_desk.ui.quick_entry_dialog import QuickEntryDialog
    from tests.helpers import local

    services.roles.set_role(Role.IAS)
    services.visits.add(Activity(category_id=services.categories.by_slug("ias-teams").id,
                                 start=local("2026-11-16 08:00"), end=local("2026-11-16 09:00"),
                                 zone="America/Los_Angeles", school="A1"), "Adams")
    dialog = QuickEntryDialog(services, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.school_combo.isVisible() and dialog.school_combo.count() == 3
    dialog.school_combo.setCurrentIndex(1)
    dialog.line.setText("8:00-9:00 @ias-coaching debrief")
    assert "at Adams (A1)" in dialog.preview.text()
    assert dialog.submit()
    dialog.school_combo.setCurrentIndex(0)
    dialog.line.setText("9:00-9:20 @ias-travel")
    assert dialog.submit()
    dialog.school_combo.setCurrentIndex(dialog.school_combo.count() - 1)  # a new school
    assert dialog.new_school_id.isVisible()
    dialog.new_school_id.setText("C3")
    dialog.line.setText("9:20-9:50 @ias-teams")
    assert not dialog.submit() and "name" in dialog.preview.text()  # the name is needed
    dialog.new_school_name.setText("Cleveland High")
    dialog.line.setText("9:20-9:50 @ias-teams")
    assert "at Cleveland High" in dialog.preview.text()
    assert dialog.submit()
    assert dialog.school_combo.currentText() == "Cleveland High (C3)"  # kept for the next
    saved = services.activities.on_day(TODAY)
    assert [a.school for a in saved] == ["A1", None, "C3"]
    assert services.visits.name_of("C3") == "Cleveland High"


def test_an_ias_sees_their_own_dashboard(qtbot, window, services):
    from leadership_desk.domain.activities import Activity
    from leadership_desk.ui.ias_dashboard_page import IasDashboardPage
    from tests.helpers import local

    services.roles.set_role(Role.IAS)
    window.refresh()
    coaching = services.categories.by_slug("ias-coaching").id
    for day, school, name in (("2026-11-16", "A1", "Adams"), ("2026-10-20", "B2", "Burbank")):
        services.visits.add(Activity(category_id=coaching, start=local(f"{day} 08:00"),
                                     end=local(f"{day} 09:00"), zone="America/Los_Angeles",
                                     school=school), name)
    window.show_dashboard()
    page = window.dashboard_page
    assert isinstance(page, IasDashboardPage)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.reload()
    assert page.share_label.text().startswith("100% instructional support this school year")
    assert "No visit in the last 14 days: Burbank (last " in page.visits_label.text()
    assert "Adams" not in page.visits_label.text()
    # a whole network waiting: six named, longest first, the rest counted and in the tooltip
    for n in range(10):
        services.visits.add(Activity(category_id=coaching, start=local(f"2026-10-{n + 1:02d} "
                                                                      "08:00"),
                                     end=local(f"2026-10-{n + 1:02d} 09:00"),
                                     zone="America/Los_Angeles", school=f"S{n}"), f"School {n}")
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.reload()
    text = page.visits_label.text()
    assert text.startswith("No visit in the last 14 days: 11 schools, the longest waiting "
                           "first: School 0 (last Oct 1, 2026); School 1")
    assert text.endswith("School 5 (last Oct 6, 2026); and 5 more (point here to see them "
                         "all).")
    assert page.visits_label.toolTip().count("\n") == 10 and "Burbank" in \
        page.visits_label.toolTip()
    assert "Burbank: 0 h this month, 1.0 h this school year" in page.support_view.description
    assert page.need_view.canvas is not None


def test_the_schools_table_shows_the_ias_own_support_hours(qtbot, window, services, tmp_path,
                                                           qtmodeltester):
    from leadership_desk.domain.activities import Activity
    from leadership_desk.ui.school_table_model import SUPPORT_COLUMN
    from tests.helpers import local
    from tests.services.test_rollup import summary

    for school in ("A1", "B2"):
        (tmp_path / f"{school}.json").write_bytes(summary(school, (30, 90), (30, 90)))
    services.imports.import_paths([tmp_path / "A1.json", tmp_path / "B2.json"])
    services.roles.set_role(Role.IAS)
    for slug, start, end, school in (("ias-coaching", "08:00", "10:00", "A1"),
                                     ("ias-personnel", "10:00", "10:30", "A1"),
                                     ("ias-travel", "10:30", "11:00", None)):
        services.visits.add(Activity(category_id=services.categories.by_slug(slug).id,
                                     start=local(f"2026-11-16 {start}"),
                                     end=local(f"2026-11-16 {end}"),
                                     zone="America/Los_Angeles", school=school))
    window.refresh()
    page = window.show_schools()
    model = page.model
    qtmodeltester.check(model)
    assert model.headerData(SUPPORT_COLUMN, Qt.Orientation.Horizontal) == "Your support"
    assert not page.table.isColumnHidden(SUPPORT_COLUMN)
    cells = {model.row(r).school_id: (model.index(r, SUPPORT_COLUMN).data(),
                                      model.index(r, SUPPORT_COLUMN).data(
                                          Qt.ItemDataRole.UserRole))
             for r in range(model.rowCount())}
    assert cells == {"A1": ("2 h 30 min", 2.5), "B2": ("none yet", 0.0)}
    services.roles.set_role(Role.PRINCIPAL)  # a principal with summaries: no such column
    window.refresh()
    assert page.table.isColumnHidden(SUPPORT_COLUMN)


def test_file_export_writes_an_ias_network_summary(qtbot, window, services, tmp_path,
                                                   monkeypatch):
    from leadership_desk.exchange.network_summary import parse_network_summary
    from leadership_desk.ui.network_actions import NetworkActions

    assert window.export_action.text() == "&Export summary for my IAS…"
    services.roles.set_role(Role.IAS)
    services.profiles.set("network", "North")
    window.refresh()
    assert window.export_action.text() == "&Export network summary…"
    out = tmp_path / "north.json"
    monkeypatch.setattr(NetworkActions, "ask_path", classmethod(lambda cls, *a: out))
    with qtbot.waitSignal(window.network_actions.exported, timeout=20000):
        window.export_action.trigger()
    doc = parse_network_summary(out.read_bytes())
    assert doc["ias"] == {"name": "Pat Lee", "network": "North"}
    assert "network summary" in window.status_label.text()


def test_the_schools_are_grouped_by_network_for_the_assistant_superintendent(
        qtbot, window, services, tmp_path):
    from leadership_desk.exchange.network_summary import NetworkInput, build_network_summary
    from leadership_desk.exchange.summary import dumps
    from leadership_desk.ui.school_table_model import NETWORK_COLUMN
    from tests.exchange.test_network_summary import CATEGORIES
    from tests.services.test_rollup import summary

    for school in ("A1", "B2", "C3"):
        (tmp_path / f"{school}.json").write_bytes(summary(school, (30, 90), (30, 90)))
    for number, (ias, network, schools, minutes) in enumerate((
            ("Morgan Lee", "North", ["C3"], {"instruction": 60, "management": 20, "other": 0}),
            ("Sam Ortiz", "South", ["A1"], {"instruction": 10, "management": 30, "other": 0}))):
        doc = build_network_summary(NetworkInput(
            export_id=f"00000000-0000-4000-8000-00000000000{number}",
            generated_at=services.clock(), app_version="test", ias=ias, network=network,
            first=date(2026, 11, 16), last=date(2026, 11, 16), time_zone="America/Los_Angeles",
            goal_share=0.75, categories=CATEGORIES[:2], minutes=minutes, days_logged=1,
            by_category={"ias-coaching": minutes["instruction"],
                         "ias-personnel": minutes["management"]},
            weeks=[(date(2026, 11, 16), minutes)],
            by_school={schools[0]: minutes}, schools=[]))
        (tmp_path / f"{network}.json").write_bytes(dumps(doc))
    page = window.show_schools()
    page.import_paths([tmp_path])
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=20000)
    qtbot.waitUntil(lambda: not page.table.isColumnHidden(NETWORK_COLUMN), timeout=20000)
    proxy = page.proxy
    shown = [(proxy.index(r, 0).data(), proxy.index(r, NETWORK_COLUMN).data())
             for r in range(proxy.rowCount())]
    # 60 / (60 + 20) = 75%; 10 / (10 + 30) = 25%
    assert shown == [("C3", "North (Morgan Lee: 75% instructional support)"),
                     ("A1", "South (Sam Ortiz: 25% instructional support)"),
                     ("B2", "not in a network summary")]
