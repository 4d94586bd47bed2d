"""The planning commands end to end, in a subprocess: plan --json, blocks, no-school,
follow-up, and report's planning members."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import run

pytestmark = pytest.mark.slow


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "plan.sqlite3"
    run(path, "config", "set", "timezone", "America/Los_Angeles")
    return path


def test_plan_json_lists_the_weeks_blocks_and_skips_days_without_school(db):
    for day, start, end, slug, title in (
            ("tue", "8:30", "10:00", "observation-walkthrough", "Walkthroughs"),
            ("thu", "8:30", "10:00", "observation-walkthrough", "Walkthroughs"),
            ("wed", "13:00", "14:00", "professional-learning", "PLC")):
        run(db, "blocks", "add", "--day", day, "--start", start, "--end", end,
            "--category", slug, "--title", title, "--from", "2030-01-01")
    run(db, "no-school", "add", "2030-01-10", "--label", "Work day")  # a Thursday
    plan = json.loads(run(db, "plan", "--week", "2030-01-09", "--json").stdout)
    assert set(plan) == {"from", "to", "school_days", "goal_share",
                         "planned_instruction_minutes", "usual_management_minutes",
                         "instruction_minutes_needed", "instruction_minutes_short", "summary",
                         "items"}
    assert (plan["from"], plan["to"]) == ("2030-01-07", "2030-01-13")
    assert plan["school_days"] == ["2030-01-07", "2030-01-08", "2030-01-09", "2030-01-11"]
    # Tue 90 + Wed 60 minutes; Thursday's block falls on the work day
    assert plan["planned_instruction_minutes"] == 150
    assert plan["usual_management_minutes"] is None  # nothing logged before
    assert plan["summary"] == ("Planned: 2 h 30 min of instruction. Log a few weeks to see "
                               "what 75% needs.")
    assert [(i["date"], i["start"], i["minutes"], i["category"], i["title"], i["source"])
            for i in plan["items"]] == [
        ("2030-01-08", "2030-01-08T08:30:00-08:00", 90.0, "observation-walkthrough",
         "Walkthroughs", "block"),
        ("2030-01-09", "2030-01-09T13:00:00-08:00", 60.0, "professional-learning", "PLC",
         "block")]


def test_planning_commands_refuse_in_one_line(db):
    bad = run(db, "blocks", "add", "--day", "tue", "--start", "8:30", "--end", "10:00",
              "--category", "office-email", check=False)
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert bad.stderr.count("\n") == 1 and "instructional time" in bad.stderr
    assert run(db, "plan", "--week", "someday", check=False).returncode == 1
    assert run(db, "blocks", "remove", "99", check=False).returncode == 1
    roles = json.loads(run(db, "follow-up", "list", "--json").stdout)
    assert {r["slug"]: r["role"] for r in roles} == {
        "observation-walkthrough": "observation", "feedback-coaching": "feedback",
        "teacher-evaluation": "feedback"}
    run(db, "follow-up", "set", "teacher-evaluation", "none")
    assert len(json.loads(run(db, "follow-up", "list", "--json").stdout)) == 2


def test_report_json_gains_the_planning_members(db):
    run(db, "blocks", "add", "--day", "tue", "--start", "9:00", "--end", "10:00",
        "--category", "observation-walkthrough", "--from", "2025-11-01")
    run(db, "log", "--start", "2025-11-04T09:00", "--end", "2025-11-04T09:30",  # a Tuesday
        "--category", "observation-walkthrough")
    run(db, "log", "--start", "2025-11-05T09:00", "--end", "2025-11-05T10:00",
        "--category", "feedback-coaching")
    report = json.loads(run(db, "report", "--from", "2025-11-03", "--to", "2025-11-07",
                            "--json").stdout)
    # 60 of 90 instruction minutes are high leverage; the walkthrough was followed a day later
    assert report["high_leverage_share"] == round(60 / 90, 4)
    assert report["follow_through"] == {"observations": 1, "followed": 1, "share": 1.0}
    # Tuesday's block 9:00-10:00 had 30 of its 60 minutes logged: not kept (48 needed)
    assert report["planned"] == {"instruction_minutes": 60.0, "blocks": 1, "blocks_kept": 0}
