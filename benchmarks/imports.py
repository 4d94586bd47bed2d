"""Import budgets, run on demand: python benchmarks/imports.py [--county N] [--rounds R].

Makes one principal's school year of demo data, exports its summary, copies it as 19
schools (an IAS) and as N schools (a county office, 1,000 by default), then imports each
set with the `leadership-desk import` command in a fresh process (into a fresh log each
round) and reports the wall-clock time, the process's CPU time (user and system, from the
kernel: on a shared machine it moves less than the wall clock) and its peak memory
(maximum resident set size, from the kernel), and the same for `schools --json` over the
county. Rounds run one after the other (IAS, county, schools; then again); the table gives
medians and the largest peak. The first line printed is the command that reproduces it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from leadership_desk.exchange.summary import dumps, seal


def make_copies(template: dict, folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        doc = json.loads(json.dumps(template))
        doc["export_id"] = str(uuid.uuid4())
        doc["school"] = {"id": f"BENCH-{n:05d}", "name": f"School {n:05d}",
                         "principal": f"Principal {n:05d}"}
        body = {k: v for k, v in doc.items() if k != "checksum"}
        (folder / f"school-{n:05d}.json").write_bytes(dumps(seal(body)))


def timed(args: list[str], env: dict) -> tuple[float, float, float]:
    """Runs `leadership-desk ARGS` in a fresh process: (seconds, CPU seconds, the process's
    peak resident memory in MB, as the kernel measured it)."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "leadership_desk", *args],
                               stdout=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"{args[0]} failed with status {status}")
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * scale / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--county", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as root:
        folder = Path(root)
        env = {**os.environ, "HOME": root}
        principal = folder / "principal.sqlite3"
        app = [sys.executable, "-m", "leadership_desk"]
        subprocess.run([*app, "demo", "--db", str(principal), "--days", "330"], check=True,
                       capture_output=True, env=env)
        summary = folder / "summary.json"
        subprocess.run([*app, "export", "--format", "json", "--out", str(summary), "--db",
                        str(principal)], check=True, capture_output=True, env=env)
        template = json.loads(summary.read_text())
        sets = [("an IAS", 19), ("a county", args.county)]
        for _, count in sets:
            make_copies(template, folder / f"in-{count}", count)
        runs: dict[str, list[tuple[float, float, float]]] = {}
        for round_ in range(args.rounds):
            for label, count in sets:
                log = folder / f"ias-{count}-{round_}.sqlite3"
                runs.setdefault(f"import {count} school-year summaries ({label})", []).append(
                    timed(["import", str(folder / f"in-{count}"), "--db", str(log)], env))
            runs.setdefault(f"schools --json over {args.county} schools", []).append(
                timed(["schools", "--json", "--db", str(log)], env))
        rows = []
        for (name, samples), count in zip(runs.items(), [19, args.county, 0], strict=True):
            wall = statistics.median(s[0] for s in samples)
            note = (f"{wall / count * 1000:.1f} ms a file" if count else
                    "process start included")
            rows.append((name, wall * 1000, statistics.median(s[1] for s in samples) * 1000,
                         max(s[2] for s in samples),
                         f"{note}; wall {', '.join(f'{s[0]:.1f}' for s in samples)} s"))
        size = summary.stat().st_size / 1000
    width = max(len(r[0]) for r in rows)
    print("python benchmarks/imports.py " + " ".join(sys.argv[1:]))
    print(f"{('measure (median of ' + str(args.rounds) + ')').ljust(width)}  {'wall ms':>9}  "
          f"{'CPU ms':>8}  {'peak MB':>8}  note (one summary: {size:.0f} kB, "
          f"{len(template['days'])} days)")
    for name, ms, cpu, peak, note in rows:
        print(f"{name.ljust(width)}  {ms:9.0f}  {cpu:8.0f}  {peak:8.0f}  {note}")


if __name__ == "__main__":
    main()
