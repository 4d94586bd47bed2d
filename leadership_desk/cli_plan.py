"""The planning commands: `plan` (the week ahead), `no-school` (the school calendar),
`blocks` (protected blocks) and `follow-up` (which categories are observation or feedback).

Only argparse is imported here at start; the rest loads when one of these commands runs.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from leadership_desk.services.container import Services

COMMANDS = ("plan", "no-school", "blocks", "follow-up")


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    """Registers the planning commands on the main parser's subparsers."""
    plan = sub.add_parser("plan", parents=[common],
                          help="the week ahead: instruction planned against the goal")
    plan.add_argument("--week", metavar="D", help="a day of the week to plan (default: this "
                      "week from Monday to Thursday, next week from Friday)")
    plan.add_argument("--json", action="store_true")

    days = sub.add_parser("no-school", parents=[common],
                          help="days without school (holidays, breaks, work days)")
    days_sub = days.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = days_sub.add_parser("list", parents=[common], help="list them")
    listing.add_argument("--json", action="store_true")
    add = days_sub.add_parser("add", parents=[common], help="mark a day or a break")
    add.add_argument("first", metavar="D")
    add.add_argument("--to", dest="last", metavar="D", help="the last day of a break")
    add.add_argument("--label", default="", help="its name, such as Thanksgiving break")
    remove = days_sub.add_parser("remove", parents=[common], help="make days school days again")
    remove.add_argument("first", metavar="D")
    remove.add_argument("--to", dest="last", metavar="D")
    ics = days_sub.add_parser("import", parents=[common],
                              help="list a calendar file's all-day events, or mark them")
    ics.add_argument("file", metavar="FILE")
    ics.add_argument("--from", dest="date_from", metavar="D")
    ics.add_argument("--to", dest="date_to", metavar="D")
    ics.add_argument("--mark", choices=["suggested", "all"],
                     help="mark the suggested events (their names sound like no school) or "
                     "all of them; without it nothing is saved")
    ics.add_argument("--json", action="store_true")

    blocks = sub.add_parser("blocks", parents=[common],
                            help="protected weekly blocks of instructional time")
    blocks_sub = blocks.add_subparsers(dest="action", metavar="ACTION", required=True)
    blocks_list = blocks_sub.add_parser("list", parents=[common], help="list them")
    blocks_list.add_argument("--json", action="store_true")
    block_add = blocks_sub.add_parser("add", parents=[common], help="add a weekly block")
    block_add.add_argument("--day", required=True, help="Monday to Friday (mon, tue, ...)")
    block_add.add_argument("--start", required=True, metavar="HH:MM")
    block_add.add_argument("--end", required=True, metavar="HH:MM")
    block_add.add_argument("--category", required=True, metavar="SLUG")
    block_add.add_argument("--title", default="")
    block_add.add_argument("--from", dest="first_day", metavar="D",
                           help="the first day it applies (default today)")
    block_remove = blocks_sub.add_parser("remove", parents=[common], help="remove a block")
    block_remove.add_argument("id", type=int, metavar="ID")

    roles = sub.add_parser("follow-up", parents=[common],
                           help="which categories are observation and which are feedback")
    roles_sub = roles.add_subparsers(dest="action", metavar="ACTION", required=True)
    roles_list = roles_sub.add_parser("list", parents=[common], help="list them")
    roles_list.add_argument("--json", action="store_true")
    role_set = roles_sub.add_parser("set", parents=[common], help="set a category's role")
    role_set.add_argument("slug", metavar="SLUG")
    role_set.add_argument("role", choices=["observation", "feedback", "none"])


