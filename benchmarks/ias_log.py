"""An IAS's log at scale, run on demand: python benchmarks/ias_log.py [--years N]. Prints a table.

Fills an IAS's log with N school years (3 by default) of sample visits to 19 schools, then
times, each in a fresh process, the commands an IAS runs on it: `report --by-school --json`
over the school year, `list --json` (today), and `export --format network-json` over the
school year. The first line printed is the command that reproduces it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from leadership_desk.services.container import open_services, system_clock
from leadership_desk.services.ias_demo import fill_ias_demo


def timed(args: list[str], db: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "leadership_desk", *args, "--db", str(db)],
                   check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, default=3)
    args = parser.parse_args()
    print(f"python benchmarks/ias_log.py --years {args.years}")
    folder = Path(tempfile.mkdtemp(prefix="ias-bench-"))
    db = folder / "ias.sqlite3"
    services = open_services(db)
    schools = [(f"CA-{n:07d}", f"School {n:02d}") for n in range(1, 20)]
    count = fill_ias_demo(services.db, services.profiles, services.roles, schools=schools,
                          days=366 * args.years, seed=1, now=system_clock())
    services.close()
    print(f"{count} activities over {args.years} years, 19 schools")
    print(f"{'command':<60} {'seconds':>8}")
    for label, command in (
            ("report --by-school --json --period year", ["report", "--by-school", "--json",
                                                          "--period", "year"]),
            ("list --json (today)", ["list", "--json"]),
            ("export --format network-json (school year)",
             ["export", "--format", "network-json", "--out", str(folder / "network.json")])):
        best = min(timed(command, db) for _ in range(3))
        print(f"{label:<60} {best:>8.2f}")


if __name__ == "__main__":
    main()
