"""The assistant superintendent's Schools view: schools known only from network summaries,
marked so, in the chart and the filters; the networks side by side above them."""

from __future__ import annotations

from leadership_desk.domain.roles import Role
from leadership_desk.ui.school_table_model import FLAGS_COLUMN, NETWORK_COLUMN
from tests.network_fixtures import network_summary, school
from tests.services.test_rollup import summary


def import_networks(qtbot, window, services, tmp_path):
    services.roles.set_role(Role.IAS)
    window.refresh()
    (tmp_path / "north.json").write_bytes(network_summary(
        "Morgan Lee", "North", [school("B2", "Bayview", 0.80, ("falling",)),
                                school("H8", "Holly", 0.90),
                                school("A1", "Adams per North", 0.99)],
        minutes=(600, 200, 100)))
    (tmp_path / "south.json").write_bytes(network_summary(
        "Avery Kim", "South", [school("D4", "Dogwood", 0.30, ("below goal",))],
        minutes=(300, 300, 0)))
    (tmp_path / "a1.json").write_bytes(summary("A1", (30, 90), (30, 90)))  # goal 50%
    page = window.show_schools()
    page.import_paths([tmp_path])
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=20000)
    return page


def cells(page, column: int) -> dict[str, str]:
    """{school id: the cell's text} over the rows the filters let through."""
    proxy = page.proxy
    return {page.model.row(proxy.mapToSource(proxy.index(r, 0)).row()).school_id:
            proxy.index(r, column).data() for r in range(proxy.rowCount())}


def test_schools_known_only_from_network_summaries_are_rows_marked_so(
        qtbot, window, services, tmp_path, qtmodeltester):
    page = import_networks(qtbot, window, services, tmp_path)
    qtmodeltester.check(page.model)
    # Adams sent their own summary: 30 of 120 minutes = 25%, which wins over North's 99%
    assert cells(page, 0) == {"A1": "A1", "B2": "Bayview\n(network summary)",
                              "H8": "Holly\n(network summary)",
                              "D4": "Dogwood\n(network summary)"}
    assert cells(page, 4)["A1"] == "25% (goal 50%)"
    assert cells(page, 4)["B2"] == "80% (goal 75%)"
    assert cells(page, 3)["B2"] == "Morgan Lee's network summary, Nov 16, 2026"
    assert cells(page, 7)["B2"] == "not sent"
    assert cells(page, NETWORK_COLUMN)["D4"] == "South (Avery Kim: 50% instructional support)"
    tip = page.model.index(1, 4).data(3)  # any cell of a network summary's school explains
    assert page.model.row(1).school_id == "B2" and "Morgan Lee's network summary" in tip
    # the chart shows them too: the latest share each network summary carries
    assert {(d.school_id, d.share) for d in page.chart.dots()} == {
        ("A1", 0.25), ("B2", 0.80), ("H8", 0.90), ("D4", 0.30)}
    assert "known only from a network summary: its latest share" in \
        page.chart.accessibleDescription()
    # and the filters: Holly alone has no flag
    page.attention_check.setChecked(True)
    assert sorted(cells(page, FLAGS_COLUMN)) == ["A1", "B2", "D4"]
    page.attention_check.setChecked(False)
    page.filter_edit.setText("Holl")
    assert list(cells(page, 0)) == ["H8"]
    # opening it says where its figures come from (it has no weeks to show)
    page.table.activated.emit(page.proxy.index(0, 0))
    assert "From Morgan Lee's network summary of Nov 16, 2026 (North)" in \
        page.results.toPlainText()


def test_the_networks_side_by_side_above_the_schools(qtbot, window, services, tmp_path,
                                                     qtmodeltester):
    page = import_networks(qtbot, window, services, tmp_path)
    table = page.networks_table
    assert table.isVisible()
    qtmodeltester.check(table.model_)
    rows = [[table.model_.index(r, c).data() for c in range(table.model_.columnCount())]
            for r in range(table.model_.rowCount())]
    assert rows == [
        # North: Bayview 80% and Holly 90% (Adams went with their own summary, and North
        # listed it: so 3 schools); median of 25%, 80%, 90% = 80%, mean 195 / 3 = 65%;
        # Bayview falling; Adams below its goal; 600 / (600 + 200) = 75%; 800 min = 13 h
        ["North", "Morgan Lee", "3", "80%", "65%", "1", "1", "75%", "13 h"],
        # South: Dogwood 30%, below goal; 300 / 600 = 50%; 600 min = 10 h
        ["South", "Avery Kim", "1", "30%", "30%", "0", "1", "50%", "10 h"]]
    # on a 1024x600 screen the chart gives the table room (150 pixels at 1366x768)
    assert page.chart.height() == 150
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: page.chart.height() == 100)
    # picking a network shows its schools
    table.activated.emit(table.model_.index(1, 0))
    assert page.filter_edit.text() == "South"
    assert sorted(cells(page, 0)) == ["D4"]


def test_no_network_summary_no_networks_table(qtbot, window, services, tmp_path):
    services.roles.set_role(Role.IAS)
    (tmp_path / "a1.json").write_bytes(summary("A1", (30, 90), (30, 90)))
    page = window.show_schools()
    page.import_paths([tmp_path])
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20000)
    assert not page.networks_table.isVisible()
    window.resize(1024, 600)  # without networks the chart keeps its height
    qtbot.waitUntil(lambda: page.height() < 560)
    assert page.chart.height() == 150
    assert page.export_button.isEnabled()
