"""Read commands against Timewarrior: python benchmarks/read_commands.py [--rounds N].

Makes 5 school years of demo data, writes the same activities as a Timewarrior database
(one interval per activity, tagged with its category's name), and times, each as a whole
process and in interleaved rounds: `timew summary` over the current school year, the plain
sqlite3 floor (a Python process that runs the year's sum by category in SQL and prints it,
nothing else), and each read command of Leadership Desk on the same log. The table gives
medians and each one's ratio to Timewarrior's summary; the goal is at most 0.7. Needs
`timew` on PATH (Debian: apt-get install timewarrior). The package is byte-compiled first,
as pip does when it installs it. The first line printed is the command that reproduces it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

FLOOR = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute(
    "SELECT c.kind, c.name, SUM(MIN(a.end_utc, ?) - MAX(a.start_utc, ?)) FROM activities a "
    "JOIN categories c ON c.id = a.category_id WHERE a.end_utc > ? AND a.start_utc < ? "
    "GROUP BY c.id ORDER BY c.kind, c.name",
    [int(sys.argv[3]), int(sys.argv[2]), int(sys.argv[2]), int(sys.argv[3])]).fetchall()
for kind, name, seconds in rows:
    print(f"{kind:<12} {name:<40} {seconds / 3600:8.2f} h")
"""


def stamp(seconds: int) -> str:
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y%m%dT%H%M%SZ")


def write_timewarrior(log: Path, folder: Path) -> None:
    """The log's finished activities as Timewarrior data files (one per month)."""
    (folder / "data").mkdir(parents=True)
    (folder / "timewarrior.cfg").write_text("verbose = off\n")
    conn = sqlite3.connect(log)
    months: dict[str, list[str]] = {}
    for start, end, name in conn.execute(
            "SELECT a.start_utc, a.end_utc, c.name FROM activities a JOIN categories c "
            "ON c.id = a.category_id WHERE a.end_utc IS NOT NULL ORDER BY a.start_utc"):
        tag = '"' + name.replace('"', "'") + '"'
        months.setdefault(stamp(start)[:6], []).append(
            f"inc {stamp(start)} - {stamp(end)} # {tag}")
    conn.close()
    for month, lines in months.items():
        (folder / "data" / f"{month[:4]}-{month[4:]}.data").write_text("\n".join(lines) + "\n")
    # Timewarrior keeps a tags index; it rebuilds it when missing
    (folder / "data" / "tags.data").write_text("{}\n")


def timed(args: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                   env=env, timeout=120)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    timew = shutil.which("timew")
    if timew is None:
        raise SystemExit("timew is not installed (Debian: apt-get install timewarrior)")
    import leadership_desk

    subprocess.run([sys.executable, "-m", "compileall", "-q",
                    str(Path(leadership_desk.__file__).parent)], check=True,
                   capture_output=True)
    with tempfile.TemporaryDirectory() as root:
        folder = Path(root)
        env = {**os.environ, "HOME": root, "TIMEWARRIORDB": str(folder / "timew")}
        log = folder / "five-years.sqlite3"
        app = [sys.executable, "-m", "leadership_desk"]
        subprocess.run([*app, "demo", "--db", str(log), "--days", str(5 * 365 + 1)],
                       check=True, capture_output=True, env=env)
        write_timewarrior(log, folder / "timew")
        year = json.loads(subprocess.run([*app, "report", "--period", "year", "--json",
                                          "--db", str(log)], check=True, capture_output=True,
                                         text=True, env=env).stdout)
        first, last = year["from"], year["to"]
        start = int(datetime.fromisoformat(first).replace(tzinfo=UTC).timestamp())
        end = int(datetime.fromisoformat(last).replace(tzinfo=UTC).timestamp()) + 86400
        db = ["--db", str(log)]
        commands = {
            f"timew summary {first} - {last}": [timew, "summary", first, "-", last],
            "plain sqlite3 (the year's sum by category)":
                [sys.executable, "-c", FLOOR, str(log), str(start), str(end)],
            "report --period year": [*app, "report", "--period", "year", *db],
            "list (today)": [*app, "list", *db],
            "status": [*app, "status", *db],
            "categories": [*app, "categories", *db],
            "schools": [*app, "schools", *db],
            "exports": [*app, "exports", *db],
            "calendar drafts": [*app, "calendar", "drafts", *db],
        }
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():  # once each first: caches and indexes
            timed(command, env)
        for _ in range(args.rounds):  # interleaved: every command meets the same load
            for name, command in commands.items():
                samples[name].append(timed(command, env))
        activities = sqlite3.connect(log).execute("SELECT COUNT(*) FROM activities").fetchone()
    base = statistics.median(samples[next(iter(commands))])
    width = max(len(name) for name in commands)
    print(f"python benchmarks/read_commands.py --rounds {args.rounds}")
    print(f"{'command (whole process)'.ljust(width)}  {'median ms':>9}  {'min ms':>7}  "
          f"ratio to timew  ({activities[0]} activities, 5 school years)")
    for name, values in samples.items():
        median = statistics.median(values)
        print(f"{name.ljust(width)}  {median * 1000:9.1f}  {min(values) * 1000:7.1f}  "
              f"{median / base:14.2f}")


if __name__ == "__main__":
    main()
