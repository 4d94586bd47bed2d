"""The command line: parses arguments, calls the services and prints. No Qt is imported here."""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import NoReturn
from zoneinfo import ZoneInfo

from leadership_desk import __version__, cli_folders
from leadership_desk.domain.activities import Activity
from leadership_desk.domain.balance import count_of, format_duration, format_share
from leadership_desk.domain.categories import Category
from leadership_desk.domain.overlaps import OverlapChoice
from leadership_desk.domain.periods import Period, PeriodKind, parse_date, parse_instant
from leadership_desk.errors import (
    AmbiguousTimeError,
    DamagedDatabaseError,
    DatabaseInUseError,
    LeadershipDeskError,
    NewSchoolError,
    OverlapError,
)
from leadership_desk.logfile import setup_logging
from leadership_desk.paths import location_risk, resolve_db_path, use_matplotlib_cache
from leadership_desk.services.backup_service import (
    check_database,
    recover_database,
    unsafe_location_message,
)
from leadership_desk.services.container import Services, open_services, system_clock
from leadership_desk.store.transaction import storage_error

log = logging.getLogger("leadership_desk.cli")


class _Parser(argparse.ArgumentParser):
    """argparse, but a mistake is one line and exit status 1, like every other refusal."""

    def error(self, message: str) -> NoReturn:
        self.exit(1, f"leadership-desk: {_printable(message)} (see: {self.prog} --help)\n")


def _printable(text: str) -> str:
    """User text as it may be shown on a terminal: no escape sequences, no line breaks."""
    return "".join(ch if ch.isprintable() else "?" for ch in text)


def _count(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from `low` to `high`."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is not between {low} and {high}")
        return value
    parse.__name__ = "number"
    return parse


