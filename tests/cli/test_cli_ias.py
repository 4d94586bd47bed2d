"""The IAS's commands end to end, in a subprocess: role, --school, report --by-school."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import run

pytestmark = pytest.mark.slow


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "ias.sqlite3"
    run(path, "config", "set", "timezone", "America/Los_Angeles")
    return path


def test_role_switch_and_school_per_activity(db):
    assert run(db, "role", "get").stdout.strip() == "principal"
    switched = json.loads(run(db, "role", "set", "ias", "--json").stdout)
    assert (switched["role"], switched["categories_added"], switched["categories_archived"]) \
        == ("ias", 15, 21)
    assert json.loads(run(db, "role", "get", "--json").stdout)["role"] == "ias"
    slugs = [c["slug"] for c in json.loads(run(db, "categories", "--json").stdout)
             if not c["archived"]]
    assert len(slugs) == 15 and slugs[0] == "ias-co-observation"

    refused = run(db, "log", "--start", "2026-11-16T08:00", "--end", "2026-11-16T09:00",
                  "--category", "ias-coaching", "--school", "0611111", check=False)
    assert refused.returncode == 1 and "--school-name" in refused.stderr
    assert "Traceback" not in refused.stderr
    run(db, "log", "--start", "2026-11-16T08:00", "--end", "2026-11-16T09:00",
        "--category", "ias-coaching", "--school", "0611111", "--school-name", "Hoover Middle")
    run(db, "log", "--start", "2026-11-16T09:00", "--end", "2026-11-16T09:15",
        "--category", "ias-personnel", "--school", "0611111")
    run(db, "log", "--start", "2026-11-16T09:15", "--end", "2026-11-16T09:45",
        "--category", "ias-travel")
    listed = json.loads(run(db, "list", "--date", "2026-11-16", "--json").stdout)
    assert [a["school"] for a in listed] == ["0611111", "0611111", None]
    report = json.loads(run(db, "report", "--by-school", "--json", "--from", "2026-11-16",
                            "--to", "2026-11-16").stdout)
    assert report["by_school"] == {
        "0611111": {"instruction": 60, "management": 15, "other": 0},
        "none": {"instruction": 0, "management": 0, "other": 30},
    }
    text = run(db, "report", "--by-school", "--from", "2026-11-16", "--to", "2026-11-16").stdout
    assert "Hoover Middle (0611111)" in text and "(no school)" in text
    own = run(db, "report", "--from", "2026-11-16", "--to", "2026-11-16").stdout
    assert "instructional support share 80%" in own  # 60 / (60 + 15)
    # switching back keeps the activities and how they count
    run(db, "role", "set", "principal")
    plain = json.loads(run(db, "report", "--json", "--from", "2026-11-16",
                           "--to", "2026-11-16").stdout)
    assert plain["minutes"] == {"instruction": 60, "management": 15, "other": 30}
    bad = run(db, "role", "set", "district", check=False)
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1


def test_start_takes_a_school(db):
    run(db, "role", "set", "ias")
    run(db, "start", "--category", "ias-teams", "--school", "B2", "--school-name", "Burbank")
    status = json.loads(run(db, "status", "--json").stdout)
    assert status["school"] == "B2" and status["category"] == "ias-teams"


def test_network_summary_export_import_and_list(db, tmp_path):
    run(db, "role", "set", "ias")
    run(db, "config", "set", "name", "Morgan Lee")
    run(db, "config", "set", "network", "North")
    run(db, "log", "--start", "2026-11-16T08:00", "--end", "2026-11-16T09:00",
        "--category", "ias-coaching", "--school", "A1", "--school-name", "Adams")
    run(db, "log", "--start", "2026-11-16T09:00", "--end", "2026-11-16T09:20",
        "--category", "ias-compliance")
    out = tmp_path / "north.json"
    run(db, "export", "--format", "network-json", "--out", str(out), "--from", "2026-11-16",
        "--to", "2026-11-16")
    assert json.loads(out.read_text())["format"] == "leadership-desk-network"
    district = tmp_path / "district.sqlite3"
    assert "accepted" in run(district, "import", str(out)).stdout
    rows = json.loads(run(district, "network", "--json").stdout)
    assert rows == [{"ias": "Morgan Lee", "network": "North", "from": "2026-11-16",
                     "to": "2026-11-16",
                     "minutes": {"instruction": 60, "management": 20, "other": 0},
                     "instructional_support_share": 0.75, "schools": ["A1"],
                     "by_school": {"A1": {"instruction": 60, "management": 0, "other": 0},
                                   "none": {"instruction": 0, "management": 20, "other": 0}},
                     # the IAS imported no principal's summary: A1 has no share to show
                     "schools_with_share": 0, "median_instruction_share": None,
                     "mean_instruction_share": None, "need_attention": 0, "below_goal": 0}]
    assert "North" in run(district, "network").stdout
    refused = run(db, "export", "--format", "network-json", "--out", str(out),
                  "--include-titles", check=False)
    assert refused.returncode == 1 and "totals only" in refused.stderr


def test_an_ias_gets_a_network_summary_not_a_principal_summary_without_a_school(db, tmp_path):
    run(db, "role", "set", "ias")
    out = tmp_path / "mine.json"
    refused = run(db, "export", "--format", "json", "--out", str(out), check=False)
    assert refused.returncode == 1 and not out.exists()
    assert refused.stderr.strip().splitlines() == [
        "leadership-desk: This log is an IAS's: a principal's summary (--format json) "
        "would have no school. "
        "Use --format network-json for the assistant superintendent."]
    run(db, "role", "set", "principal")  # a principal's log still exports its summary
    run(db, "export", "--format", "json", "--out", str(out))
    assert json.loads(out.read_text())["format"] == "leadership-desk-summary"


def test_schools_json_carries_schools_known_only_from_network_summaries(tmp_path):
    from tests.network_fixtures import network_summary, school
    from tests.services.test_rollup import summary

    (tmp_path / "north.json").write_bytes(network_summary("Morgan Lee", "North", [
        school("A1", "Adams", 0.9), school("B2", "Burbank", 0.4, ("falling", "below goal"))]))
    (tmp_path / "a1.json").write_bytes(summary("A1", (30, 90), (30, 90)))
    district = tmp_path / "district.sqlite3"
    run(district, "import", str(tmp_path / "north.json"), str(tmp_path / "a1.json"))
    rows = {r["school_id"]: r for r in json.loads(run(district, "schools", "--json").stdout)}
    assert (rows["A1"]["source"], rows["A1"]["instruction_share"]) == ("summary", 0.25)
    burbank = rows["B2"]
    assert (burbank["source"], burbank["instruction_share"], burbank["flags"],
            burbank["to"]) == ("network", 0.4, ["falling", "below goal"], "2026-11-13")
    assert burbank["network_summary"] == {"ias": "Morgan Lee", "network": "North",
                                          "generated_at": "2026-11-16T17:00:00+00:00"}
    text = run(district, "schools").stdout
    assert "Burbank" in text and "from Morgan Lee's network summary of 2026-11-16" in text
    # A1 25% and B2 40%: the median is 32.5%, shown rounded
    assert "2 schools (median share 32%, 1 need attention)" in run(district, "network").stdout
    side = json.loads(run(district, "network", "--json").stdout)[0]
    assert (side["median_instruction_share"], side["need_attention"]) == (0.325, 1)
