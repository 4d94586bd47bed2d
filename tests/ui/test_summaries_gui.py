"""Export from the principal's window; import, roll-up and drill-down in the IAS's window."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from leadership_desk.domain.periods import Period
from leadership_desk.services.container import open_services
from leadership_desk.ui.choice_dialog import ChoiceDialog
from leadership_desk.ui.export_dialog import ExportDialog, ExportRequest
from leadership_desk.ui.school_table_model import SchoolTableModel, trend_words
from tests.helpers import log


def test_export_dialog_previews_exactly_what_leaves(qtbot, services):
    a = log(services, "feedback-coaching", "2026-11-16 08:00", "2026-11-16 09:00", "Debrief")
    services.activities.update(a.with_changes(note="about a student"))
    dialog = ExportDialog(services)
    qtbot.addWidget(dialog)
    text = dialog.preview.toPlainText()
    assert "Activity titles: not included" in text and "Private notes: never included" in text
    assert "about a student" not in text
    dialog.titles_check.setChecked(True)
    text = dialog.preview.toPlainText()
    assert "Debrief (Feedback & coaching, 1 h)" in text
    assert ("PDF report (.pdf): totals by kind, category and week (not by day); 1 activity "
            "title; no reflection") in text
    assert ".csv" not in text  # only the files chosen are described
    dialog.csv_check.setChecked(True)
    assert ("Spreadsheet (.csv): minutes by day and category only; no activity titles, "
            "no reflection") in dialog.preview.toPlainText()
    dialog.reflection_edit.setPlainText("Need coverage on Tuesdays")
    assert "Need coverage on Tuesdays" in dialog.preview.toPlainText()
    for check in (dialog.json_check, dialog.pdf_check, dialog.csv_check):
        check.setChecked(False)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    assert "at least one" in dialog.error_label.text()


def test_export_from_the_window_writes_and_records(qtbot, window, services, tmp_path,
                                                   monkeypatch):
    log(services, "feedback-coaching", "2026-11-16 08:00", "2026-11-16 09:00")
    doc = services.exports.build(services.exports.default_period())
    request = ExportRequest(doc, tmp_path, ("json", "pdf"))
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a: request))
    with qtbot.waitSignal(window.exported, timeout=20000) as blocker:
        window.export_action.trigger()
    files = sorted(Path(r.file).suffix for r in blocker.args[0])
    assert files == [".json", ".pdf"]
    assert [r.format for r in services.exports.history()] == ["pdf", "json"]
    assert window.status_label.text() == f"Exported the summary: JSON, PDF to {tmp_path}."
    # the same export again: the files there are replaced only when the principal says so
    asked = []
    monkeypatch.setattr(ChoiceDialog, "ask", classmethod(
        lambda cls, parent, title, text, options: asked.append(text) or 1))
    window.export_action.trigger()
    assert str(tmp_path) in asked[0] and asked[0].count(".json") == 1
    assert window.status_label.text().startswith("Nothing was exported")
    assert len(services.exports.history()) == 2  # nothing more written
    monkeypatch.setattr(ChoiceDialog, "ask", classmethod(lambda cls, *a: 0))
    with qtbot.waitSignal(window.exported, timeout=20000):
        window.export_action.trigger()
    assert len(services.exports.history()) == 4


def make_summaries(tmp_path, clock, count=3) -> list[Path]:
    files = []
    for n in range(count):
        p = open_services(tmp_path / f"p{n}.sqlite3", clock=clock,
                          default_zone="America/Los_Angeles")
        p.profiles.set("school_id", f"CA-{n}")
        p.profiles.set("school", f"School {n}")
        # instruction 30, 90 and 270 minutes against 60 of management: the third school
        # (82%) is above the goal, the others below it
        end = f"{8 + n:02d}:30" if n < 2 else "10:30"
        log(p, "feedback-coaching", f"2026-11-16 {8 if n < 2 else 6:02d}:00", f"2026-11-16 {end}")
        log(p, "office-email", "2026-11-16 11:00", "2026-11-16 12:00")
        out = tmp_path / "inbox" / f"s{n}.json"
        # the one day logged: a summary of the school year would be flagged as sparse
        monday = Period(date(2026, 11, 16), date(2026, 11, 16))
        p.exports.write(p.exports.build(monday), "json", out)
        files.append(out)
        p.close()
    return files


def test_schools_view_imports_sorts_filters_and_drills_down(qtbot, window, services, tmp_path,
                                                            clock, monkeypatch):
    make_summaries(tmp_path, clock)
    (tmp_path / "inbox" / "broken.json").write_text("not json")
    page = window.show_schools()
    assert window.tabs.currentWidget() is page and page.empty_label.isVisible()
    with qtbot.waitSignal(page.imported, timeout=20000) as blocker:
        page.import_paths([tmp_path / "inbox"])
    assert [r.status for r in blocker.args[0]].count("accepted") == 3
    assert "3 imported, 0 already there, 1 not imported" in page.results.toPlainText()
    assert page.proxy.rowCount() == 3
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # instruction share
    top = page.proxy.index(0, 0).data()
    assert top == "School 2"
    page.filter_edit.setText("school 1")
    assert page.proxy.rowCount() == 1
    page.filter_edit.setText("")
    page.attention_check.setChecked(True)
    shown_names = {page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())}
    assert shown_names == {"School 0", "School 1"}  # School 2 is above the goal

    shown = []
    monkeypatch.setattr("leadership_desk.ui.schools_page.SchoolDialog.exec",
                        lambda self: shown.append(self.windowTitle()))
    page.attention_check.setChecked(False)
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # the keyboard opens it too
    assert shown and "School 2" in shown[0]


def test_schools_view_accepts_dropped_files(qtbot, window, tmp_path, clock):
    make_summaries(tmp_path, clock, count=1)
    page = window.show_schools()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "inbox" / "s0.json"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(page.imported, timeout=20000):
        page.dropEvent(event)
    assert page.proxy.rowCount() == 1


def test_roll_up_export_from_the_schools_view(qtbot, window, tmp_path, clock):
    make_summaries(tmp_path, clock, count=2)
    page = window.show_schools()
    with qtbot.waitSignal(page.imported, timeout=20000):
        page.import_paths([tmp_path / "inbox"])
    with qtbot.waitSignal(page.exported, timeout=20000):
        page.export_rollup(tmp_path / "rollup.csv")
    text = (tmp_path / "rollup.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("school_id,school,principal")
    assert len(text.splitlines()) == 3


def test_principal_window_hides_schools_until_asked(window):
    assert window.schools_page is None
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["My day",
                                                                             "Dashboard"]


def test_school_table_model(qtmodeltester, services, tmp_path, clock):
    make_summaries(tmp_path, clock, count=2)
    services.imports.import_paths([tmp_path / "inbox"])
    from leadership_desk.ui.school_table_model import SchoolTableModel

    model = SchoolTableModel()
    model.set_rows(services.rollup.rows())
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "School 0"
    assert trend_words([0.1, None, 0.99], 0.75) == \
        "Instruction share by week, last 3 weeks: 10%, no data, 99%; goal 75%"
    assert json.dumps(model.row(0).to_json())


def test_what_i_have_shared(qtbot, qtmodeltester, window, services, tmp_path, monkeypatch):
    from leadership_desk.ui.shared_dialog import SharedDialog

    log(services, "feedback-coaching", "2026-11-16 08:00", "2026-11-16 09:00", "Debrief")
    doc = services.exports.build(services.exports.default_period(), reflection="hi",
                                 include_titles=True)
    for fmt in ("json", "csv", "pdf"):
        services.exports.write(doc, fmt, tmp_path / f"s.{fmt}")
    shown = []
    monkeypatch.setattr(SharedDialog, "exec", lambda self: shown.append(self))
    window.summary_actions.show_history()
    dialog = shown[0]
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.heading.text().startswith("1 summary exported from this log, in 3 files.")
    rows = {dialog.model.index(row, 2).data(): [dialog.model.index(row, c).data()
                                                 for c in range(6)]
            for row in range(dialog.model.rowCount())}
    assert rows["Spreadsheet (.csv)"][3:5] == ["not in this file", "not in this file"]
    assert rows["PDF report"][3:5] == ["included", "included"]
    assert rows["Summary (.json)"][5] == str(tmp_path / "s.json")
    assert rows["PDF report"][1] == "Nov 16 – 17, 2026"  # from the first day logged


def test_a_school_named_like_mathtext_draws_as_typed(qtbot, services, tmp_path, clock):
    from leadership_desk.services.rollup_service import school_detail
    from leadership_desk.ui.school_dialog import SchoolDialog

    name = r"Budget $\undefinedmacro$ school"
    make_summaries(tmp_path, clock, count=1)
    services.imports.import_paths([tmp_path / "inbox"])
    school_id = services.rollup.rows()[0].school_id
    services.db.execute("UPDATE schools SET school = ?", [name])
    dialog = SchoolDialog(school_detail(services.rollup, school_id))
    qtbot.addWidget(dialog)
    dialog.trend_view.canvas.draw()  # raised ValueError (mathtext) before
    title = dialog.trend_view.figure.axes[0].get_title(loc="left")
    assert title.replace("\\$", "$") == f"{name}: instruction share"
    assert dialog.windowTitle().startswith(name)
    out = tmp_path / "rollup.pdf"
    services.rollup.write("pdf", out)
    assert out.stat().st_size > 0


def test_colour_marks_more_than_below_goal_and_the_trend_is_drawn(qtbot, services):
    from leadership_desk.services.rollup_service import SchoolRow
    from leadership_desk.ui.sparkline_delegate import SPARK_ROLE, spark_points

    def row(name, flags):
        return SchoolRow(school_id=name, school=name, principal="P", first=None, last=None,
                         exported_at=datetime(2026, 11, 16, tzinfo=UTC), goal=0.75,
                         minutes={"instruction": 0, "management": 0, "other": 0},
                         share=0.5, change=None, days_logged=1,
                         weekly_shares=[0.4, None, 0.6], flags=flags)

    model = SchoolTableModel()
    model.set_rows([row("Below", ["below goal"]), row("Falling", ["falling", "below goal"])])
    background = Qt.ItemDataRole.BackgroundRole
    assert model.index(0, 0).data(background) is None
    assert model.index(1, 0).data(background) is not None
    assert model.index(0, 6).data() == ""
    assert model.index(0, 6).data(SPARK_ROLE) == ([0.4, None, 0.6], 0.75)
    # 100% at the top, 0% at the bottom; a week without data breaks the line
    assert spark_points([1.0, None, 0.0, 0.5], 36, 26) == [[(3, 3)], [(23, 23), (33, 13)]]


def test_a_laptop_sees_each_school_its_share_and_what_needs_attention(qtbot, window, tmp_path,
                                                                     clock):
    window.services.imports.import_paths(make_summaries(tmp_path, clock))
    page = window.show_schools()
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    header = page.table.horizontalHeader()
    visible = page.table.viewport().width()
    for column in (0, 4, 9):  # school, instruction share, needs attention
        assert header.sectionViewportPosition(column) >= 0
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= visible
    # the flags wrap onto a second line instead of being cut short
    assert page.table.wordWrap() and header.sectionSize(9) < 260
