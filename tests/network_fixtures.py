"""Network summaries as four IASs would send them, built with hand-chosen figures."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

from leadership_desk.exchange.network_summary import NetworkInput, build_network_summary
from leadership_desk.exchange.summary import dumps

CATEGORIES = [{"slug": "ias-coaching", "name": "Coaching", "kind": "instruction",
               "high_leverage": True},
              {"slug": "ias-personnel", "name": "Personnel", "kind": "management",
               "high_leverage": False},
              {"slug": "ias-travel", "name": "Travel", "kind": "other", "high_leverage": False}]


def school(school_id: str, name: str, share: float | None, flags: tuple[str, ...] = (),
           to: str | None = "2026-11-13", principal: str = "", goal: float = 0.75) -> dict:
    """One school as a network summary lists it."""
    return {"id": school_id, "name": name, "principal": principal or f"Principal of {name}",
            "instruction_share": share, "goal_share": goal, "flags": list(flags), "to": to}


def network_summary(ias: str, network: str, schools: list[dict], *,
                    minutes: tuple[float, float, float] = (600, 200, 100),
                    generated: str = "2026-11-16T17:00:00+00:00",
                    first: date = date(2026, 9, 1), last: date = date(2026, 11, 13)) -> bytes:
    """The sealed network summary of an IAS whose own log is `minutes` (instruction,
    management, other) of one week, all for no particular school."""
    instruction, management, other = minutes
    totals = {"instruction": instruction, "management": management, "other": other}
    monday = last - timedelta(days=last.weekday())
    return dumps(build_network_summary(NetworkInput(
        export_id=str(uuid.uuid4()), generated_at=datetime.fromisoformat(generated),
        app_version="test", ias=ias, network=network, first=first, last=last,
        time_zone="America/Los_Angeles", goal_share=0.75, categories=CATEGORIES,
        minutes=totals, days_logged=5,
        by_category={"ias-coaching": instruction, "ias-personnel": management,
                     "ias-travel": other},
        weeks=[(monday, totals)], by_school={"none": totals}, schools=schools)))


NETWORKS = (("North network", "Morgan Lee"), ("South network", "Avery Kim"),
            ("East network", "Jamie Cruz"), ("West network", "Riley Shah"))
NAMES = ("Jefferson", "Lincoln", "Roosevelt", "Washington", "Chavez", "Madison", "Tubman",
         "Sequoia", "Redwood", "Oak Grove", "Bayview", "Hillcrest", "Lakeside", "Mission",
         "Parkside", "Riverside", "Sunset", "Valley View", "Willow")


def four_networks(folder: Path, per_network: int = 19) -> list[Path]:
    """Four network summaries of `per_network` schools each (ids N01-01 ...), written to
    `folder`; shares spread over 45 points from 20% (North) to 35% (West), with a few
    falling or silent schools."""
    paths = []
    for n, (network, ias) in enumerate(NETWORKS, start=1):
        schools = []
        for k in range(per_network):
            share = round(0.15 + 0.05 * n + ((k * 7 + n * 3) % 19) * 0.025, 2)
            flags = (["falling"] if k % 6 == 1 else []) + \
                (["no summary for 2 weeks"] if k % 9 == 4 else []) + \
                (["below goal"] if share < 0.75 else [])
            level = "Middle" if k % 4 == 3 else "Elementary"
            schools.append(school(f"N{n:02d}-{k + 1:02d}", f"{NAMES[k % len(NAMES)]} "
                                  f"{level} ({network.split()[0]})", share, tuple(flags)))
        path = folder / f"network-{n}.json"
        path.write_bytes(network_summary(ias, network, schools,
                                         minutes=(900 + 120 * n, 400 - 40 * n, 150)))
        paths.append(path)
    return paths