def run(args: argparse.Namespace, s: Services) -> int:
    """Runs one planning command; errors are raised as LeadershipDeskError."""
    from leadership_desk.errors import DatabaseInUseError

    changes = getattr(args, "action", "list") not in ("list", None) and not (
        args.command == "no-school" and args.action == "import" and not args.mark)
    if changes and not s.writable:
        raise DatabaseInUseError("Your log is open in the Leadership Desk app; "
                                 "change this in the app's Settings or close it first.")
    if args.command == "plan":
        return _plan(args, s)
    if args.command == "no-school":
        return _no_school(args, s)
    if args.command == "blocks":
        return _blocks(args, s)
    return _follow_up(args, s)


def report_members(period, by_category: dict[int, int], s: Services) -> dict:
    """What `report --json` gains: planned vs actual, follow-through, high-leverage share."""
    from leadership_desk.domain.week_plan import total_planned

    share = s.plans.high_leverage_share(by_category)
    return {"planned": total_planned(s.plans.planned_weeks(period)),
            "follow_through": s.plans.follow_through(period).to_json(),
            "high_leverage_share": None if share is None else round(share, 4)}


def print_report_members(data: dict) -> None:
    """The same three figures in words, under `report`."""
    from leadership_desk.domain.balance import format_duration, format_share

    planned, follow = data["planned"], data["follow_through"]
    print(f"  high-leverage share of instruction: {format_share(data['high_leverage_share'])}")
    print(f"  planned instruction: {format_duration(planned['instruction_minutes'] * 60)}; "
          f"protected blocks kept: {planned['blocks_kept']} of {planned['blocks']}")
    print(f"  observations followed by feedback within 2 school days: {follow['followed']} "
          f"of {follow['observations']} ({format_share(follow['share'])})")


def _plan(args: argparse.Namespace, s: Services) -> int:
    from leadership_desk.domain.balance import format_duration
    from leadership_desk.domain.periods import format_date, parse_date, week_of

    week = week_of(parse_date(args.week)) if args.week else None
    ahead = s.plans.week_ahead(week)
    zone = s.profiles.profile().zone
    categories = s.plans.categories()
    items = [{"date": i.start.astimezone(zone).date().isoformat(),
              "start": i.start.astimezone(zone).isoformat(),
              "end": i.end.astimezone(zone).isoformat(),
              "minutes": round(i.seconds / 60, 2),
              "category": categories[i.category_id].slug,
              "category_name": categories[i.category_id].name,
              "title": i.title, "source": "block" if i.is_block else "calendar"}
             for i in ahead.items]
    if args.json:
        def minutes(value):
            return None if value is None else round(value / 60, 2)
        print(json.dumps({
            "from": ahead.week.first.isoformat(), "to": ahead.week.last.isoformat(),
            "school_days": [d.isoformat() for d in ahead.school_days],
            "goal_share": ahead.goal,
            "planned_instruction_minutes": minutes(ahead.planned),
            "usual_management_minutes": minutes(ahead.usual_management),
            "instruction_minutes_needed": minutes(ahead.needed),
            "instruction_minutes_short": minutes(ahead.short),
            "summary": ahead.sentence(),
            "items": items}, indent=2))
        return 0
    print(f"Week of {format_date(ahead.week.first)}: {len(ahead.school_days)} school days.")
    print(ahead.sentence())
    shown = None
    for item, row in zip(ahead.items, items, strict=True):
        day = item.start.astimezone(zone).date()
        if day != shown:
            print(f"  {format_date(day, weekday=True)}")
            shown = day
        what = row["title"] or row["category_name"]
        source = "protected block" if item.is_block else "from your calendar"
        print(f"    {item.start.astimezone(zone):%H:%M}-{item.end.astimezone(zone):%H:%M} "
              f"{what} ({format_duration(item.seconds)}, {source})")
    if not ahead.items:
        print("  Nothing planned yet: add protected blocks (leadership-desk blocks add) or "
              "import your calendar.")
    return 0