RECORD_ID = _count(1, 2**63 - 1)  # what SQLite can hold


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, the app's own options included."""
    parser = _Parser(
        prog="leadership-desk",
        description="Log a principal's time as instruction or management and see the balance. "
        "Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"Leadership Desk {__version__}")
    parser.add_argument("--db", metavar="PATH", help="the database file (default: your own; "
                        "the LEADERSHIP_DESK_DB environment variable also sets it)")
    parser.add_argument("--demo", nargs="?", const="principal", choices=("principal", "ias"),
                        help="open the app on a fresh demo database in a temporary folder: "
                        "a principal's (the default) or an IAS's with their schools")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the main window, wait until it is painted, and exit 0")
    common = _Parser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="the database file")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    log = sub.add_parser("log", parents=[common], help="add a finished activity")
    log.add_argument("--start", required=True, metavar="T",
                     help="ISO 8601; without an offset, local time in the configured zone")
    log.add_argument("--end", required=True, metavar="T")
    log.add_argument("--category", required=True, metavar="SLUG")
    log.add_argument("--title", default="")
    log.add_argument("--note", default="", help="a private note; it never leaves this computer")
    log.add_argument("--on-overlap", choices=[c.value for c in OverlapChoice],
                     help="what to do when the activity overlaps others")
    log.add_argument("--allow-long", action="store_true",
                     help="accept an activity longer than 12 hours")
    _add_school(log)

    add = sub.add_parser("add", parents=[common],
                         help="add an activity from one line, like '8:00-9:15 walkthroughs'")
    add.add_argument("text", metavar="TEXT",
                     help="'8:00-9:15 …', '9:15 …' (until the next activity or now), "
                     "'now …', '45m …' (the last 45 minutes), '-20m …' (started 20 minutes "
                     "ago, running); @slug names the category")
    add.add_argument("--date", metavar="D", help="the day (default today)")
    add.add_argument("--dry-run", action="store_true",
                     help="print what would be saved, and save nothing")
    add.add_argument("--on-overlap", choices=[c.value for c in OverlapChoice],
                     help="what to do when the activity overlaps others")
    add.add_argument("--json", action="store_true")

    start = sub.add_parser("start", parents=[common], help="start the timer on a category")
    start.add_argument("--category", required=True, metavar="SLUG")
    start.add_argument("--title", default="")
    _add_school(start)
    sub.add_parser("stop", parents=[common], help="stop the timer")
    status = sub.add_parser("status", parents=[common], help="what the timer is doing")
    status.add_argument("--json", action="store_true")

    listing = sub.add_parser("list", parents=[common], help="list activities")
    _add_range(listing, with_period=False)
    listing.add_argument("--json", action="store_true")

    report = sub.add_parser("report", parents=[common], help="the balance over a period")
    _add_range(report, with_period=True)
    report.add_argument("--json", action="store_true")
    report.add_argument("--by-school", action="store_true",
                        help="minutes by kind for each school served (an IAS's log)")

    categories = sub.add_parser("categories", parents=[common], help="list the categories")
    categories.add_argument("--json", action="store_true")

    from leadership_desk import cli_ias

    cli_ias.add_parser(sub, common)
    config = sub.add_parser("config", parents=[common], help="read or change a setting")
    config_sub = config.add_subparsers(dest="action", metavar="ACTION", required=True)
    get = config_sub.add_parser("get", parents=[common], help="print a setting")
    get.add_argument("key")
    put = config_sub.add_parser("set", parents=[common], help="change a setting")
    put.add_argument("key")
    put.add_argument("value")

    chart = sub.add_parser("chart", parents=[common], help="draw a dashboard chart to a file")
    chart.add_argument("--kind", required=True, choices=["trend", "breakdown", "heatmap"])
    _add_range(chart, with_period=True)
    chart.add_argument("--out", required=True, metavar="FILE", help="a .png or .svg file")

    export = sub.add_parser("export", parents=[common], help="export a summary for your IAS")
    export.add_argument("--format", required=True, choices=["json", "csv", "pdf", "network-json"],
                        help="network-json: an IAS's network summary for the assistant "
                        "superintendent")
    export.add_argument("--out", required=True, metavar="FILE")
    export.add_argument("--from", dest="date_from", metavar="D",
                        help="first day (default: the school year to date)")
    export.add_argument("--to", dest="date_to", metavar="D")
    export.add_argument("--include-titles", action="store_true",
                        help="include activity titles (never the private notes)")
    export.add_argument("--reflection", default="",
                        help="a short note for your IAS: wins, obstacles, support you need")
    export.add_argument("--preview", action="store_true",
                        help="print what the file will carry, and write nothing")
    exports = sub.add_parser("exports", parents=[common],
                             help="list the summaries exported from this log")
    exports.add_argument("--json", action="store_true")
    importing = sub.add_parser("import", parents=[common],
                               help="import principals' summaries (files or folders)")
    importing.add_argument("paths", nargs="*", metavar="PATH")
    importing.add_argument("--folder", metavar="PATH",
                           help="import the new or changed summaries in this folder")
    importing.add_argument("--json", action="store_true")
    schools = sub.add_parser("schools", parents=[common], help="the roll-up of all schools")
    _add_range(schools, with_period=False)
    schools.add_argument("--json", action="store_true")
    forget = sub.add_parser("forget-school", parents=[common],
                            help="remove a school's imported summaries (to import them again)")
    forget.add_argument("school_id", metavar="SCHOOL_ID")
    cli_folders.add_parser(sub, common)
    rollup = sub.add_parser("rollup", parents=[common], help="write the roll-up to a file")
    rollup.add_argument("--format", required=True, choices=["csv", "pdf"])
    rollup.add_argument("--out", required=True, metavar="FILE")
    _add_range(rollup, with_period=False)

    backup = sub.add_parser("backup", parents=[common], help="back up the database now")
    backup.add_argument("--out", metavar="FILE",
                        help="where to write the copy (default: the backups folder)")
    backups = sub.add_parser("backups", parents=[common], help="list the backups")
    backups.add_argument("--json", action="store_true")
    restore = sub.add_parser("restore", parents=[common],
                             help="replace the database with a backup (the current one is "
                             "backed up first)")
    restore.add_argument("file", metavar="FILE")
    sub.add_parser("check", parents=[common],
                   help="check the database and its backups; exit 1 on damage")

    calendar = sub.add_parser("calendar", parents=[common],
                              help="turn an exported calendar (.ics) into draft activities")
    calendar_sub = calendar.add_subparsers(dest="action", metavar="ACTION", required=True)
    cal_import = calendar_sub.add_parser("import", parents=[common],
                                         help="make drafts from a calendar file")
    cal_import.add_argument("file", metavar="FILE")
    cal_import.add_argument("--from", dest="date_from", metavar="D",
                            help="first day (default: this week)")
    cal_import.add_argument("--to", dest="date_to", metavar="D")
    cal_import.add_argument("--json", action="store_true")
    cal_drafts = calendar_sub.add_parser("drafts", parents=[common], help="list drafts")
    _add_range(cal_drafts, with_period=False)
    cal_drafts.add_argument("--json", action="store_true")
    cal_accept = calendar_sub.add_parser("accept", parents=[common],
                                         help="accept drafts as activities")
    _add_range(cal_accept, with_period=False)
    cal_accept.add_argument("--id", type=RECORD_ID, metavar="ID")
    cal_accept.add_argument("--category", metavar="SLUG",
                            help="use this category instead of the suggestion")
    cal_accept.add_argument("--on-overlap", choices=[c.value for c in OverlapChoice])
    cal_reject = calendar_sub.add_parser("reject", parents=[common], help="reject drafts")
    cal_reject.add_argument("--date", metavar="D")
    cal_reject.add_argument("--id", type=RECORD_ID, metavar="ID")

    sub.add_parser("selftest", help="check that this copy of the app works (in a temporary "
                   "folder; your log is not touched)")

    from leadership_desk import cli_plan  # argparse only; its work loads when it runs

    cli_plan.add_parser(sub, common)
    demo = sub.add_parser("demo", parents=[common], help="fill an empty database with a sample")
    demo.add_argument("--days", type=_count(1, 3660), default=120,
                      help="calendar days ending today (at most 10 years)")
    demo.add_argument("--seed", type=_count(0, 2**32 - 1), default=1)
    demo.add_argument("--role", choices=("principal", "ias"), default="principal",
                      help="ias: an IAS's own log with their sample schools' summaries "
                      "imported (--days and --seed apply to a principal's sample)")
    return parser


