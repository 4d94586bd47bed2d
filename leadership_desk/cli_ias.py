"""The IAS's commands: `role` and `report --by-school` (imported only when they run)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from leadership_desk.domain.balance import format_duration, format_share
from leadership_desk.domain.periods import Period
from leadership_desk.domain.roles import Role
from leadership_desk.errors import DatabaseInUseError, LeadershipDeskError

if TYPE_CHECKING:
    from leadership_desk.services.container import Services

# what `network --json` adds to each network from the Schools view's rows
SIDE_FIELDS = ("schools_with_share", "median_instruction_share", "mean_instruction_share",
               "need_attention", "below_goal")


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Registers `role get|set` and `network`."""
    network = sub.add_parser("network", parents=[common],
                             help="the network summaries imported from IASs, one per IAS")
    network.add_argument("--json", action="store_true")
    role = sub.add_parser("role", parents=[common],
                          help="read or change who uses this log: principal or ias")
    actions = role.add_subparsers(dest="action", metavar="ACTION", required=True)
    get = actions.add_parser("get", parents=[common], help="print the role")
    get.add_argument("--json", action="store_true")
    put = actions.add_parser("set", parents=[common],
                             help="change the role (the categories change with it; "
                             "activities never do)")
    put.add_argument("role", choices=[r.value for r in Role])
    put.add_argument("--json", action="store_true")


def run(args: argparse.Namespace, s: Services) -> int:
    """`role get`, `role set` and `network`."""
    if args.command == "network":
        return _network(args, s)
    if args.action == "get":
        role = s.roles.role()
        print(json.dumps({"role": role.value, "label": role.label}) if args.json
              else role.value)
        return 0
    if not s.writable:
        raise DatabaseInUseError("Your log is open in the Leadership Desk app; close it first.")
    change = s.roles.set_role(Role(args.role))
    if args.json:
        print(json.dumps({"role": change.role.value, "label": change.role.label,
                          "categories_added": change.added,
                          "categories_restored": change.restored,
                          "categories_archived": change.archived}))
    else:
        print(change.line())
    return 0


def report_by_school(args: argparse.Namespace, s: Services, period: Period) -> int:
    """`report --by-school`: minutes by kind for each school served ("none": no school)."""
    by_school = s.visits.minutes_by_school(period)
    if args.json:
        print(json.dumps({"from": period.first.isoformat(), "to": period.last.isoformat(),
                          "by_school": by_school}, indent=2))
        return 0
    print(f"{period.first} to {period.last}, time by school served:")
    if not by_school:
        print("  Nothing logged in that period.")
    for school_id, minutes in sorted(by_school.items(), key=lambda item: item[0]):
        name = "(no school)" if school_id == "none" else s.visits.name_of(school_id)
        label = name if name == school_id or school_id == "none" else f"{name} ({school_id})"
        print(f"  {label:<40} instruction {format_duration(minutes['instruction'] * 60):>9}"
              f"  management {format_duration(minutes['management'] * 60):>9}"
              f"  other {format_duration(minutes['other'] * 60):>9}")
    return 0


def export_network(args: argparse.Namespace, s: Services, period: Period | None) -> int:
    """`export --format network-json`: the IAS's network summary (school year to date)."""
    if args.include_titles or args.reflection:
        raise LeadershipDeskError("A network summary carries totals only: no titles and no "
                                  "reflection.")
    doc = s.networks.build(period or s.networks.default_period())
    if args.preview:
        totals = doc["totals"]
        print(f"A network summary of {doc['ias']['name']} ({doc['ias']['network']}), "
              f"{doc['period']['from']} to {doc['period']['to']}: totals only (minutes by "
              f"kind, category, week and school; {len(doc['schools'])} schools' latest share "
              f"and flags); no notes, no titles. Instructional support share "
              f"{format_share(totals['instructional_support_share'])}.")
        return 0
    out = Path(args.out)
    s.networks.write(doc, out)
    print(f"Exported the network summary for {doc['period']['from']} to {doc['period']['to']} "
          f"to {out}")
    return 0


def refuse_principal_summary() -> None:
    """An IAS's log has no school: its summary for an IAS would be empty of one."""
    raise LeadershipDeskError("This log is an IAS's: a principal's summary (--format json) "
                              "would have no school. Use --format network-json for the "
                              "assistant superintendent.")


def _network(args: argparse.Namespace, s: Services) -> int:
    rows = s.networks.networks()
    # beside each network: its schools' figures as the Schools view shows them
    sides = s.networks.side_by_side(s.networks.school_rows())
    if args.json:
        print(json.dumps([row | {key: value for key, value in side.to_json().items()
                                 if key in SIDE_FIELDS}
                          for row, side in zip(rows, sides, strict=True)], indent=2))
        return 0
    if not rows:
        print("No network summaries imported yet. Use: leadership-desk import FILE-OR-FOLDER")
    for row, side in zip(rows, sides, strict=True):
        minutes = row["minutes"]
        print(f"{row['network'] or '(no network name)':<28} {row['ias']:<24} "
              f"{format_share(row['instructional_support_share']):>8} instructional support  "
              f"{format_duration((minutes['instruction'] + minutes['management']) * 60):>9}  "
              f"{len(row['schools'])} schools (median share "
              f"{format_share(side.median_share)}, {side.need_attention} need attention)  "
              f"{row['from']} to {row['to']}")
    return 0
