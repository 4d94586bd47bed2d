"""The IAS's commands: `role` and `report --by-school` (imported only when they run)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from leadership_desk.domain.balance import format_duration
from leadership_desk.domain.periods import Period
from leadership_desk.domain.roles import Role
from leadership_desk.errors import DatabaseInUseError

if TYPE_CHECKING:
    from leadership_desk.services.container import Services


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Registers `role get|set`."""
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
    """`role get` and `role set`."""
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