def _add_school(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--school", metavar="ID", help="the id of the school this served")
    parser.add_argument("--school-name", metavar="NAME",
                        help="the school's name, needed the first time its id is used")


def _add_range(parser: argparse.ArgumentParser, *, with_period: bool) -> None:
    if with_period:
        parser.add_argument("--period", choices=[*(k.value for k in PeriodKind), "all"])
    parser.add_argument("--date", metavar="D", help="a day (YYYY-MM-DD); default today")
    parser.add_argument("--from", dest="date_from", metavar="D")
    parser.add_argument("--to", dest="date_to", metavar="D")


def _utf8_when_redirected() -> None:
    """Output sent to a file or a pipe is UTF-8, so every name prints.

    Windows gives redirected output the ANSI code page (cp1252 in the US), which has no
    letter for many names (Nguyễn): printing one would end the command with an error. A
    console is left alone (Python writes it as Unicode already).
    """
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure") and not stream.isatty():
            stream.reconfigure(encoding="utf-8")


def run(argv: Sequence[str] | None = None, args: argparse.Namespace | None = None) -> int:
    """Runs one subcommand (from `argv`, or `args` already parsed); returns the exit code.
    Nothing ends in a traceback: anything unforeseen is one line on the screen, the
    details in the log file."""
    _utf8_when_redirected()
    if args is None:
        args = build_parser().parse_args(argv)
    log_file = setup_logging()
    try:
        return _run(args)
    except BrokenPipeError:
        raise  # the reader went away (`| head`): __main__ leaves quietly
    except Exception as error:
        log.exception("The command %s failed unexpectedly", args.command)
        return _fail(f"something unexpected went wrong ({type(error).__name__}); nothing "
                     f"more was done. The details are in {log_file}")


def _run(args: argparse.Namespace) -> int:
    use_matplotlib_cache()  # charts, PDF exports and roll-ups keep one font cache
    path = resolve_db_path(getattr(args, "db", None))
    risk = location_risk(path)
    if risk and args.command not in ("check", "selftest"):
        return _fail(unsafe_location_message(path, risk))
    if args.command in FILE_COMMANDS:
        try:
            return FILE_COMMANDS[args.command](args, path)
        except LeadershipDeskError as error:
            return _fail(error.message)
        except sqlite3.Error as exc:
            return _fail(storage_error(exc).message)
    # a writer waits a few seconds for another command to finish with the log
    writes = args.command in WRITERS and not getattr(args, "dry_run", False)
    if _reads_only(args) and not path.exists():  # a mistyped --db must not make a new log
        return _fail(f"There is no log at {path}. Check the path (--db, or the "
                     f"LEADERSHIP_DESK_DB environment variable); the app, or a command that "
                     f"saves such as `log` or `config set`, creates a new one.")
    try:
        services = open_services(path, clock=system_clock, write=writes,
                                 holder=_holder(args), wait=LOCK_WAIT_S)
    except LeadershipDeskError as error:
        return _fail(error.message)
    try:
        return _dispatch(args, services)
    except LeadershipDeskError as error:
        return _fail(_cli_message(error, services.profiles.profile().zone))
    except sqlite3.Error as exc:
        return _fail(storage_error(exc).message)
    finally:
        services.close()


# commands (and command actions) that only read the log
READERS = {"report", "list", "status", "categories", "schools", "exports", "network", "plan",
           "chart"}
READ_ACTIONS = {"get", "list", "drafts"}


def _reads_only(args: argparse.Namespace) -> bool:
    return (args.command in READERS or getattr(args, "action", None) in READ_ACTIONS
            or bool(getattr(args, "dry_run", False)))


def _holder(args: argparse.Namespace) -> str:
    action = f" {args.action}" if getattr(args, "action", None) else ""
    return f"the command `leadership-desk {args.command}{action}`"


def _dispatch(args: argparse.Namespace, s: Services) -> int:
    if args.command == "config" and args.action == "set" and not s.writable:
        raise DatabaseInUseError("Your log is open in the Leadership Desk app; close it first.")
    handler = {
        "log": _log, "add": _add, "start": _start, "stop": _stop, "status": _status, "list": _list,
        "report": _report, "categories": _categories, "config": _config, "demo": _demo,
        "backup": _backup, "backups": _backups, "chart": _chart, "export": _export,
        "import": _import, "schools": _schools, "rollup": _rollup, "exports": _exports,
        "forget-school": _forget_school,
        "role": _role, "network": _role,
        "send-summary": lambda a, s: cli_folders.run(a, s, _range(a)),
        "replace-school": cli_folders.run,
        "calendar": _calendar,
        **dict.fromkeys(("plan", "no-school", "blocks", "follow-up"), _planning),
    }[args.command]
    return handler(args, s)


def _role(args: argparse.Namespace, s: Services) -> int:
    from leadership_desk import cli_ias

    return cli_ias.run(args, s)


def _planning(args: argparse.Namespace, s: Services) -> int:
    from leadership_desk import cli_plan

    return cli_plan.run(args, s)


def _fail(message: str) -> int:
    print(f"leadership-desk: {_printable(message)}", file=sys.stderr)
    return 1


def _cli_message(error: LeadershipDeskError, zone: ZoneInfo) -> str:
    if isinstance(error, OverlapError):
        spans = "; ".join(
            f"#{a.id} {_local(a.start, zone)}-{_local(a.end, zone) if a.end else 'running'}"
            for a in error.conflicts
        )
        choices = ", ".join(c.value for c in OverlapChoice)
        return f"{error.message} ({spans}). Add --on-overlap with one of: {choices}."
    if isinstance(error, NewSchoolError):
        return f"{error.message} Add --school-name NAME."
    if isinstance(error, AmbiguousTimeError):
        return f"{error.message} Add the offset to the time, such as 01:30-08:00."
    return error.message


def _local(instant: datetime, zone: ZoneInfo) -> str:
    return f"{instant.astimezone(zone):%Y-%m-%d %H:%M}"


def _log(args: argparse.Namespace, s: Services) -> int:
    zone = s.profiles.profile().zone
    category = s.categories.by_slug(args.category)
    activity = Activity(
        category_id=category.id,
        start=_instant(args.start, "--start", zone),
        end=_instant(args.end, "--end", zone),
        zone=zone.key,
        title=args.title,
        note=args.note,
        school=args.school,
    )
    saved = s.visits.add(
        activity, args.school_name,
        choice=OverlapChoice(args.on_overlap) if args.on_overlap else None,
        confirm_long=args.allow_long,
    )
    print(saved.id)
    return 0


def _add(args: argparse.Namespace, s: Services) -> int:
    zone = s.profiles.profile().zone
    entry = s.quick_entry.parse(args.text, parse_date(args.date) if args.date else None)
    category = s.categories.get(entry.category_id)
    row = {"start": entry.start.astimezone(zone).isoformat(),
           "end": None if entry.end is None else entry.end.astimezone(zone).isoformat(),
           "running": entry.running, "category": category.slug, "kind": category.kind.value,
           "title": entry.title, "reason": entry.reason, "id": None}
    if not args.dry_run:
        choice = OverlapChoice(args.on_overlap) if args.on_overlap else None
        row["id"] = s.quick_entry.save(entry, choice).id
    if args.json:
        print(json.dumps(row))
        return 0
    end = "running" if entry.end is None else f"{entry.end.astimezone(zone):%H:%M}"
    title = f" '{entry.title}'" if entry.title else ""
    saved = "would save" if args.dry_run else f"saved #{row['id']}:"
    print(f"{saved} {entry.start.astimezone(zone):%a %Y-%m-%d %H:%M}-{end} {category.name} "
          f"({category.kind.value}){title}; category: {entry.reason}")
    return 0


def _instant(text: str, option: str, zone: ZoneInfo) -> datetime:
    try:
        return parse_instant(text, zone)
    except LeadershipDeskError as error:
        error.message = f"{option}: {error.message}"
        raise


def _start(args: argparse.Namespace, s: Services) -> int:
    started = s.visits.start(s.categories.by_slug(args.category).id, args.title,
                             school=args.school, school_name=args.school_name)
    print(started.id)
    return 0


def _stop(args: argparse.Namespace, s: Services) -> int:
    stopped = s.activities.stop()
    if stopped is None:
        print("Nothing was running.")
        return 0
    elapsed = format_duration(stopped.duration(system_clock()).total_seconds())
    print(f"Stopped #{stopped.id} after {elapsed}.")
    return 0


def _status(args: argparse.Namespace, s: Services) -> int:
    running = s.activities.running()
    categories = {c.id: c for c in s.categories.all()}
    zone = s.profiles.profile().zone
    if args.json:
        print(json.dumps(None if running is None else _activity_json(running, categories, zone)))
        return 0
    if running is None:
        print("Nothing is running.")
        return 0
    elapsed = format_duration(running.duration(system_clock()).total_seconds())
    category = categories[running.category_id]
    print(f"Running: {category.name} ({category.kind.value}) "
          f"since {running.start.astimezone(zone):%H:%M}, {elapsed}"
          + (f" - {running.title}" if running.title else ""))
    return 0


def _range(args: argparse.Namespace) -> Period | None:
    """The --from/--to dates, or None when neither is given."""
    if not (args.date_from or args.date_to):
        return None
    if not (args.date_from and args.date_to):
        raise LeadershipDeskError("Give both --from and --to.")
    return Period(parse_date(args.date_from), parse_date(args.date_to))


def _period(args: argparse.Namespace, s: Services, *, named: bool) -> Period:
    explicit = _range(args)
    if explicit is not None:
        if named and args.period:
            raise LeadershipDeskError("Give either --period or --from/--to, not both.")
        return explicit
    day = parse_date(args.date) if args.date else s.reports.today()
    if named:
        if args.period == "all":
            return s.reports.all_time()
        return s.reports.period(args.period or "day", day)
    return Period(day, day)


def _activity_json(a: Activity, categories: dict[int, Category], zone: ZoneInfo) -> dict:
    category = categories[a.category_id]
    return {
        "id": a.id,
        "start": a.start.astimezone(zone).isoformat(),
        "end": None if a.end is None else a.end.astimezone(zone).isoformat(),
        "running": a.running,
        "minutes": round(a.duration(system_clock()).total_seconds() / 60, 2),
        "category": category.slug,
        "category_name": category.name,
        "kind": category.kind.value,
        "title": a.title,
        "note": a.note,
        "zone": a.zone,
        "school": a.school,
    }


def _list(args: argparse.Namespace, s: Services) -> int:
    period = _period(args, s, named=False)
    zone = s.profiles.profile().zone
    categories = {c.id: c for c in s.categories.all()}
    activities = s.activities.in_period(period)
    if args.json:
        print(json.dumps([_activity_json(a, categories, zone) for a in activities], indent=2))
        return 0
    for a in activities:
        start = a.start.astimezone(zone)
        end = "running" if a.end is None else f"{a.end.astimezone(zone):%H:%M}"
        category = categories[a.category_id]
        print(f"#{a.id:<6} {start:%Y-%m-%d %H:%M}-{end:<7} {category.kind.value:<11} "
              f"{category.slug:<30} {a.title}")
    if not activities:
        print("No activities in that period.")
    return 0


def _report(args: argparse.Namespace, s: Services) -> int:
    period = _period(args, s, named=True)
    if args.by_school:
        from leadership_desk import cli_ias

        return cli_ias.report_by_school(args, s, period)
    report = s.reports.report(period)
    data = report.to_json()
    from leadership_desk import cli_plan

    data.update(cli_plan.report_members(period, report.balance.by_category, s))
    if args.json:
        print(json.dumps(data, indent=2))
        return 0
    b = report.balance
    words = s.profiles.profile().role.share_words  # an IAS's: "instructional support"
    print(f"{data['from']} to {data['to']}: {words} share {format_share(b.share)} "
          f"(goal {b.goal * 100:.0f}%)")
    for kind, minutes in data["minutes"].items():
        print(f"  {kind:<12} {format_duration(minutes * 60)}")
    print(f"  {b.gap_text('in this period', words)}")
    cli_plan.print_report_members(data)
    return 0


def _categories(args: argparse.Namespace, s: Services) -> int:
    rows = [
        {"slug": c.slug, "name": c.name, "kind": c.kind.value, "archived": c.archived,
         "high_leverage": c.high_leverage, "favourite": c.favourite, "color": c.color}
        # the ones in use first: an IAS's log keeps a principal's archived ones (and back)
        for c in sorted(s.categories.all(), key=lambda c: c.archived)
    ]
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    for row in rows:
        marks = " (high leverage)" if row["high_leverage"] else ""
        marks += " [archived]" if row["archived"] else ""
        print(f"{row['slug']:<30} {row['kind']:<11} {row['name']}{marks}")
    return 0


def _config(args: argparse.Namespace, s: Services) -> int:
    if args.key in FOLDER_KEYS:
        return cli_folders.config(args, s)
    if args.action == "get":
        print(s.profiles.get(args.key))
    else:
        s.profiles.set(args.key, args.value)
        print(s.profiles.get(args.key))
    return 0


def _demo(args: argparse.Namespace, s: Services) -> int:
    if args.role == "ias":
        from leadership_desk.services.network_demo import SAMPLE_SCHOOLS, fill_network_demo

        count = fill_network_demo(s, now=system_clock())
        print(f"Added {count_of(count, 'demo activity', 'demo activities')} of an IAS and "
              f"the summaries of {count_of(len(SAMPLE_SCHOOLS), 'school')} to {s.path}.")
        return 0
    from leadership_desk.services.demo_service import fill_demo

    count = fill_demo(s.db, s.profiles, s.categories, days=args.days, seed=args.seed,
                      now=system_clock())
    print(f"Added {count_of(count, 'demo activity', 'demo activities')} over "
          f"{count_of(args.days, 'day')} to {s.path}.")
    return 0




def _backup(args: argparse.Namespace, s: Services) -> int:
    info = s.backups.backup("manual", Path(args.out) if args.out else None)
    print(f"Backed up {count_of(info.activities, 'activity', 'activities')} to {info.path}")
    return 0


def _backups(args: argparse.Namespace, s: Services) -> int:
    infos = s.backups.list()
    if args.json:
        print(json.dumps([_backup_json(info) for info in infos], indent=2))
        return 0
    if not infos:
        print(f"No backups yet in {s.backups.folder}.")
    for info in infos:
        print(f"{info.taken_at.astimezone():%Y-%m-%d %H:%M}  {info.reason:<15} "
              f"{_backup_state(info):<40} {info.path}")
    return 0


def _backup_json(info) -> dict:
    return {
        "file": str(info.path),
        "taken_at": info.taken_at.isoformat(),
        "reason": info.reason,
        "activities": info.activities,
        "ok": info.ok,
        "problem": info.problem,
    }


def _backup_state(info) -> str:
    if not info.ok:
        return f"NOT USABLE: {info.problem}"
    return count_of(info.activities, "activity", "activities")


def _restore(args: argparse.Namespace, path: Path) -> int:
    backup = Path(args.file)
    if not backup.is_file():
        raise LeadershipDeskError(f"There is no file {backup}.")
    try:
        services = open_services(path, clock=system_clock, daily_backup=False)
    except DamagedDatabaseError:
        aside = recover_database(path, backup, system_clock())
        print(f"Your damaged log was kept as {aside}.")
        print(f"Restored {backup} to {path}.")
        return 0
    try:
        before = services.backups.restore(backup)
    finally:
        services.close()
    print(f"Restored {backup} to {path}.")
    print(f"The log as it was before is kept in {before.path}.")
    return 0


def _check(args: argparse.Namespace, path: Path) -> int:
    report = check_database(path)
    if report.unreadable:
        print(f"NOT CHECKED: {path}")
        print(f"  {report.unreadable}")
    elif report.problems:
        print(f"DAMAGED: {path}")
        for problem in report.problems[:5]:
            print(f"  {problem}")
    else:
        print(f"OK: {path}")
    good = [info for info in report.backups if info.ok]
    print(f"{len(good)} of {len(report.backups)} backups usable in {report.folder}")
    for info in report.backups:
        if not info.ok:
            print(f"  NOT USABLE: {info.path.name}: {info.problem}")
    if report.problems and not report.unreadable and good:
        print(f"To recover: leadership-desk restore {good[0].path}")
    return 0 if report.ok else 1


def _chart(args: argparse.Namespace, s: Services) -> int:
    out = Path(args.out)
    if out.suffix.lower() not in (".png", ".svg"):
        raise LeadershipDeskError(f"--out {out.name}: charts are saved as .png or .svg files.")
    period = _period(args, s, named=True) if (args.period or args.date_from) else \
        s.reports.period("year", parse_date(args.date) if args.date else None)
    data = s.dashboard.load(period)
    from leadership_desk.reports import charts

    if args.kind == "trend":
        figure = charts.trend_figure(data.weeks, data.rolling, data.plan.goal,
                                     data.plan.stepped, today=data.today)
    elif args.kind == "breakdown":
        figure = charts.breakdown_figure(data.rows)
    else:
        figure = charts.heatmap_figure(data.heat_instruction, data.heat_management)
    out.parent.mkdir(parents=True, exist_ok=True)
    charts.save_figure(figure, out)
    print(f"Wrote the {args.kind} chart for {period.first} to {period.last} to {out}")
    return 0


def _export(args: argparse.Namespace, s: Services) -> int:
    if args.format == "network-json":
        from leadership_desk import cli_ias

        return cli_ias.export_network(args, s, _range(args))
    if args.format == "json" and s.profiles.profile().is_ias:
        from leadership_desk import cli_ias

        cli_ias.refuse_principal_summary()
    period = _range(args) or s.exports.default_period()
    doc = s.exports.build(period, include_titles=args.include_titles,
                          reflection=args.reflection)
    if args.preview:
        from leadership_desk.services.export_service import preview_text

        print(preview_text(doc, (args.format,)))
        return 0
    record = s.exports.write(doc, args.format, Path(args.out))
    print(f"Exported the summary for {record.first} to {record.last} to {record.file}")
    return 0


def _draft_json(d, s: Services, zone: ZoneInfo, categories: dict[int, Category]) -> dict:
    suggested = categories.get(d.suggested_category_id)
    return {
        "id": d.id, "start": None if d.start is None else d.start.astimezone(zone).isoformat(),
        "end": None if d.end is None else d.end.astimezone(zone).isoformat(),
        "all_day": None if d.all_day is None else d.all_day.isoformat(), "title": d.title,
        "suggested_category": None if suggested is None else suggested.slug,
        "reason": d.reason, "free": d.free, "status": d.status,
        "overlaps": s.calendar.overlaps(d),
    }


def _calendar(args: argparse.Namespace, s: Services) -> int:
    zone = s.profiles.profile().zone
    if args.action == "import":
        period = _range(args) or s.reports.period("week")
        try:
            data = Path(args.file).read_bytes()
        except OSError as exc:
            raise LeadershipDeskError(f"{args.file} could not be read ({exc.strerror}).") \
                from None
        result = s.calendar.import_calendar(data, period)
        if args.json:
            print(json.dumps(result.to_json(), indent=2))
        else:
            print(f"{period.first} to {period.last}: {count_of(result.created, 'draft')} created, "
                  f"{result.updated} updated, {result.removed} removed, "
                  f"{result.unchanged} unchanged")
            for reason, count in result.skipped.items():
                print(f"  {count} skipped: {reason}")
        return 0
    if args.action == "drafts":
        period = _period(args, s, named=False)
        drafts = s.calendar.drafts(period)
        categories = {c.id: c for c in s.categories.all()}
        if args.json:
            print(json.dumps([_draft_json(d, s, zone, categories) for d in drafts], indent=2))
            return 0
        for d in drafts:
            row = _draft_json(d, s, zone, categories)
            when = (f"{d.start.astimezone(zone):%Y-%m-%d %H:%M}-{d.end.astimezone(zone):%H:%M}"
                    if d.start else f"{d.all_day} all day")
            flags = " [overlaps]" if row["overlaps"] else ""
            flags += " [free]" if d.free else ""
            print(_printable(f"#{d.id:<5} {when:<23} {d.title:<35} -> "
                             f"{row['suggested_category'] or '?'} ({d.reason}){flags}"))
        if not drafts:
            print("No drafts in that period.")
        return 0
    if args.id is not None:
        ids = [args.id]
    else:
        if args.action == "reject" and not args.date:
            raise LeadershipDeskError("Give --date or --id.")
        period = _period(args, s, named=False) if args.action == "accept" else \
            Period(parse_date(args.date), parse_date(args.date))
        ids = [d.id for d in s.calendar.drafts(period)]
    if args.action == "reject":
        print(f"Rejected {count_of(s.calendar.reject(ids) if ids else 0, 'draft')}.")
        return 0
    category = s.categories.by_slug(args.category).id if args.category else None
    choice = OverlapChoice(args.on_overlap) if args.on_overlap else None
    result = s.calendar.accept(ids, category, choice)
    print(f"Accepted {count_of(len(result.accepted), 'draft')}.")
    for draft_id, reason in result.skipped:
        print(f"  #{draft_id} not accepted: {reason}")
    return 0 if not result.skipped or result.accepted else 1


def _exports(args: argparse.Namespace, s: Services) -> int:
    records = s.exports.history()
    if args.json:
        print(json.dumps([{"export_id": r.export_id, "created": r.created.isoformat(),
                           "from": r.first.isoformat(), "to": r.last.isoformat(),
                           "format": r.format, "file": r.file,
                           "included_titles": r.included_titles,
                           "included_reflection": r.included_reflection} for r in records],
                         indent=2))
        return 0
    if not records:
        print("Nothing exported yet.")
    for r in records:
        extras = [label for label, on in (("titles", r.included_titles),
                                          ("reflection", r.included_reflection)) if on]
        print(f"{r.created.astimezone():%Y-%m-%d %H:%M}  {r.format:<4} {r.first} to {r.last}  "
              f"{r.file}" + (f"  (with {', '.join(extras)})" if extras else ""))
    return 0


def _import(args: argparse.Namespace, s: Services) -> int:
    if args.folder:
        if args.paths:
            raise LeadershipDeskError("Give either files and folders, or --folder, not both.")
        return cli_folders.import_folder(args, s, _printable)
    if not args.paths:
        raise LeadershipDeskError("Name the summary files or folders to import.")
    results = s.imports.import_paths([Path(p) for p in args.paths])
    if args.json:
        print(json.dumps([{"file": r.file, "status": r.status, "reason": r.reason,
                           "school": r.school, "days_replaced": r.days_replaced,
                           "days_kept": r.days_kept} for r in results], indent=2))
    else:
        for result in results:
            print(_printable(result.line()))  # file names and reasons can hold anything
        if not results:
            print("No summary files found.")
    return 1 if any(r.status == "rejected" for r in results) else 0


def _schools(args: argparse.Namespace, s: Services) -> int:
    rows = s.networks.school_rows(_range(args))  # principals' summaries, then networks'
    if args.json:
        in_force = s.imports.in_force()
        print(json.dumps([row.to_json() | {"summary_in_force": in_force[row.school_id].to_json()
                                           if row.school_id in in_force else None}
                          for row in rows], indent=2))
        return 0
    if not rows:
        print("No summaries imported yet. Use: leadership-desk import FILE-OR-FOLDER")
    for row in rows:
        flags = f"  [{', '.join(row.flags)}]" if row.flags else ""
        print(_printable(f"{row.school:<30} {row.principal:<24} {format_share(row.share):>8} "
                         f"of {row.goal * 100:.0f}%  "
                         f"{format_duration(sum(row.minutes.values()) * 60):>9}  "
                         f"up to {row.last or 'no data'}, {_sent(row)} (id {row.school_id})"
                         f"{flags}"))
    return 0


def _sent(row) -> str:
    if row.via:  # known only from an IAS's network summary
        return f"from {row.via['ias']}'s network summary of {row.exported_at:%Y-%m-%d}"
    return f"sent {row.exported_at:%Y-%m-%d}"


def _forget_school(args: argparse.Namespace, s: Services) -> int:
    school, days = s.imports.forget_school(args.school_id)
    print(f"Removed {school} ({days} days); import its summaries again to bring it back.")
    return 0


def _rollup(args: argparse.Namespace, s: Services) -> int:
    out = Path(args.out)
    count = s.rollup.write(args.format, out, _range(args))
    print(f"Wrote the roll-up of {count_of(count, 'school')} to {out}")
    return 0


def _selftest(args: argparse.Namespace, path: Path) -> int:
    started = time.perf_counter()
    try:
        from leadership_desk.services.selftest import run_selftest

        steps = run_selftest()
    except Exception as error:  # any failure is the answer, not a crash
        print(f"selftest FAILED: {type(error).__name__}: {error}")
        return 1
    print(f"selftest OK: {', '.join(steps)} ({time.perf_counter() - started:.1f} s, "
          f"Leadership Desk {__version__})")
    return 0


# Commands that work on files, before (or instead of) opening the database normally.
FILE_COMMANDS = {"restore": _restore, "check": _check, "selftest": _selftest}
LOCK_WAIT_S = 5
# Commands that change the database and so must be its one writer.
WRITERS = {"log", "add", "start", "stop", "demo", "import", "calendar", "forget-school",
           *cli_folders.COMMANDS}
FOLDER_KEYS = ("send_to_folder", "send_weekly", "watched_folder")
