"""Command line for summaries through shared folders and the summary in force for a school:
`send-summary`, `import --folder`, `replace-school` and the folder settings of `config`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from leadership_desk.services.container import Services

COMMANDS = ("send-summary", "replace-school")


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    send = sub.add_parser("send-summary", parents=[common],
                          help="write the summary (totals only) to your send-to folder")
    send.add_argument("--from", dest="date_from", metavar="D",
                      help="first day (default: the school year to date)")
    send.add_argument("--to", dest="date_to", metavar="D")
    send.add_argument("--if-due", action="store_true",
                      help="only when the weekly summary is on and due (Friday from 15:00)")
    replace = sub.add_parser("replace-school", parents=[common],
                             help="put a summary file in force for a school, in place of "
                                  "every summary imported for it before")
    replace.add_argument("school_id", metavar="SCHOOL_ID")
    replace.add_argument("file", metavar="FILE")


def run(args: argparse.Namespace, s: Services, period=None) -> int:
    """`send-summary` and `replace-school`; `period` is the --from/--to range, or None."""
    if args.command == "send-summary":
        record = (s.folders.send_weekly_if_due() if args.if_due
                  else s.folders.send(period))
        if record is None:
            print("Not due: the weekly summary is off, or this week's has been sent "
                  "(it is due from Friday 15:00).")
        else:
            print(f"Sent the summary for {record.first} to {record.last} to {record.file}")
        return 0
    result = s.imports.replace_school(args.school_id, Path(args.file))
    print(result.line())
    return 1 if result.status == "rejected" else 0


def import_folder(args: argparse.Namespace, s: Services, printable) -> int:
    """`import --folder PATH`: the new or changed summaries in it, one line per file."""
    folder = Path(args.folder)
    results = s.folders.import_folder(folder)
    if args.json:
        print(json.dumps([{"file": r.file, "status": r.status, "reason": r.reason,
                           "school": r.school, "days_replaced": r.days_replaced,
                           "days_kept": r.days_kept} for r in results], indent=2))
    else:
        for result in results:
            print(printable(result.line()))
        if not results:
            print(printable(f"No new or changed summaries in {folder}."))
    return 1 if any(r.status == "rejected" for r in results) else 0


def config(args: argparse.Namespace, s: Services) -> int:
    """`config get/set send_to_folder|send_weekly|watched_folder`."""
    if args.action == "set":
        s.folders.set(args.key, args.value)
    print(s.folders.get(args.key))
    return 0
