"""Import budgets, run on demand: python benchmarks/imports.py [--county N]. Prints a table.

Makes one principal's school year of demo data, exports its summary, copies it as 19
schools (an IAS) and as N schools (a county office, 1,000 by default), then imports each
set with the `leadership-desk import` command in a fresh process and reports the time and
the process's peak memory (maximum resident set size, from the kernel), and the same for
`schools --json` over the county. The first line printed is the command that reproduces it.
"""

from __future__ import annotations

import argparse
import json
import os
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


def timed(args: list[str], env: dict) -> tuple[float, float]:
    """Runs `leadership-desk ARGS` in a fresh process: (seconds, the process's peak resident
    memory in MB, as the kernel measured it)."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "leadership_desk", *args],
                               stdout=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"{args[0]} failed with status {status}")
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    return elapsed, usage.ru_maxrss * scale / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--county", type=int, default=1000)
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
        rows = []
        for label, count in (("an IAS", 19), ("a county", args.county)):
            files = folder / f"in-{count}"
            make_copies(template, files, count)
            elapsed, peak = timed(["import", str(files), "--db",
                                   str(folder / f"ias-{count}.sqlite3")], env)
            rows.append((f"import {count} school-year summaries ({label})", elapsed * 1000,
                         peak, f"{elapsed / count * 1000:.1f} ms a file"))
        elapsed, peak = timed(["schools", "--json", "--db",
                               str(folder / f"ias-{args.county}.sqlite3")], env)
        rows.append((f"schools --json over {args.county} schools", elapsed * 1000, peak,
                     "process start included"))
        size = summary.stat().st_size / 1000
    width = max(len(r[0]) for r in rows)
    print("python benchmarks/imports.py " + " ".join(sys.argv[1:]))
    print(f"{'measure'.ljust(width)}  {'ms':>9}  {'peak MB':>8}  note "
          f"(one summary: {size:.0f} kB, {len(template['days'])} days)")
    for name, ms, peak, note in rows:
        print(f"{name.ljust(width)}  {ms:9.0f}  {peak:8.0f}  {note}")


if __name__ == "__main__":
    main()
