"""The summary in use for each school, and replacing it from the Schools view."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from leadership_desk.ui.choice_dialog import ChoiceDialog
from leadership_desk.ui.schools_page import SchoolsPage
from leadership_desk.ui.summaries_in_force_dialog import (
    FORGET,
    REPLACE,
    InForceRow,
    InForceTableModel,
    SummariesInForceDialog,
)
from tests.services.test_rollup import summary

LA = ZoneInfo("America/Los_Angeles")
AHEAD = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)  # a day after the clock fixture's now


def imported(services, tmp_path) -> Path:
    """Lincoln held by a summary from a computer whose clock ran a day ahead."""
    ahead = tmp_path / "ahead.json"
    ahead.write_bytes(summary("Lincoln", (60, 40), (50, 50), made=AHEAD))
    assert services.imports.import_file(ahead).status == "accepted"
    genuine = tmp_path / "genuine.json"
    genuine.write_bytes(summary("Lincoln", (60, 40), (70, 30)))
    # imported the usual way, the genuine one changes nothing: the other is "newer"
    assert services.imports.import_file(genuine).days_kept == 56
    return genuine


def test_the_summary_in_use_is_the_newest_by_export_time(services, tmp_path, qtmodeltester):
    imported(services, tmp_path)
    in_force = services.imports.in_force()["Lincoln"]
    assert (in_force.file, in_force.first, in_force.last, in_force.exported_at) == (
        str(tmp_path / "ahead.json"), date(2026, 9, 19), date(2026, 11, 13), AHEAD)
    model = InForceTableModel(LA)
    model.set_rows([InForceRow("Lincoln", "Lincoln", in_force)])
    qtmodeltester.check(model)
    shown = [model.data(model.index(0, c)) for c in range(3)]
    assert shown[:2] == ["Lincoln", "ahead.json"]
    assert shown[2].startswith("Sep 19") and "Nov 13" in shown[2]
    assert model.data(model.index(0, 3)).startswith("Nov 18")  # 04:00 in Los Angeles


def test_the_dialog_replaces_or_forgets_the_selected_school(qtbot, monkeypatch):
    rows = [InForceRow("A", "Adams", None), InForceRow("L", "Lincoln", None)]
    dialog = SummariesInForceDialog(rows, LA)
    qtbot.addWidget(dialog)
    assert dialog.model.data(dialog.model.index(0, 1)) == "not recorded"
    dialog.table.selectRow(1)
    dialog.replace_button.click()
    assert dialog.choice == (REPLACE, "L")
    answers = iter([1, 0])  # "Keep them", then "Forget"
    monkeypatch.setattr(ChoiceDialog, "ask", classmethod(lambda cls, *a: next(answers)))
    dialog = SummariesInForceDialog(rows, LA)
    qtbot.addWidget(dialog)
    dialog.forget_button.click()
    assert dialog.choice is None
    dialog.forget_button.click()
    assert dialog.choice == (FORGET, "A")


def test_replace_and_forget_from_the_schools_view(qtbot, services, tmp_path, monkeypatch):
    genuine = imported(services, tmp_path)
    page = SchoolsPage(services)
    qtbot.addWidget(page)
    assert page.model.row(0).share == 0.55  # (60 + 50) / 200: the days of the wrong one
    monkeypatch.setattr(SummariesInForceDialog, "ask", classmethod(
        lambda cls, parent, rows, zone: (REPLACE, rows[0].school_id)))
    monkeypatch.setattr("leadership_desk.ui.schools_page.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(genuine), ""))
    page.in_force_button.click()
    qtbot.waitUntil(lambda: page._worker is None, timeout=20000)
    assert page.results.toPlainText() == "genuine.json: accepted (Lincoln, 56 days)"
    assert page.model.row(0).share == 0.65  # (60 + 70) / 200
    assert services.imports.in_force()["Lincoln"].file == str(genuine)
    page.change_school("Lincoln", None)
    qtbot.waitUntil(lambda: page._worker is None, timeout=20000)
    assert page.results.toPlainText().startswith("Forgot Lincoln's summaries (56 days)")
    assert page.model.rowCount() == 0