def _no_school(args: argparse.Namespace, s: Services) -> int:
    from pathlib import Path

    from leadership_desk.domain.periods import Period, format_date, parse_date
    from leadership_desk.errors import LeadershipDeskError

    planning = s.planning
    if args.action == "list":
        days = planning.non_school_days()
        if args.json:
            print(json.dumps([{"date": d.day.isoformat(), "label": d.label} for d in days],
                             indent=2))
            return 0
        for d in days:
            print(f"{format_date(d.day, weekday=True)}  {d.label}")
        if not days:
            print("No days without school yet: every weekday counts as a school day.")
        return 0
    if args.action in ("add", "remove"):
        first = parse_date(args.first)
        last = parse_date(args.last) if args.last else first
        if args.action == "add":
            count = planning.add_non_school_days(first, last, args.label)
            print(f"Marked {count} weekday(s) as no school.")
        else:
            count = planning.remove_non_school_days(first, last)
            print(f"{count} day(s) are school days again.")
        return 0
    try:
        data = Path(args.file).read_bytes()
    except OSError as error:
        raise LeadershipDeskError(f"{args.file} cannot be read ({error.strerror}).") from None
    if bool(args.date_from) != bool(args.date_to):
        raise LeadershipDeskError("Give both --from and --to.")
    if args.date_from:
        period = Period(parse_date(args.date_from), parse_date(args.date_to))
    else:
        from leadership_desk.domain.periods import school_year_of

        period = school_year_of(planning.today(), s.profiles.profile().year_start)
    events = planning.all_day_events(data, period)
    chosen = [e for e in events if args.mark == "all" or (args.mark and e.suggested)]
    marked = planning.mark_no_school(chosen) if chosen else 0
    if args.json:
        print(json.dumps({"events": [e.to_json() for e in events], "marked_days": marked},
                         indent=2))
        return 0
    for e in events:
        when = format_date(e.first) + ("" if e.last == e.first else f" – {format_date(e.last)}")
        print(f"{'*' if e.suggested else ' '} {when}  {e.title}")
    if args.mark:
        print(f"Marked {marked} weekday(s) as no school.")
    else:
        print("* sounds like no school. Nothing saved: add --mark suggested (or --mark all).")
    return 0


def _blocks(args: argparse.Namespace, s: Services) -> int:
    from leadership_desk.domain.blocks import ProtectedBlock, parse_clock, parse_weekday
    from leadership_desk.domain.periods import parse_date

    planning = s.planning
    if args.action == "add":
        category = s.categories.by_slug(args.category)
        block = planning.add_block(ProtectedBlock(
            parse_weekday(args.day), parse_clock(args.start), parse_clock(args.end),
            category.id, args.title,
            first_day=parse_date(args.first_day) if args.first_day else None))
        print(block.id)
        return 0
    if args.action == "remove":
        planning.remove_block(args.id)
        print(f"Removed block #{args.id}.")
        return 0
    categories = {c.id: c for c in s.categories.all()}
    rows = [{"id": b.id, "weekday": b.weekday, "start": f"{b.start:%H:%M}",
             "end": f"{b.end:%H:%M}", "category": categories[b.category_id].slug,
             "title": b.title, "minutes": b.minutes, "from": b.first_day.isoformat()}
            for b in planning.blocks()]
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    for b in planning.blocks():
        print(f"#{b.id:<4} {b.describe():<24} {categories[b.category_id].name}"
              + (f" - {b.title}" if b.title else ""))
    if not rows:
        print("No protected blocks yet. Add one: leadership-desk blocks add --day tue "
              "--start 8:30 --end 10:00 --category observation-walkthrough")
    return 0


def _follow_up(args: argparse.Namespace, s: Services) -> int:
    planning = s.planning
    if args.action == "set":
        planning.set_role(args.slug, None if args.role == "none" else args.role)
    roles = planning.roles()
    rows = [{"slug": c.slug, "name": c.name, "role": roles.get(c.id)}
            for c in s.categories.all() if c.id in roles]
    if getattr(args, "json", False):
        print(json.dumps(rows, indent=2))
        return 0
    for row in rows:
        print(f"{row['role']:<12} {row['slug']:<30} {row['name']}")
    return 0
